/** Daily activity counts and the study streak, on the calendar days of `domain/calendar.ts`. */
import { dayResolver } from '../calendar';

/** How many cards and questions were done on each local day. */
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
