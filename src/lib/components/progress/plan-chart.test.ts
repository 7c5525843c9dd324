// The plan chart's bars: scaled to the budget, never wider than the chart, the new-card part inside its bar.
import { describe, expect, it } from 'vitest';
import { planBars, planSummary } from './plan-chart';

const days = [
	{ day: 10, newItems: 20, reviews: 10, total: 30 },
	{ day: 11, newItems: 0, reviews: 60, total: 60 },
	{ day: 12, newItems: 5, reviews: 0, total: 5 }
];

describe('planBars', () => {
	it('scales to the budget: a full day is the full height', () => {
		const bars = planBars(days, 60, 300, 100);
		expect(bars.map((b) => [b.x, b.height, b.newHeight])).toEqual([
			[0, 50, (20 / 60) * 100],
			[100, 100, 0],
			[200, (5 / 60) * 100, (5 / 60) * 100]
		]);
		expect(bars.at(-1)!.x + bars.at(-1)!.width).toBeLessThanOrEqual(300);
	});
	it('keeps an empty plan at zero height', () => {
		expect(planBars([{ day: 1, newItems: 0, reviews: 0, total: 0 }], 0, 300, 100)[0]!.height).toBe(0);
	});
});

describe('planSummary', () => {
	it('says how many days, reviews and new cards, and the busiest day', () => {
		expect(planSummary(days, 60, (d) => `day ${d}`)).toBe(
			'3 study days, 95 reviews in all (25 new); busiest: 60 on day 11; budget 60 a day.'
		);
		expect(planSummary([], 60, String)).toMatch(/No study days/);
	});
});
