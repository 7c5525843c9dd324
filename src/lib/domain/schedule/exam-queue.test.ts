import { describe, expect, it } from 'vitest';
import { newMemory, type Memory } from '../study/scheduling';
import type { ExamPlan } from './exam-plan';
import { examLeftToday, nextExamItem, studyMode } from './exam-queue';

const DAY = 86_400_000;
const today = Date.UTC(2026, 2, 2) / DAY;
const dayOf = (at: number) => Math.floor(at / DAY);
const plan = { today, budget: 4, todayQueue: ['a', 'b', 'c', 'd', 'e'] } as ExamPlan;
const reviewed = (at: number): Memory => ({ ...newMemory(at), state: 'review', reps: 1, lastReview: at });

describe('exam-mode queue', () => {
	it('shows today’s plan in order, leaving out what was reviewed today and the item just graded', () => {
		const memories = new Map([
			['a', reviewed(today * DAY + 3_600_000)], // today
			['b', reviewed((today - 3) * DAY)] // three days ago: still to do
		]);
		const q = { plan, memories, dayOf, reviewedToday: 1 };
		expect(nextExamItem(q)).toBe('b');
		expect(nextExamItem({ ...q, skip: new Set(['b']) })).toBe('c');
		expect(examLeftToday(q)).toBe(3); // b, c, d, e left but only 3 more fit in the budget of 4
	});

	it('stops at the budget and when the plan is done', () => {
		expect(nextExamItem({ plan, memories: new Map(), dayOf, reviewedToday: 4 })).toBeNull();
		const allDone = new Map(plan.todayQueue.map((id) => [id, reviewed(today * DAY)]));
		expect(nextExamItem({ plan, memories: allDone, dayOf, reviewedToday: 0 })).toBeNull();
		expect(examLeftToday({ plan, memories: allDone, dayOf, reviewedToday: 0 })).toBe(0);
	});

	it('plans to the exam only before it: on and after the exam day, and without a date, plain FSRS', () => {
		expect(studyMode(today, today + 1)).toBe('exam');
		expect(studyMode(today, today)).toBe('plain');
		expect(studyMode(today + 3, today)).toBe('plain');
		expect(studyMode(today, null)).toBe('plain');
	});
});
