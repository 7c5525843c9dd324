/**
 * A quiz or exam answer is a retrieval of the item, like a flashcard grade: wrong counts as Again, right
 * as Good. At most one multiple-choice update per item per day, so re-taking a quiz the same hour does
 * not inflate stability. Pure: the scheduler, `now` and the day of an instant come in.
 */
import { newMemory, type Grade, type Memory, type Scheduler } from '../study/scheduling';

export interface McqRetrievalInput {
	/** The item's memory, or null for an item never studied. */
	memory: Memory | null;
	/** Day number of the last update this item got from a quiz or exam answer; null if none. */
	lastMcqUpdateDay: number | null;
	correct: boolean;
	now: number;
	/** The local day number of an instant (calendar.ts `dayResolver`). */
	dayOf: (at: number) => number;
	scheduler: Scheduler;
}

export type McqRetrieval =
	| { kind: 'update'; grade: Extract<Grade, 'again' | 'good'>; memory: Memory; day: number }
	| { kind: 'skip'; reason: 'already-updated-today' };

export function mcqRetrieval(input: McqRetrievalInput): McqRetrieval {
	const { memory, lastMcqUpdateDay, correct, now, dayOf, scheduler } = input;
	const day = dayOf(now);
	if (lastMcqUpdateDay !== null && lastMcqUpdateDay >= day)
		return { kind: 'skip', reason: 'already-updated-today' };
	const grade = correct ? 'good' : 'again';
	return { kind: 'update', grade, memory: scheduler.grade(memory ?? newMemory(now), now, grade).memory, day };
}
