/**
 * Calendar days in the student's time zone, daily activity counts and the study streak. A "day" is an
 * integer (days since 1970-01-01 of the local calendar date), so DST changes never split or merge days.
 */

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
	// en-CA formats as YYYY-MM-DD.
	const [y, m, d] = formatter(timeZone).format(at).split('-').map(Number);
	return Math.round(Date.UTC(y!, m! - 1, d!) / 86_400_000);
}

/** "2026-03-09" for a day number. */
export function dayKey(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The day number of "2026-03-09"; null when the text is not a real date. */
export function parseDayKey(key: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
	if (!m) return null;
	const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return dayKey(ms / 86_400_000) === key ? ms / 86_400_000 : null;
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: number): number {
	return (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** How many cards and questions were done on each local day. */
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

export function countByDay(timestamps: Iterable<number>, timeZone: string): Map<number, number> {
	const counts = new Map<number, number>();
	const dayOf = dayResolver(timeZone);
	for (const at of timestamps) {
		const d = dayOf(at);
		counts.set(d, (counts.get(d) ?? 0) + 1);
	}
	return counts;
}

export interface Streak {
	/** Consecutive days, up to today, on which the goal was met. Today counts once met; until then an
	 * unmet today does not break the streak (the student still has time). */
	current: number;
	longest: number;
	/** Done today, and the goal. */
	today: number;
	goal: number;
}

export function streak(counts: ReadonlyMap<number, number>, today: number, goal: number): Streak {
	const met = (d: number) => (counts.get(d) ?? 0) >= Math.max(1, goal);
	let current = 0;
	let d = met(today) ? today : today - 1;
	while (met(d)) {
		current++;
		d--;
	}
	let longest = 0;
	let run = 0;
	let prev: number | null = null;
	for (const day of [...counts.keys()].filter(met).sort((a, b) => a - b)) {
		run = prev !== null && day === prev + 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
		prev = day;
	}
	return { current, longest, today: counts.get(today) ?? 0, goal };
}
