import { describe, expect, it } from 'vitest';
import { dailyPlan } from './daily-plan';

const none = new Map<number, number>();

describe('daily plan', () => {
	it('spreads the remaining new items evenly over the days left', () => {
		const p = dailyPlan({
			today: 0,
			examDay: 10,
			newRemaining: 95,
			dailyNewLimit: 20,
			overdue: 0,
			dueByDay: none
		});
		expect(p.daysLeft).toBe(10);
		expect(p.newPerDay).toBe(10); // ⌈95 / 10⌉
		expect(p.overLimit).toBe(false);
		expect(p.coverage).toBe(1);
		expect(p.days.map((d) => d.newItems)).toEqual([10, 10, 10, 10, 10, 10, 10]);
	});

	it('spreads a backlog after missed days over the next days instead of one pile', () => {
		const due = new Map([
			[0, 12],
			[1, 8]
		]);
		const p = dailyPlan({
			today: 0,
			examDay: 30,
			newRemaining: 0,
			dailyNewLimit: 20,
			overdue: 70,
			dueByDay: due
		});
		expect(p.backlogDays).toBe(3); // ⌈70 / 30⌉
		expect(p.days.map((d) => d.backlog)).toEqual([24, 23, 23, 0, 0, 0, 0]);
		expect(p.days.map((d) => d.reviews)).toEqual([36, 31, 23, 0, 0, 0, 0]);
	});

	it('fits the backlog into the days left before a close exam', () => {
		const p = dailyPlan({
			today: 0,
			examDay: 2,
			newRemaining: 0,
			dailyNewLimit: 20,
			overdue: 200,
			dueByDay: none
		});
		expect(p.days.map((d) => d.backlog)).toEqual([100, 100]);
	});

	it('flags a plan that needs more new items a day than the limit, and how far the limit reaches', () => {
		const p = dailyPlan({
			today: 0,
			examDay: 10,
			newRemaining: 300,
			dailyNewLimit: 20,
			overdue: 0,
			dueByDay: none
		});
		expect(p.newPerDay).toBe(30);
		expect(p.overLimit).toBe(true);
		expect(p.coverage).toBeCloseTo(200 / 300, 10);
	});

	it('without an exam date uses the daily limit', () => {
		const p = dailyPlan({
			today: 0,
			examDay: null,
			newRemaining: 95,
			dailyNewLimit: 20,
			overdue: 0,
			dueByDay: none
		});
		expect(p).toMatchObject({ daysLeft: null, newPerDay: 20, coverage: 1 });
		expect(p.days).toHaveLength(7);
	});
});
