/**
 * The study queue in exam mode: today's share of the exam plan, one item after another, and never more
 * than the day's budget. Before the exam day the plan decides; from the exam day on, plain FSRS at the
 * desired retention (study/queue.ts) takes over, keeping what was learned.
 */
import type { Memory } from '../study/scheduling';
import type { ExamPlan } from './exam-plan';

export type StudyMode = 'exam' | 'plain';

/** Exam mode runs on the study days before the exam; without a date, or from the exam day on, plain FSRS. */
export function studyMode(today: number, examDay: number | null): StudyMode {
	return examDay !== null && today < examDay ? 'exam' : 'plain';
}

export interface ExamQueueInput {
	plan: ExamPlan;
	memories: ReadonlyMap<string, Memory>;
	dayOf: (at: number) => number;
	/** Reviews of this bank done today so far (all of them, including before the plan was made). */
	reviewedToday: number;
	/** Items to leave out, e.g. the one just graded. */
	skip?: ReadonlySet<string>;
}

const doneToday = (m: Memory | undefined, today: number, dayOf: (at: number) => number) =>
	m !== undefined && m.state !== 'new' && m.lastReview !== null && dayOf(m.lastReview) >= today;

/** The next item to show today, or null when today's plan is done or the budget is spent. */
export function nextExamItem({ plan, memories, dayOf, reviewedToday, skip }: ExamQueueInput): string | null {
	if (reviewedToday >= plan.budget) return null;
	for (const id of plan.todayQueue) {
		if (skip?.has(id) || doneToday(memories.get(id), plan.today, dayOf)) continue;
		return id;
	}
	return null;
}

/** Items still planned for today (capped by what is left of the budget), for "12 left today". */
export function examLeftToday({ plan, memories, dayOf, reviewedToday }: ExamQueueInput): number {
	let left = 0;
	for (const id of plan.todayQueue) if (!doneToday(memories.get(id), plan.today, dayOf)) left++;
	return Math.min(left, Math.max(0, plan.budget - reviewedToday));
}
