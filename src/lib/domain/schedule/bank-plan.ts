/**
 * The exam plan for one bank as the app makes it: the same planExam call the benchmark's exam policy makes
 * (sim-policies.ts), fed from the student's settings and history instead of a simulation.
 */
import type { Bank } from '../bank/schema';
import type { StudyBudgetSetting } from '../records/settings';
import type { Memory, MemoryModel } from '../study/scheduling';
import { dailyReviewBudget, secondsPerReview } from './budget';
import { planExam, type ExamItem, type ExamPlan, type ExamTuning } from './exam-plan';
import { attendanceSoFar } from './attendance';

/** What stays the same for every day of the plan. */
export interface ExamSetup {
	items: readonly ExamItem[];
	domainWeights: ReadonlyMap<string, number>;
	examDay: number;
	reviewsPerDay: number;
	model: MemoryModel;
	dayOf: (at: number) => number;
	targetRecall?: number;
	tuning?: Partial<ExamTuning>;
}

/** Where the student stands at the start of a study day. */
export interface ExamDayState {
	today: number;
	memories: ReadonlyMap<string, Memory>;
	reviewedToday: number;
	newStartedToday: number;
	attendance: number;
}

/** One day's plan: the single call both the app and the benchmark make. */
export function planExamDay(setup: ExamSetup, day: ExamDayState): ExamPlan {
	return planExam({
		items: setup.items,
		domainWeights: setup.domainWeights,
		memories: day.memories,
		today: day.today,
		examDay: setup.examDay,
		dayOf: setup.dayOf,
		reviewsPerDay: setup.reviewsPerDay,
		reviewedToday: day.reviewedToday,
		newStartedToday: day.newStartedToday,
		model: setup.model,
		attendance: day.attendance,
		...(setup.targetRecall === undefined ? {} : { targetRecall: setup.targetRecall }),
		...(setup.tuning ? { tuning: setup.tuning } : {})
	});
}

/** Reviews a day the budget setting allows; minutes are turned into reviews at the student's own pace. */
export function budgetReviews(budget: StudyBudgetSetting, reviewTimes: readonly number[]): number {
	const result = dailyReviewBudget(
		budget.unit === 'reviews' ? budget : { ...budget, secondsPerReview: secondsPerReview(reviewTimes) }
	);
	// The stored setting passed its schema, so this only fails on a pace outside 1–600 s (not from the log).
	return result.ok ? result.reviews : budget.perDay;
}

/** Days the app looks back to see how often the student studies (the benchmark counts from its first day). */
export const ATTENDANCE_WINDOW_DAYS = 28;

/** Share of days studied, today counted as studied (the plan is made as the student sits down to study). */
export function attendanceFrom(studyTimes: readonly number[], today: number, dayOf: (at: number) => number) {
	const days = new Set<number>([today]);
	for (const at of studyTimes) {
		const day = dayOf(at);
		if (day <= today && day > today - ATTENDANCE_WINDOW_DAYS) days.add(day);
	}
	const first = Math.min(...days);
	return attendanceSoFar(days.size, today - first + 1);
}

export interface BankHistory {
	/** Reviews of this bank done today. */
	reviewsToday: number;
	/** Items of this bank first studied today. */
	newStartedToday: number;
	/** When recent reviews happened (any order), for the student's pace. */
	reviewTimes: readonly number[];
	/** When recent study (cards and questions) happened, for attendance. */
	studyTimes: readonly number[];
}

export interface BankPlanInput {
	bank: Pick<Bank, 'items' | 'domains'>;
	memories: ReadonlyMap<string, Memory>;
	examDay: number;
	today: number;
	dayOf: (at: number) => number;
	targetRecall: number;
	budget: StudyBudgetSetting;
	history: BankHistory;
	model: MemoryModel;
}

export function bankExamSetup(
	input: Omit<BankPlanInput, 'memories' | 'today' | 'history'> & {
		reviewTimes: readonly number[];
	}
): ExamSetup {
	return {
		items: input.bank.items.map((i) => ({ id: i.id, domain: i.domain })),
		domainWeights: new Map(input.bank.domains.map((d) => [d.id, d.weightPercent])),
		examDay: input.examDay,
		reviewsPerDay: budgetReviews(input.budget, input.reviewTimes),
		model: input.model,
		dayOf: input.dayOf,
		targetRecall: input.targetRecall
	};
}

/** Today's plan for a bank with an exam date (call only in exam mode: before the exam day). */
export function planBank(input: BankPlanInput): ExamPlan {
	const setup = bankExamSetup({ ...input, reviewTimes: input.history.reviewTimes });
	return planExamDay(setup, {
		today: input.today,
		memories: input.memories,
		reviewedToday: input.history.reviewsToday,
		newStartedToday: input.history.newStartedToday,
		attendance: attendanceFrom(input.history.studyTimes, input.today, input.dayOf)
	});
}
