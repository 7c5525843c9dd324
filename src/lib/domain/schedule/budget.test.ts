import { describe, expect, it } from 'vitest';
import { dailyReviewBudget, DEFAULT_SECONDS_PER_REVIEW, secondsPerReview } from './budget';

describe('daily budget', () => {
	it('takes reviews a day as they are, and turns minutes into reviews at the given pace', () => {
		expect(dailyReviewBudget({ unit: 'reviews', perDay: 50 })).toEqual({ ok: true, reviews: 50 });
		// 30 min × 60 s / 12 s = 150 reviews; 10 min at 7 s = 85.7 → 85 (never over the minutes).
		expect(dailyReviewBudget({ unit: 'minutes', perDay: 30, secondsPerReview: 12 })).toEqual({
			ok: true,
			reviews: 150
		});
		expect(dailyReviewBudget({ unit: 'minutes', perDay: 10, secondsPerReview: 7 })).toEqual({
			ok: true,
			reviews: 85
		});
	});

	it('names what is wrong with a bad budget', () => {
		const bad = (b: Parameters<typeof dailyReviewBudget>[0]) => {
			const r = dailyReviewBudget(b);
			return r.ok ? null : r.error;
		};
		expect(bad({ unit: 'reviews', perDay: 0 })).toBe(
			'Reviews a day must be a whole number from 1 to 1000 (got 0).'
		);
		expect(bad({ unit: 'reviews', perDay: 2.5 })).toMatch(/^Reviews a day .*\(got 2\.5\)/);
		expect(bad({ unit: 'minutes', perDay: Number.NaN, secondsPerReview: 10 })).toMatch(
			/^Minutes a day .*\(got NaN\)/
		);
		expect(bad({ unit: 'minutes', perDay: 20, secondsPerReview: 0 })).toBe(
			'Seconds per review must be from 1 to 600 (got 0).'
		);
	});
});

describe('seconds per review from the log', () => {
	it('is the median gap between consecutive reviews, breaks left out', () => {
		const t0 = Date.UTC(2026, 2, 10, 18);
		// 30 reviews 8 s apart, then an hour's break, then 11 more 12 s apart: gaps 29 × 8 s and 10 × 12 s.
		const times = [
			...Array.from({ length: 30 }, (_, i) => t0 + i * 8000),
			...Array.from({ length: 11 }, (_, i) => t0 + 3_600_000 + i * 12_000)
		];
		expect(secondsPerReview(times.reverse())).toBe(8);
	});

	it('falls back to the default with too little history', () => {
		expect(secondsPerReview([0, 5000, 9000])).toBe(DEFAULT_SECONDS_PER_REVIEW);
	});
});
