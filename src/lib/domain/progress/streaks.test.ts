import { describe, expect, it } from 'vitest';
import { dayNumber } from '../calendar';
import { countByDay, streak } from './streaks';

describe('countByDay', () => {
	it('keeps a 23-hour DST day as one day', () => {
		const tz = 'America/New_York';
		const early = Date.UTC(2026, 2, 8, 5, 30); // 00:30 EST
		const late = Date.UTC(2026, 2, 9, 3, 30); // 23:30 EDT
		expect(countByDay([early, late], tz)).toEqual(new Map([[dayNumber(early, tz), 2]]));
	});
});

describe('streak', () => {
	const counts = new Map([
		[100, 25],
		[101, 20],
		[102, 5], // goal of 20 not met: breaks the run
		[103, 30],
		[104, 22]
	]);
	it('counts consecutive days meeting the goal up to today', () => {
		expect(streak(counts, 104, 20)).toEqual({ current: 2, longest: 2, today: 22, goal: 20 });
	});
	it('does not break while today is still unfinished, and breaks after a missed day', () => {
		expect(streak(counts, 105, 20).current).toBe(2);
		expect(streak(counts, 106, 20).current).toBe(0);
	});
	it('with a goal of 5 every day counts', () => {
		expect(streak(counts, 104, 5)).toMatchObject({ current: 5, longest: 5 });
	});
});
