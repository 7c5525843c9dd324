import { describe, expect, it } from 'vitest';
import { heatmap, heatmapSummary, level } from './heatmap';
import { dayNumber, parseDayKey } from '../calendar';
import { countByDay } from './streaks';

describe('heatmap', () => {
	it('shades by the goal: none, under half, under goal, met, twice', () => {
		expect([0, 1, 9, 10, 19, 20, 39, 40].map((c) => level(c, 20))).toEqual([0, 1, 1, 2, 2, 3, 3, 4]);
	});

	it('lays out 12 Monday-first weeks ending in the week of today, with days after today left out', () => {
		const today = parseDayKey('2026-03-11')!; // a Wednesday
		const grid = heatmap(new Map([[today, 12]]), today, 20);
		expect(grid).toHaveLength(12);
		expect(grid[0]![0]!.date).toBe('2025-12-22'); // Monday, 11 weeks before 9 March
		const last = grid[11]!;
		expect(last.map((c) => c?.date ?? null)).toEqual([
			'2026-03-09',
			'2026-03-10',
			'2026-03-11',
			null,
			null,
			null,
			null
		]);
		expect(last[2]).toMatchObject({ count: 12, level: 2 });
		expect(heatmapSummary(grid)).toEqual({ activeDays: 1, total: 12, days: 80 }); // 11 full weeks + Mon–Wed;
	});

	it('buckets reviews by the local day: a late-evening review in Los Angeles is not “tomorrow”', () => {
		const tz = 'America/Los_Angeles';
		const eveningUtc = Date.UTC(2026, 2, 11, 6); // 23:00 on 10 March in LA
		const today = dayNumber(Date.UTC(2026, 2, 11, 18), tz);
		const grid = heatmap(countByDay([eveningUtc], tz), today, 20);
		expect(grid[11]![1]).toMatchObject({ date: '2026-03-10', count: 1 });
		expect(grid[11]![2]).toMatchObject({ date: '2026-03-11', count: 0 });
	});
});
