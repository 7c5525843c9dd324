import { describe, expect, it } from 'vitest';
import { countByDay, dayKey, dayNumber, dayResolver, parseDayKey, streak, weekday } from './streaks';

describe('days in the student’s time zone', () => {
	it('puts one instant on different calendar days in different zones', () => {
		const at = Date.UTC(2026, 2, 8, 6, 30); // 06:30 UTC on Sunday 8 March 2026
		expect(dayKey(dayNumber(at, 'UTC'))).toBe('2026-03-08');
		expect(dayKey(dayNumber(at, 'America/Los_Angeles'))).toBe('2026-03-07'); // 22:30 the evening before
		expect(dayKey(dayNumber(at, 'Asia/Tokyo'))).toBe('2026-03-08');
		expect(dayKey(dayNumber(Date.UTC(2026, 2, 8, 15, 30), 'Asia/Tokyo'))).toBe('2026-03-09');
	});

	it('keeps a 23-hour DST day as one day', () => {
		// US clocks spring forward on 8 March 2026: 00:30 and 23:30 local are one day, 22 hours apart.
		const tz = 'America/New_York';
		const early = Date.UTC(2026, 2, 8, 5, 30); // 00:30 EST
		const late = Date.UTC(2026, 2, 9, 3, 30); // 23:30 EDT
		expect(dayNumber(early, tz)).toBe(dayNumber(late, tz));
		expect(countByDay([early, late], tz)).toEqual(new Map([[dayNumber(early, tz), 2]]));
	});

	it('parses and checks YYYY-MM-DD, and knows the weekday', () => {
		expect(parseDayKey('2026-03-09')).toBe(dayNumber(Date.UTC(2026, 2, 9), 'UTC'));
		expect(parseDayKey('2026-02-30')).toBeNull();
		expect(parseDayKey('next week')).toBeNull();
		expect(weekday(parseDayKey('2026-03-09')!)).toBe(0); // a Monday
		expect(weekday(parseDayKey('2026-03-08')!)).toBe(6); // a Sunday
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

describe('dayResolver', () => {
	it('agrees with dayNumber across a day, in a zone with a half-hour offset and one with DST', () => {
		for (const tz of ['Asia/Kolkata', 'Asia/Kathmandu', 'America/New_York']) {
			const dayOf = dayResolver(tz);
			for (let at = Date.UTC(2026, 2, 7); at < Date.UTC(2026, 2, 10); at += 7 * 60_000)
				expect(dayOf(at)).toBe(dayNumber(at, tz));
		}
	});
});
