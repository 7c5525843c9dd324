/** Exam clock arithmetic. Time is measured against the stored start, so reloads and closed tabs don't pause it. */

export const WARNINGS_MS = [10 * 60_000, 60_000] as const;

export function remainingMs(startedAt: number, timeLimitMs: number, now: number): number {
	return Math.max(0, startedAt + timeLimitMs - now);
}

/** Warnings crossed between two readings of the clock (e.g. from 10:01 left to 9:59 left: the 10-minute one). */
export function warningsCrossed(previousRemaining: number, remaining: number): number[] {
	return WARNINGS_MS.filter((w) => previousRemaining > w && remaining <= w && remaining > 0);
}

/** "1:05:09" or "9:05". */
export function formatClock(ms: number): string {
	const total = Math.ceil(ms / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const mm = h ? String(m).padStart(2, '0') : String(m);
	return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** "1 h 12 min" / "7 min" / "45 s", for reports. */
export function formatDuration(ms: number): string {
	const s = Math.round(ms / 1000);
	if (s < 60) return `${s} s`;
	const min = Math.round(s / 60);
	return min >= 60 ? `${Math.floor(min / 60)} h ${min % 60} min` : `${min} min`;
}
