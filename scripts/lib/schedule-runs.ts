/**
 * One simulated student per (scenario, seed) under both policies, for `npm run bench:schedule`. Runs in
 * the main thread or in a worker: `runSeeds` is the whole job, its input and output plain data.
 */
import type { ExamItem, ExamTuning } from '../../src/lib/domain/schedule/exam-plan';
import { examPolicy, plainPolicy } from '../../src/lib/domain/schedule/sim-policies';
import { recallOnDay, runStudent, type StudentRun } from '../../src/lib/domain/schedule/simulate';
import { seededRng } from '../../src/lib/domain/random';
import { memoryModel } from '../../src/lib/domain/study/scheduling';

const DAY_MS = 86_400_000;
export const DAILY_NEW_LIMIT = 20;
export const FIRST_DAY = Date.UTC(2026, 2, 2) / DAY_MS;

// A bank shaped like the real ones: item counts follow the blueprint weights.
export const DOMAINS: readonly [string, number, number][] = [
	['d1', 30, 90],
	['d2', 25, 75],
	['d3', 20, 60],
	['d4', 15, 45],
	['d5', 10, 30]
];
export const items: ExamItem[] = DOMAINS.flatMap(([domain, , count]) =>
	Array.from({ length: count }, (_, i) => ({ id: `${domain}-${String(i).padStart(4, '0')}`, domain }))
);
const itemIds = items.map((i) => i.id);
const domainWeights = new Map(DOMAINS.map(([d, w]) => [d, w]));
const model = memoryModel();

export interface Scenario {
	days: number;
	budget: number;
	skipRate: number;
}

export interface Measured {
	recall: number;
	totalReviews: number;
	largestDay: number;
	daysOverBudget: number;
}

export interface SeedResult {
	scenario: number;
	seed: number;
	plain: Measured;
	exam: Measured;
	/** Exam mode's predicted mean exam-day recall on the first study day. */
	predicted: number;
}

export interface Job {
	scenarios: Scenario[];
	/** Which (scenario, seed) pairs to run. */
	pairs: [number, number][];
	tuning: Partial<ExamTuning>;
	trackAttendance: boolean;
}

function measure(run: StudentRun, examDay: number, budget: number, overBudget: 'cut' | 'count'): Measured {
	const recall = recallOnDay(itemIds, run.memories, examDay, model);
	return {
		recall: recall.reduce((s, r) => s + r, 0) / recall.length,
		totalReviews: run.days.reduce((s, d) => s + d.reviews, 0),
		largestDay: Math.max(0, ...run.days.map((d) => d.reviews)),
		// Plain FSRS: days its queue still held items when the student stopped at the budget.
		// Exam mode: the student follows it until it says the day is done, so days it went over.
		daysOverBudget: run.days.filter((d) => (overBudget === 'cut' ? d.cutShort : d.reviews > budget)).length
	};
}

export function runSeeds(job: Job): SeedResult[] {
	return job.pairs.map(([index, s]) => {
		const { days, budget, skipRate } = job.scenarios[index]!;
		const examDay = FIRST_DAY + days;
		// The same student (seed) under both policies.
		const seed = 1000 * days + 10 * budget + (skipRate > 0 ? 1 : 0) + 100_000 * s;
		const config = { itemIds, firstDay: FIRST_DAY, days, skipRate };
		const a = runStudent(
			{ ...config, maxReviewsPerDay: budget },
			plainPolicy(itemIds, DAILY_NEW_LIMIT),
			seededRng(seed)
		);
		let predicted: number | null = null;
		const policy = examPolicy({
			items,
			domainWeights,
			examDay,
			reviewsPerDay: budget,
			model,
			tuning: job.tuning,
			trackAttendance: job.trackAttendance,
			onPlan: (p) => (predicted ??= p.predictedRecall)
		});
		const b = runStudent({ ...config, maxReviewsPerDay: Infinity }, policy, seededRng(seed));
		return {
			scenario: index,
			seed: s,
			plain: measure(a, examDay, budget, 'cut'),
			exam: measure(b, examDay, budget, 'count'),
			predicted: predicted ?? 0
		};
	});
}
