/**
 * The two study policies the benchmark and the invariant tests run simulated students through, each
 * driving the same domain functions the study screen uses.
 */
import { nextItem } from '../study/queue';
import type { MemoryModel } from '../study/scheduling';
import { attendanceSoFar } from './attendance';
import { planExamDay, type ExamSetup } from './bank-plan';
import type { ExamItem, ExamPlan, ExamTuning } from './exam-plan';
import { nextExamItem } from './exam-queue';
import type { StudyPolicy } from './simulate';

const DAY_MS = 86_400_000;
/** The simulation runs in UTC. */
export const utcDay = (at: number) => Math.floor(at / DAY_MS);

/** Today's app (state/study/session.svelte.ts): due items first, then new ones up to the daily limit. */
export function plainPolicy(itemIds: readonly string[], dailyNewLimit: number): StudyPolicy {
	return {
		next: (c) =>
			nextItem({
				itemIds,
				memories: c.memories,
				now: c.now,
				newRemaining: dailyNewLimit - c.newStartedToday,
				...(c.justGraded ? { skip: new Set([c.justGraded]) } : {})
			})
	};
}

export interface ExamPolicyOptions {
	items: readonly ExamItem[];
	domainWeights: ReadonlyMap<string, number>;
	examDay: number;
	reviewsPerDay: number;
	model: MemoryModel;
	targetRecall?: number;
	tuning?: Partial<ExamTuning>;
	/** Tell the plan the share of days studied so far, as the app can from the activity log. */
	trackAttendance?: boolean;
	/** Sees each day's plan (the benchmark keeps the first day's prediction). */
	onPlan?: (plan: ExamPlan) => void;
}

/** Exam mode: the plan is made at the start of each study day, then followed item by item. */
export function examPolicy(o: ExamPolicyOptions): StudyPolicy {
	let plan: ExamPlan | null = null;
	let firstDay: number | null = null;
	let studyDays = 0;
	const setup: ExamSetup = {
		items: o.items,
		domainWeights: o.domainWeights,
		examDay: o.examDay,
		reviewsPerDay: o.reviewsPerDay,
		model: o.model,
		dayOf: utcDay,
		...(o.targetRecall === undefined ? {} : { targetRecall: o.targetRecall }),
		...(o.tuning ? { tuning: o.tuning } : {})
	};
	return {
		beginDay(c) {
			firstDay ??= c.today;
			studyDays++;
			plan = planExamDay(setup, {
				today: c.today,
				memories: c.memories,
				reviewedToday: c.reviewsToday,
				newStartedToday: c.newStartedToday,
				attendance: o.trackAttendance ? attendanceSoFar(studyDays, c.today - firstDay + 1) : 1
			});
			o.onPlan?.(plan);
		},
		next: (c) =>
			plan && nextExamItem({ plan, memories: c.memories, dayOf: utcDay, reviewedToday: c.reviewsToday })
	};
}
