/**
 * `npm run bench:schedule`: prints JSON. Simulated students (src/lib/domain/schedule/simulate.ts: memory
 * follows FSRS with its default parameters, outcomes drawn from its predicted recall, seeded) study a
 * 300-item bank for an exam in 14, 30 or 60 days, with 50 or 100 reviews a day, skipping no day or about
 * one in five, under (a) today's queue — plain FSRS at desired retention 0.9, due items first, then new
 * ones up to the daily limit of 20; the student stops at the budget — and (b) exam mode, followed until
 * it says today is done. Reported per scenario as means over the seeds. A readiness check follows.
 * Caveat: the students are FSRS's own model, so this measures the policy under FSRS's assumptions.
 *
 *   npm run bench:schedule   [--seeds=N students per scenario, 20] [--workers=N threads, 2]
 *                            [--only=14/50/0.2] [--tuning='{"minGain":0.02}'] [--no-attendance]
 */
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExamTuning } from '../src/lib/domain/schedule/exam-plan';
import { readinessCheck } from './lib/readiness-check';
import {
	DOMAINS,
	items,
	runSeeds,
	type Job,
	type Measured,
	type Scenario,
	type SeedResult
} from './lib/schedule-runs';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SEEDS = Number(arg('seeds') ?? 20);
const tuning: Partial<ExamTuning> = JSON.parse(arg('tuning') ?? '{}');
/** One scenario only, as days/budget/skipRate (e.g. 14/50/0.2), while tuning the policy. */
const only = arg('only');
const trackAttendance = !process.argv.includes('--no-attendance');
const WORKERS = Math.max(1, Number(arg('workers') ?? Math.min(2, cpus().length)));

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const round = (x: number, digits = 3) => Number(x.toFixed(digits));
function summarize(runs: Measured[]) {
	return {
		examDayRecall: round(mean(runs.map((r) => r.recall))),
		totalReviews: round(mean(runs.map((r) => r.totalReviews)), 1),
		largestDay: round(mean(runs.map((r) => r.largestDay)), 1),
		largestDayMax: Math.max(...runs.map((r) => r.largestDay)),
		daysOverBudget: round(mean(runs.map((r) => r.daysOverBudget)), 2)
	};
}

/** Students are dealt round-robin to the workers, so each gets a share of the long scenarios. */
async function runAll(job: Omit<Job, 'pairs'>, pairs: [number, number][]): Promise<SeedResult[]> {
	if (WORKERS === 1) return runSeeds({ ...job, pairs });
	const shares = Array.from({ length: WORKERS }, (_, w) => pairs.filter((_, i) => i % WORKERS === w));
	const results = await Promise.all(
		shares.map(
			(share) =>
				new Promise<SeedResult[]>((resolve, reject) => {
					const worker = new Worker(new URL('./lib/schedule-worker.js', import.meta.url), {
						workerData: { ...job, pairs: share }
					});
					worker.once('message', resolve);
					worker.once('error', reject);
				})
		)
	);
	return results.flat();
}

const started = performance.now();
const scenarios: Scenario[] = [];
for (const days of [14, 30, 60])
	for (const budget of [50, 100])
		for (const skipRate of [0, 0.2])
			if (!only || only === `${days}/${budget}/${skipRate}`) scenarios.push({ days, budget, skipRate });
const pairs = scenarios.flatMap((_, i) =>
	Array.from({ length: SEEDS }, (_, s) => [i, s] as [number, number])
);
const running = runAll({ scenarios, tuning, trackAttendance }, pairs);
// The readiness check runs here meanwhile.
const readiness = readinessCheck(
	DOMAINS.map(([id, weightPercent]) => ({
		id,
		weightPercent,
		itemIds: items.filter((i) => i.domain === id).map((i) => i.id)
	})),
	SEEDS
);
const results = await running;

const report = scenarios.map(({ days, budget, skipRate }, index) => {
	const mine = results.filter((r) => r.scenario === index).sort((x, y) => x.seed - y.seed);
	const a = summarize(mine.map((r) => r.plain));
	const b = summarize(mine.map((r) => r.exam));
	const recallGain = b.examDayRecall - a.examDayRecall;
	const reviewCut = 1 - b.totalReviews / a.totalReviews;
	const met =
		recallGain >= 0 &&
		b.daysOverBudget === 0 &&
		((recallGain >= 0.05 && b.totalReviews <= a.totalReviews) || reviewCut >= 0.2);
	return {
		examInDays: days,
		reviewsPerDay: budget,
		skipsAboutOneDayInFive: skipRate > 0,
		plainFsrs: a,
		examMode: { ...b, predictedOnDayOne: round(mean(mine.map((r) => r.predicted))) },
		recallGainPoints: round(100 * recallGain, 1),
		fewerReviewsPercent: round(100 * reviewCut, 1),
		targetMet: met
	};
});

console.log(
	JSON.stringify(
		{
			method:
				'Simulated students whose memory is FSRS-6 with default parameters (outcomes drawn from its predicted ' +
				'recall, seeded); 300-item bank; means over seeds. Caveat: the students follow FSRS’s own model.',
			seedsPerScenario: SEEDS,
			tuning,
			scenarios: report,
			allTargetsMet: report.every((s) => s.targetMet),
			readiness,
			seconds: round((performance.now() - started) / 1000, 1)
		},
		null,
		2
	)
);
