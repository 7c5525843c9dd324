import { describe, expect, it } from 'vitest';
import { memoryModel, type Memory } from '../study/scheduling';
import { planExam, type ExamItem, type ExamPlanInput } from './exam-plan';

const DAY = 86_400_000;
// Fixed dates, in UTC day numbers: study starts Monday 2026-03-02.
const today = Date.UTC(2026, 2, 2) / DAY;
const dayOf = (at: number) => Math.floor(at / DAY);
const model = memoryModel();

// FSRS-6's curve written out (decay 0.1542, R(S, S) = 0.9), to work expected values by hand.
const F = 0.9 ** (-1 / 0.1542) - 1;
const curve = (t: number, s: number) => (1 + (F * t) / s) ** -0.1542;

const bank = (n: number, domain = 'a'): ExamItem[] =>
	Array.from({ length: n }, (_, i) => ({ id: `${domain}-${String(i).padStart(4, '0')}`, domain }));
/** An item last reviewed (at noon) on `day` with stability `stability`. */
const learned = (day: number, stability: number): Memory => ({
	due: (day + Math.round(stability)) * DAY,
	stability,
	difficulty: 5,
	scheduledDays: Math.round(stability),
	learningSteps: 0,
	reps: 3,
	lapses: 0,
	state: 'review',
	lastReview: day * DAY + 12 * 3_600_000
});
const input = (over: Partial<ExamPlanInput>): ExamPlanInput => ({
	items: bank(20),
	domainWeights: new Map([['a', 100]]),
	memories: new Map(),
	today,
	examDay: today + 10,
	dayOf,
	reviewsPerDay: 10,
	reviewedToday: 0,
	newStartedToday: 0,
	model,
	...over
});

describe('exam plan (golden, fixed dates)', () => {
	it('paces new items from the days left and the budget, then gives the final days to reviews', () => {
		// 20 new items, 10 days, 10 a day: the final days hold one review per item → ⌈20 / 10⌉ = 2 days,
		// so the 20 items are introduced over the 8 days before them: ⌈20 / 8⌉ = 3 a day.
		const plan = planExam(input({}));
		expect(plan.daysLeft).toBe(10);
		expect(plan.newPerDay).toBe(3);
		expect(plan.days.map((d) => d.newItems)).toEqual([3, 3, 3, 3, 3, 3, 2, 0, 0, 0]);
		// Recall of a first look (S = w2 = 2.3065) falls to 0.8 after 7.6 days: the next review would land
		// in the final days, so none comes before them; there all 20 are below 0.9 and fill days 8 and 9.
		expect(curve(7.6, 2.3065)).toBeCloseTo(0.8, 2);
		expect(plan.days.map((d) => d.reviews)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 10, 10]);
		expect(plan.days.every((d) => d.total <= 10)).toBe(true);
		expect(plan.todayQueue).toEqual(['a-0000', 'a-0001', 'a-0002']);
		expect(plan.todayPlanned).toBe(3);
	});

	it('starts the final days earlier and paces new items faster for a student who studies every other day', () => {
		// Half the days: ⌈20 / (10 × 0.5)⌉ = 4 final days, and ⌈20 / (6 × 0.5)⌉ = 7 new items a day before them.
		const plan = planExam(input({ attendance: 0.5 }));
		expect(plan.newPerDay).toBe(7);
		expect(plan.days.map((d) => d.newItems)).toEqual([7, 7, 6, 0, 0, 0, 0, 0, 0, 0]);
	});

	it('gives the last days to the lowest exam-day recall weighted by the blueprint', () => {
		// Domain a is 75 % of the exam, b 25 %, two items each: item weights 1.5 and 0.5. All were reviewed
		// 5 days before the exam; it is the last study day and there is room for two reviews.
		const examDay = today + 1;
		const last = examDay - 5;
		const items = [...bank(2, 'a'), ...bank(2, 'b')];
		const memories = new Map([
			['a-0000', learned(last, 4)], // R = curve(5, 4) = 0.884 → key 1.5 × 0.116 = 0.174
			['a-0001', learned(last, 20)], // R = 0.967: above the target
			['b-0000', learned(last, 4)], // R = 0.884 → key 0.5 × 0.116 = 0.058
			['b-0001', learned(last, 2)] // R = curve(5, 2) = 0.826, the lowest → key 0.5 × 0.174 = 0.087
		]);
		expect(curve(5, 4)).toBeCloseTo(0.884, 3);
		expect(curve(5, 2)).toBeCloseTo(0.826, 3);
		const plan = planExam(
			input({
				items,
				domainWeights: new Map([
					['a', 75],
					['b', 25]
				]),
				memories,
				examDay,
				reviewsPerDay: 2
			})
		);
		// Without weights b-0001 (lowest recall) would come first; weighted, the heavier domain's item leads.
		expect(plan.todayQueue).toEqual(['a-0000', 'b-0001']);
		// Unweighted (one domain), the lowest recall comes first.
		const flat = planExam(input({ items, domainWeights: new Map(), memories, examDay, reviewsPerDay: 2 }));
		expect(flat.todayQueue).toEqual(['b-0001', 'a-0000']);
	});

	it('spreads a backlog after missed days over the next days instead of piling it on one', () => {
		// 50 items reviewed 20 days ago with S = 3: each fell to 0.8 ten days ago (overdue). 20 a day.
		const memories = new Map(bank(50).map((i) => [i.id, learned(today - 20, 3)]));
		const plan = planExam(input({ items: bank(50), memories, examDay: today + 40, reviewsPerDay: 20 }));
		expect(plan.days.slice(0, 4).map((d) => d.reviews)).toEqual([20, 20, 10, 0]);
		expect(Math.max(...plan.days.map((d) => d.total))).toBeLessThanOrEqual(20);
	});

	it('says when the budget cannot reach the target, and by how much', () => {
		// 300 new items, 3 days, 10 a day: at most 30 are ever seen, so at most 10 % can be recalled.
		const plan = planExam(input({ items: bank(300), examDay: today + 3, reviewsPerDay: 10 }));
		expect(plan.reachesTarget).toBe(false);
		expect(plan.predictedRecall).toBeLessThanOrEqual(0.1);
		expect(plan.shortfall).toBeCloseTo(0.9 - plan.predictedRecall, 12);
		expect(plan.itemsBelowTarget).toBeGreaterThanOrEqual(270);
		// With room for everything it does reach it.
		const roomy = planExam(input({ items: bank(30), examDay: today + 30, reviewsPerDay: 100 }));
		expect(roomy.reachesTarget).toBe(true);
		expect(roomy.shortfall).toBe(0);
	});

	it('counts what is already done today against the budget and the new-item pace', () => {
		// Three items were started this morning (the day's pace): a second session adds no new ones.
		const memories = new Map(bank(3).map((i) => [i.id, learned(today, 2.3)]));
		const second = planExam(input({ memories, reviewedToday: 3, newStartedToday: 3 }));
		expect(second.days[0]!.newItems).toBe(0);
		expect(second.todayQueue).toEqual([]);
		expect(second.todayPlanned).toBe(3);
		// 15 of 20 reviews done: at most 5 more today, whatever is due.
		const overdue = new Map(bank(20).map((i) => [i.id, learned(today - 20, 3)]));
		const busy = planExam(input({ memories: overdue, reviewsPerDay: 20, reviewedToday: 15 }));
		expect(busy.days[0]!.total).toBe(5);
		expect(busy.todayPlanned).toBe(20);
	});

	it('plans an overdue item once on the last study day, not once as due and again as a final pick', () => {
		// Found by the budget property: an item due for an interim review on a final day was queued twice.
		const memories = new Map([['a-0000', learned(today - 3, 0.1)]]);
		const plan = planExam(input({ items: bank(2), memories, examDay: today + 1, reviewsPerDay: 3 }));
		expect(plan.todayQueue).toEqual(['a-0000', 'a-0001']);
		expect(plan.days[0]).toEqual({ day: today, newItems: 1, reviews: 1, total: 2 });
	});

	it('names the input it cannot plan with', () => {
		expect(() => planExam(input({ targetRecall: 1.2 }))).toThrow(
			'targetRecall must be from 0.5 to 0.99 (got 1.2)'
		);
		expect(() => planExam(input({ reviewsPerDay: Number.NaN }))).toThrow(/^reviewsPerDay must be/);
		expect(() => planExam(input({ examDay: today + 0.5 }))).toThrow('examDay must be a whole day number');
		expect(() => planExam(input({ reviewedToday: -1 }))).toThrow(/^reviewedToday must be a count/);
		expect(() => planExam(input({ attendance: 0 }))).toThrow(
			'attendance must be above 0 and at most 1 (got 0)'
		);
	});
});
