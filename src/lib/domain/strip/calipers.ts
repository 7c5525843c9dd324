/**
 * Caliper arithmetic for a rhythm strip: two marker times become an interval in seconds and small boxes
 * (standard paper: 25 mm/s, 1 mm small box = 0.04 s, 5 mm large box = 0.20 s).
 */

export const SMALL_BOX_S = 0.04;
export const LARGE_BOX_S = 0.2;

export interface CaliperReading {
	readonly seconds: number;
	readonly smallBoxes: number;
	/** 60 ÷ interval: the rate if the markers span one R-R (1500 ÷ small boxes). Null for a zero interval. */
	readonly rateBpm: number | null;
	readonly text: string;
}

/** Rounds away binary noise (0.1 + 0.2) so 21 boxes read as 21, not 20.999999. */
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * One rounding, to the 0.01 s shown: the small boxes (a quarter box per 0.01 s) and the rate are worked from
 * that rounded interval, so "0.20 s" always sits beside "5 small boxes", never beside the raw 4.9.
 */
export function caliperReading(a: number, b: number): CaliperReading {
	const seconds = Math.round(tidy(Math.abs(b - a)) * 100) / 100;
	const smallBoxes = tidy(seconds / SMALL_BOX_S);
	const rateBpm = seconds > 0 ? Math.round(60 / seconds) : null;
	const boxes = String(smallBoxes);
	const rate = rateBpm === null ? '' : ` (as an R-R: ${rateBpm}/min)`;
	return {
		seconds,
		smallBoxes,
		rateBpm,
		text: `${seconds.toFixed(2)} s, ${boxes} small ${smallBoxes === 1 ? 'box' : 'boxes'}${rate}`
	};
}

const clampTo = (t: number, durationS: number) => Math.min(Math.max(t, 0), durationS);

/** One keyboard step: a small box, or a large box with Shift; kept on the strip. */
export function nudge(t: number, direction: 1 | -1, large: boolean, durationS: number): number {
	return tidy(clampTo(t + direction * (large ? LARGE_BOX_S : SMALL_BOX_S), durationS));
}

/** The key's step direction (Left/Down back, Right/Up forward), or null for keys calipers ignore. */
export function keyDirection(key: string): 1 | -1 | null {
	if (key === 'ArrowRight' || key === 'ArrowUp') return 1;
	if (key === 'ArrowLeft' || key === 'ArrowDown') return -1;
	return null;
}

/** Time under a pointer at `x` px on a strip drawn `width` px wide from `left`. */
export function timeAtPointer(x: number, left: number, width: number, durationS: number): number {
	if (width <= 0) return 0;
	return tidy(clampTo(((x - left) / width) * durationS, durationS));
}

/** Which marker a tap at `t` should move: the nearer one (the first on a tie). */
export function nearerMarker(t: number, a: number, b: number): 0 | 1 {
	return Math.abs(t - b) < Math.abs(t - a) ? 1 : 0;
}
