/** Properties of exam mode that hold for any bank, memories, budget and student (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { memoryModel, type Memory } from '../study/scheduling';
import { planExam, type ExamItem, type ExamPlanInput } from './exam-plan';
import { examPolicy, utcDay } from './sim-policies';
import { recallOnDay, runStudent } from './simulate';

const DAY = 86_400_000;
const today = Date.UTC(2026, 2, 2) / DAY;
const model = memoryModel();
const DOMAINS = ['a', 'b', 'c'];

const itemsOf = (n: number): ExamItem[] =>
	Array.from({ length: n }, (_, i) => ({ id: `q-${String(i).padStart(4, '0')}`, domain: DOMAINS[i % 3]! }));

/** An item as stored: never studied, or reviewed `daysAgo` days ago with some stability and difficulty. */
const memoryArb = fc.option(
	fc.record({
		stability: fc.double({ min: 0.1, max: 90, noNaN: true }),
		difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
		daysAgo: fc.integer({ min: 0, max: 40 }),
		state: fc.constantFrom('learning', 'review', 'relearning' as const)
	}),
	{ nil: null }
);
interface Stored {
	stability: number;
	difficulty: number;
	daysAgo: number;
	state: 'learning' | 'review' | 'relearning';
}
const toMemory = (m: Stored): Memory => ({
	due: (today - m.daysAgo) * DAY + Math.round(m.stability) * DAY,
	stability: m.stability,
	difficulty: m.difficulty,
	scheduledDays: Math.round(m.stability),
	learningSteps: 0,
	reps: 2,
	lapses: 0,
	state: m.state,
	lastReview: (today - m.daysAgo) * DAY + 15 * 3_600_000
});

const planInputArb = fc
	.record({
		memories: fc.array(memoryArb, { minLength: 1, maxLength: 60 }),
		daysLeft: fc.integer({ min: 1, max: 30 }),
		budget: fc.integer({ min: 0, max: 50 }),
		reviewedToday: fc.integer({ min: 0, max: 60 }),
		weights: fc.tuple(fc.nat(60), fc.nat(60), fc.nat(60))
	})
	.map(({ memories, daysLeft, budget, reviewedToday, weights }): ExamPlanInput => {
		const items = itemsOf(memories.length);
		const stored = new Map<string, Memory>();
		memories.forEach((m, i) => m && stored.set(items[i]!.id, toMemory(m)));
		return {
			items,
			domainWeights: new Map(DOMAINS.map((d, i) => [d, weights[i]!])),
			memories: stored,
			today,
			examDay: today + daysLeft,
			dayOf: utcDay,
			reviewsPerDay: budget,
			reviewedToday,
			newStartedToday: 0,
			model
		};
	});

describe('exam plan invariants', () => {
	it('never plans a day over the budget, nor today over what is left of it', () => {
		fc.assert(
			fc.property(planInputArb, (input) => {
				const plan = planExam(input);
				expect(plan.days).toHaveLength(input.examDay - input.today);
				for (const d of plan.days) expect(d.total).toBeLessThanOrEqual(input.reviewsPerDay);
				expect(plan.days[0]!.total).toBeLessThanOrEqual(
					Math.max(0, input.reviewsPerDay - input.reviewedToday)
				);
				expect(plan.todayQueue).toHaveLength(plan.days[0]!.total);
				expect(new Set(plan.todayQueue).size).toBe(plan.todayQueue.length);
				expect(plan.predictedRecall).toBeGreaterThanOrEqual(0);
				expect(plan.predictedRecall).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 150 }
		);
	});

	it('is deterministic: the same input gives the same plan, whatever order the memories come in', () => {
		fc.assert(
			fc.property(planInputArb, (input) => {
				const reversed = new Map([...input.memories].reverse());
				expect(planExam({ ...input, memories: reversed })).toEqual(planExam(input));
			}),
			{ numRuns: 50 }
		);
	});
});

describe('exam mode with simulated students', () => {
	const studentArb = fc.record({
		n: fc.integer({ min: 1, max: 40 }),
		days: fc.integer({ min: 2, max: 20 }),
		budget: fc.integer({ min: 1, max: 60 }),
		skipRate: fc.constantFrom(0, 0.2, 0.5),
		seed: fc.integer({ min: 1, max: 2 ** 31 - 1 })
	});
	const run = (s: { n: number; days: number; budget: number; skipRate: number; seed: number }) => {
		const items = itemsOf(s.n);
		const examDay = today + s.days;
		const policy = examPolicy({
			items,
			domainWeights: new Map(DOMAINS.map((d) => [d, 1])),
			examDay,
			reviewsPerDay: s.budget,
			model
		});
		const config = { itemIds: items.map((i) => i.id), firstDay: today, days: s.days, skipRate: s.skipRate };
		// The student follows the queue until it says the day is done: nothing stops them at the budget.
		return {
			items,
			examDay,
			...runStudent({ ...config, maxReviewsPerDay: Infinity }, policy, seededRng(s.seed))
		};
	};

	it('keeps every day within the budget, whatever the student skips', () => {
		fc.assert(
			fc.property(studentArb, (s) => {
				for (const d of run(s).days) expect(d.reviews).toBeLessThanOrEqual(s.budget);
			}),
			{ numRuns: 40 }
		);
	});

	it('leaves no item unreviewed below the target past the date when the budget allows', () => {
		// "Allows": room to review every item on one day, and no day skipped. Then every item is
		// introduced, and any item still below the target on exam day was reviewed on the last study day.
		fc.assert(
			fc.property(
				studentArb.chain((s) =>
					fc.integer({ min: s.n, max: s.n + 20 }).map((budget) => ({ ...s, budget, skipRate: 0 }))
				),
				(s) => {
					const r = run(s);
					const recall = recallOnDay(
						r.items.map((i) => i.id),
						r.memories,
						r.examDay,
						model
					);
					r.items.forEach((item, i) => {
						const m = r.memories.get(item.id);
						expect(m?.lastReview, `${item.id} introduced`).not.toBeNull();
						if (recall[i]! < 0.9) expect(utcDay(m!.lastReview!)).toBe(r.examDay - 1);
					});
				}
			),
			{ numRuns: 40 }
		);
	});

	it('is the same run for the same seed', () => {
		fc.assert(
			fc.property(studentArb, (s) => {
				const a = run(s);
				const b = run(s);
				expect(b.memories).toEqual(a.memories);
				expect(b.days).toEqual(a.days);
			}),
			{ numRuns: 15 }
		);
	});
});
