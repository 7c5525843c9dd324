import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemStat } from './types';
import {
	apportion,
	assembleExam,
	assemblePractice,
	choiceOrders,
	missedItems,
	quickItems
} from './quiz-assembly';
import { seededRng } from '../random';
import { fakeBank } from '$test/test-fixtures';

// Shaped like the CPT blueprint: 26/20/28/12/14 over 100 scored + 20 pretest items in 120 minutes.
const cpt = fakeBank([
	{ id: 'sc', weightPercent: 26, mcqs: 44 },
	{ id: 'pp', weightPercent: 20, mcqs: 33 },
	{ id: 'rbc', weightPercent: 28, mcqs: 48 },
	{ id: 'spc', weightPercent: 12, mcqs: 23 },
	{ id: 'proc', weightPercent: 14, mcqs: 24 }
]);

describe('apportion', () => {
	it('splits exactly, each count within one of its share', () => {
		expect(apportion(120, [26, 20, 28, 12, 14])).toEqual([31, 24, 34, 14, 17]);
		expect(apportion(200, [59, 21, 20])).toEqual([118, 42, 40]);
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 500 }),
				fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
				(total, weights) => {
					const counts = apportion(total, weights);
					const sum = weights.reduce((a, b) => a + b, 0);
					expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
					counts.forEach((c, i) => expect(Math.abs(c - (total * weights[i]!) / sum)).toBeLessThan(1));
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('assembleExam', () => {
	it('mirrors the real exam: item count, time limit, blueprint weights within one item, no repeats', () => {
		const plan = assembleExam(cpt, 1, seededRng(42));
		expect(plan.itemIds).toHaveLength(120);
		expect(new Set(plan.itemIds).size).toBe(120);
		expect(plan.timeLimitMs).toBe(120 * 60_000);
		for (const d of cpt.domains) {
			const drawn = plan.itemIds.filter((id) => id.startsWith(`t-${d.id}-`)).length;
			expect(drawn).toBe(plan.perDomain[d.id]);
			expect(Math.abs(drawn - (120 * d.weightPercent) / 100)).toBeLessThanOrEqual(1);
		}
	});

	it('half length halves the items and the time', () => {
		const plan = assembleExam(cpt, 0.5, seededRng(1));
		expect(plan.itemIds).toHaveLength(60);
		expect(plan.timeLimitMs).toBe(60 * 60_000);
	});

	it('is deterministic for a seed and differs across seeds', () => {
		expect(assembleExam(cpt, 1, seededRng(7))).toEqual(assembleExam(cpt, 1, seededRng(7)));
		expect(assembleExam(cpt, 1, seededRng(7)).itemIds).not.toEqual(
			assembleExam(cpt, 1, seededRng(8)).itemIds
		);
	});

	it('fills from other domains when one is short, still without repeats', () => {
		const thin = fakeBank([
			{ id: 'a', weightPercent: 50, mcqs: 10 },
			{ id: 'b', weightPercent: 50, mcqs: 150 }
		]);
		const plan = assembleExam(thin, 1, seededRng(3));
		expect(plan.itemIds).toHaveLength(120);
		expect(new Set(plan.itemIds).size).toBe(120);
		expect(plan.perDomain).toEqual({ a: 10, b: 110 });
	});
});

describe('practice quizzes', () => {
	it('draws only from the chosen domains, at the chosen length, without repeats', () => {
		const ids = assemblePractice(cpt, { domains: ['spc', 'proc'], length: 25 }, seededRng(5));
		expect(ids).toHaveLength(25);
		expect(new Set(ids).size).toBe(25);
		expect(ids.every((id) => /^t-(spc|proc)-/.test(id))).toBe(true);
		expect(assemblePractice(cpt, { domains: ['spc'], length: 'all' }, seededRng(5))).toHaveLength(23);
		expect(assemblePractice(cpt, { length: 10 }, seededRng(5))).toHaveLength(10);
	});

	it('gives every item a seeded shuffle of its choices', () => {
		const orders = choiceOrders(['x', 'y', 'z'], seededRng(9));
		for (const o of orders) expect([...o].sort()).toEqual([0, 1, 2, 3]);
		expect(choiceOrders(['x', 'y', 'z'], seededRng(9))).toEqual(orders);
	});

	it('Missed items and Quick 10 read the item history', () => {
		const stat = (itemId: string, s: Partial<ItemStat>): [string, ItemStat] => [
			itemId,
			{
				itemId,
				bankId: 'test',
				domain: 'sc',
				seen: 1,
				correct: 0,
				lastAnsweredAt: 1,
				missed: false,
				rightSinceMiss: 0,
				flagged: false,
				recent: [],
				...s
			}
		];
		const stats = new Map([
			stat('t-sc-0001', { missed: true }),
			stat('t-sc-0002', { missed: false }),
			stat('t-pp-0003', { missed: true })
		]);
		expect(missedItems(cpt, stats, seededRng(1)).sort()).toEqual(['t-pp-0003', 't-sc-0001']);
		const quick = quickItems(cpt, stats, seededRng(1));
		expect(quick).toHaveLength(10);
		expect(quick.some((id) => stats.has(id))).toBe(false);
	});
});
