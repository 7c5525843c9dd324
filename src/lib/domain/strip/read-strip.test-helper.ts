/**
 * What a student measures on a strip, computed from the traced signal only: rates by the two textbook
 * methods, R-R intervals, QRS widths and PR intervals.
 */
import { traceStrip, type DetectedBeat, type Tracing } from './detect-beats.test-helper';
import { pBefore, type DetectedP } from './detect-waves.test-helper';
import type { Strip } from './types';

export interface Reading {
	readonly tracing: Tracing;
	readonly beats: readonly DetectedBeat[];
	readonly rr: readonly number[];
	/** QRS complexes in the 6 s strip × 10. */
	readonly sixSecondRate: number;
	/** 1500 ÷ small boxes (0.04 s) in the mean R-R. */
	readonly smallBoxRate: number | null;
	/** Beats not clipped by the strip edges, with both QRS ends found. */
	readonly measurable: readonly { beat: DetectedBeat; index: number; width: number; p: DetectedP | null }[];
}

export function readStrip(strip: Strip): Reading {
	const tracing = traceStrip(strip.samples, strip.sampleRateHz);
	const beats = tracing.beats;
	const rr = beats.slice(1).map((b, i) => b.peak - (beats[i]?.peak ?? 0));
	const meanRr = rr.length ? rr.reduce((a, b) => a + b, 0) / rr.length : null;
	const measurable = beats.flatMap((beat, index) => {
		if (beat.onset === null || beat.offset === null) return [];
		if (beat.peak < 0.2 || beat.peak > strip.durationS - 0.2) return [];
		const p = index > 0 || beat.onset > 0.5 ? pBefore(tracing, index) : null;
		return [{ beat, index, width: beat.offset - beat.onset, p }];
	});
	return {
		tracing,
		beats,
		rr,
		sixSecondRate: beats.length * 10,
		smallBoxRate: meanRr === null ? null : 1500 / (meanRr / 0.04),
		measurable
	};
}

export const spreadOf = (xs: readonly number[]): number =>
	xs.length ? Math.max(...xs) - Math.min(...xs) : 0;
export const medianOf = (xs: readonly number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] ?? NaN;
};
