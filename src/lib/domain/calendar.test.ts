import { afterEach, describe, expect, it } from 'vitest';
import {
	DEVICE_ZONE,
	dayKey,
	dayNumber,
	dayResolver,
	parseDayKey,
	startOfDay,
	startOfDayNumber,
	weekday
} from './calendar';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const hours = (h: number) => h * 3_600_000;

describe('days in the student’s time zone', () => {
	it('puts one instant on different calendar days in different zones', () => {
		const at = Date.UTC(2026, 2, 8, 6, 30); // 06:30 UTC on Sunday 8 March 2026
		expect(dayKey(dayNumber(at, 'UTC'))).toBe('2026-03-08');
		expect(dayKey(dayNumber(at, LA))).toBe('2026-03-07'); // 22:30 the evening before
		expect(dayKey(dayNumber(at, 'Asia/Tokyo'))).toBe('2026-03-08');
		expect(dayKey(dayNumber(Date.UTC(2026, 2, 8, 15, 30), 'Asia/Tokyo'))).toBe('2026-03-09');
	});

	it('keeps a 23-hour DST day as one day', () => {
		// US clocks spring forward on 8 March 2026: 00:30 and 23:30 local are one day, 22 hours apart.
		const early = Date.UTC(2026, 2, 8, 5, 30); // 00:30 EST
		const late = Date.UTC(2026, 2, 9, 3, 30); // 23:30 EDT
		expect(dayNumber(early, NY)).toBe(dayNumber(late, NY));
	});

	it('parses and checks YYYY-MM-DD, and knows the weekday', () => {
		expect(parseDayKey('2026-03-09')).toBe(dayNumber(Date.UTC(2026, 2, 9), 'UTC'));
		expect(parseDayKey('2026-02-30')).toBeNull();
		expect(parseDayKey('next week')).toBeNull();
		expect(weekday(parseDayKey('2026-03-09')!)).toBe(0); // a Monday
		expect(weekday(parseDayKey('2026-03-08')!)).toBe(6); // a Sunday
	});
});

describe('startOfDay across both US clock changes', () => {
	// Expected instants are written out by hand from the zone rules: EST is UTC-5, EDT is UTC-4;
	// 2026 springs forward on 8 March at 02:00 and falls back on 1 November at 02:00.
	it('on the spring-forward day, midnight was still EST (05:00 UTC), though noon is EDT', () => {
		const noonEdt = Date.UTC(2026, 2, 8, 16);
		expect(startOfDay(noonEdt, NY)).toBe(Date.UTC(2026, 2, 8, 5));
		// What the study session computed before: "now minus now's offset" (EDT, 4 h) is an hour early,
		// 23:00 the evening before, so cards studied late on 7 March counted against 8 March's new cards.
		const nowOffsetMinutes = 240;
		const local = noonEdt - nowOffsetMinutes * 60_000;
		const oldWay = local - (local % 86_400_000) + nowOffsetMinutes * 60_000;
		expect(oldWay).toBe(Date.UTC(2026, 2, 8, 4));
		expect(startOfDay(noonEdt, NY)).not.toBe(oldWay);
	});

	it('on the fall-back day, midnight was still EDT (04:00 UTC), though noon is EST', () => {
		expect(startOfDay(Date.UTC(2026, 10, 1, 17), NY)).toBe(Date.UTC(2026, 10, 1, 4));
		// The day after, both ends are EST.
		expect(startOfDay(Date.UTC(2026, 10, 2, 17), NY)).toBe(Date.UTC(2026, 10, 2, 5));
	});

	it('gives 23- and 25-hour days and is the same for every instant of a day', () => {
		const spring = startOfDayNumber(parseDayKey('2026-03-08')!, NY);
		const springNext = startOfDayNumber(parseDayKey('2026-03-09')!, NY);
		expect(springNext - spring).toBe(hours(23));
		const fall = startOfDayNumber(parseDayKey('2026-11-01')!, NY);
		const fallNext = startOfDayNumber(parseDayKey('2026-11-02')!, NY);
		expect(fallNext - fall).toBe(hours(25));
		for (let at = fall; at < fallNext; at += 7 * 60_000) expect(startOfDay(at, NY)).toBe(fall);
		expect(startOfDay(fallNext - 1, NY)).toBe(fall);
	});

	it('works where the offset is not whole hours and where midnight itself is skipped', () => {
		// Asia/Kathmandu is UTC+5:45 all year.
		expect(startOfDay(Date.UTC(2026, 5, 1, 12), 'Asia/Kathmandu')).toBe(Date.UTC(2026, 4, 31, 18, 15));
		// America/Santiago springs forward at 24:00 on 5 September 2026: 6 September starts at 01:00 (-03).
		const start = startOfDay(Date.UTC(2026, 8, 6, 15), 'America/Santiago');
		expect(start).toBe(Date.UTC(2026, 8, 6, 4));
		expect(dayKey(dayNumber(start, 'America/Santiago'))).toBe('2026-09-06');
		expect(dayKey(dayNumber(start - 1, 'America/Santiago'))).toBe('2026-09-05');
	});
});

describe('dayResolver', () => {
	it('agrees with dayNumber across a day, in a zone with a half-hour offset and one with DST', () => {
		for (const tz of ['Asia/Kolkata', 'Asia/Kathmandu', NY]) {
			const dayOf = dayResolver(tz);
			for (let at = Date.UTC(2026, 2, 7); at < Date.UTC(2026, 2, 10); at += 7 * 60_000)
				expect(dayOf(at)).toBe(dayNumber(at, tz));
		}
	});
});

describe('the device zone (Date local time) agrees with the same zone by IANA name (Intl)', () => {
	const originalTz = process.env.TZ;
	afterEach(() => {
		if (originalTz === undefined) delete process.env.TZ;
		else process.env.TZ = originalTz;
	});
	// DST both ways, half- and quarter-hour offsets, a half-hour DST shift, and midnight skipped.
	const zones = [
		NY,
		'Europe/London',
		'Asia/Kolkata',
		'Asia/Kathmandu',
		'Australia/Lord_Howe',
		'America/St_Johns',
		'America/Santiago',
		'Pacific/Chatham',
		'UTC'
	];
	for (const tz of zones)
		it(tz, () => {
			process.env.TZ = tz; // Node applies a TZ change to Date at once
			const dayOf = dayResolver(DEVICE_ZONE);
			// Every 89 minutes through 2026 lands at every time of day, on both sides of each clock change.
			for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 89 * 60_000) {
				expect(dayNumber(at, DEVICE_ZONE)).toBe(dayNumber(at, tz));
				expect(dayOf(at)).toBe(dayNumber(at, tz));
			}
			for (let at = Date.UTC(2026, 0, 1, 7); at < Date.UTC(2027, 0, 1); at += 6 * 3_600_000 + 60_000)
				expect(startOfDay(at, DEVICE_ZONE)).toBe(startOfDay(at, tz));
		});
});
