/**
 * The one calendar: days in the student's time zone. A "day" is an integer (days since 1970-01-01 of the
 * local calendar date), so DST changes never split or merge days. The zone is an argument (an IANA name,
 * or DEVICE_ZONE), never read here.
 */

const DAY_MS = 86_400_000;

/**
 * The zone argument for "the zone this device's clock is set to": days and midnights then come from Date's
 * local-time methods, which follow the device's zone rules without Intl. The app passes it
 * (state/time-zone.ts) because a phone's first Intl.DateTimeFormat costs 70–170 ms (4× CPU throttle), and
 * the flashcard screen starts by finding today's midnight. Tests give IANA names, or set TZ and compare.
 */
export const DEVICE_ZONE = 'device';

/** The device's day number of `at`, by Date's local-time methods. */
function deviceDay(at: number): number {
	const local = new Date(at);
	// As Intl's format does, so a time outside Date's range fails loudly instead of becoming day NaN.
	if (Number.isNaN(local.getTime())) throw new RangeError(`Invalid time value: ${at}`);
	return Math.round(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / DAY_MS);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
		formatters.set(timeZone, f);
	}
	return f;
}

/** The local calendar day of `at` in `timeZone`, as days since 1970-01-01. */
export function dayNumber(at: number, timeZone: string): number {
	if (timeZone === DEVICE_ZONE) return deviceDay(at);
	// en-CA formats as YYYY-MM-DD.
	const [y, m, d] = formatter(timeZone).format(at).split('-').map(Number);
	return Math.round(Date.UTC(y!, m! - 1, d!) / DAY_MS);
}

/** "2026-03-09" for a day number. */
export function dayKey(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of "2026-03-09"; null when the text is not a real date. */
export function parseDayKey(key: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
	if (!m) return null;
	const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return dayKey(ms / DAY_MS) === key ? ms / DAY_MS : null;
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: number): number {
	return (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * `dayNumber` for many instants (a year of heavy use is ~70,000 reviews and answers), with one Intl call
 * per hour rather than per instant. Every zone's offset is a multiple of 15 minutes, so an hour whose
 * first and last minute fall on the same local day lies wholly in it; the rare hour that holds local
 * midnight is resolved per quarter-hour, which never straddles it.
 */
export function dayResolver(timeZone: string): (at: number) => number {
	const hours = new Map<number, number>();
	const quarters = new Map<number, number>();
	const SPLIT = -1e9;
	return (at) => {
		const h = Math.floor(at / 3_600_000);
		let d = hours.get(h);
		if (d === undefined) {
			const first = dayNumber(h * 3_600_000, timeZone);
			d = first === dayNumber(h * 3_600_000 + 3_599_999, timeZone) ? first : SPLIT;
			hours.set(h, d);
		}
		if (d !== SPLIT) return d;
		const q = Math.floor(at / 900_000);
		let dq = quarters.get(q);
		if (dq === undefined) quarters.set(q, (dq = dayNumber(q * 900_000, timeZone)));
		return dq;
	};
}

/** Milliseconds to add to UTC to get the wall-clock time in `timeZone` at instant `at`. */
function offsetAt(at: number, timeZone: string): number {
	if (timeZone === DEVICE_ZONE) return -new Date(at).getTimezoneOffset() * 60_000;
	const part: Record<string, number> = {};
	for (const p of wallClock(timeZone).formatToParts(at))
		if (p.type !== 'literal') part[p.type] = Number(p.value);
	const wall = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour! % 24, part.minute!, part.second!);
	return wall - Math.floor(at / 1000) * 1000;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();
function wallClock(timeZone: string): Intl.DateTimeFormat {
	let f = wallClocks.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		wallClocks.set(timeZone, f);
	}
	return f;
}

/**
 * The first instant of the local calendar day that contains `at`. The zone's offset at midnight, not at
 * `at`, decides it: on the day clocks change, "now minus now's offset" is an hour off.
 */
export function startOfDay(at: number, timeZone: string): number {
	const midnightAsUtc = dayNumber(at, timeZone) * DAY_MS;
	// Two rounds find the offset in force at midnight itself even when it differs from the offset at `at`.
	let start = midnightAsUtc - offsetAt(at, timeZone);
	start = midnightAsUtc - offsetAt(start, timeZone);
	// Where midnight does not exist (a zone that springs forward at 00:00), the day starts at the gap's end.
	while (dayNumber(start, timeZone) < dayNumber(at, timeZone)) start += 15 * 60_000;
	return start;
}

/** The first instant of local day number `day`. */
export function startOfDayNumber(day: number, timeZone: string): number {
	return startOfDay(day * DAY_MS + 12 * 3_600_000, timeZone);
}
