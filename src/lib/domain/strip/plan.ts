/**
 * A rhythm is first planned as timed events (P waves, beats, pacer spikes, continuous atrial or ventricular
 * activity, artifact), then drawn. Planning runs from before the strip starts to after it ends, so the strip is
 * a window onto an ongoing rhythm rather than one that starts with a beat at 0 s.
 */
import type { Rng } from '../random';
import type { ArtifactTruth, BeatOrigin, PWaveKind, PacerSpikeTruth, Range, StatedRates } from './types';
import type { QrsShape } from './waves';

export const PLAN_START = -2.5;
export const PLAN_END = 6.8;

export interface PlannedP {
	readonly onset: number;
	readonly kind: PWaveKind;
	readonly conducted: boolean;
}

export interface PlannedBeat {
	readonly onset: number;
	readonly shape: QrsShape;
	readonly width: number;
	readonly origin: BeatOrigin;
	readonly from: PlannedP | null;
	/** Scales the whole beat; negative flips it (polymorphic VT). */
	readonly gain: number;
}

/** Sample-level drawing for activity that is not a discrete beat. `cardiac` overlays take the lead's gain. */
export interface Overlay {
	readonly cardiac: boolean;
	readonly draw: (out: Float32Array, sampleRateHz: number) => void;
}

export interface Plan {
	readonly ps: PlannedP[];
	readonly beats: PlannedBeat[];
	readonly spikes: PacerSpikeTruth[];
	readonly overlays: Overlay[];
	readonly flutterWaves: number[];
	fibrillatoryBaseline: boolean;
	readonly artifacts: ArtifactTruth[];
	stated: StatedRates;
}

export function emptyPlan(): Plan {
	return {
		ps: [],
		beats: [],
		spikes: [],
		overlays: [],
		flutterWaves: [],
		fibrillatoryBaseline: false,
		artifacts: [],
		stated: { rateBpm: null, atrialRateBpm: null, conduction: null }
	};
}

export function addP(plan: Plan, onset: number, kind: PWaveKind, conducted: boolean): PlannedP {
	const p: PlannedP = { onset, kind, conducted };
	plan.ps.push(p);
	return p;
}

export function addBeat(
	plan: Plan,
	beat: Omit<PlannedBeat, 'gain' | 'from'> & Partial<Pick<PlannedBeat, 'gain' | 'from'>>
): void {
	plan.beats.push({ gain: 1, from: null, ...beat });
}

/** A P wave and the narrow QRS it conducts to, `pr` seconds later. */
export function addConducted(
	plan: Plan,
	pOnset: number,
	pr: number,
	width: number,
	kind: PWaveKind = 'sinus'
): void {
	const p = addP(plan, pOnset, kind, true);
	// An atrial-paced P conducts like any atrial impulse; 'paced' origin is reserved for ventricular pacing.
	const origin: BeatOrigin = kind === 'sinus' ? 'sinus' : 'atrial';
	addBeat(plan, { onset: pOnset + pr, shape: 'narrow', width, origin, from: p });
}

export function uniform(rng: Rng, r: Range): number {
	return r.min + (r.max - r.min) * rng();
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
	const item = items[Math.floor(rng() * items.length)];
	if (item === undefined) throw new RangeError('pick from an empty list');
	return item;
}

/** Roughly standard-normal (sum of three uniforms): cheap, bounded, deterministic. */
export function normalish(rng: Rng): number {
	return (rng() + rng() + rng() - 1.5) * 2;
}

/** Beat-to-beat variation of a regular rhythm: small and bounded, so "regular" stays regular. */
export function jitter(rng: Rng, sd = 0.005): number {
	return Math.max(-0.012, Math.min(0.012, sd * normalish(rng)));
}

/** Onsets every `interval(t)` seconds from a random phase, covering the whole plan. */
export function march(rng: Rng, interval: (t: number) => number): number[] {
	const times: number[] = [];
	let t = PLAN_START + rng() * interval(PLAN_START);
	while (t < PLAN_END) {
		times.push(t);
		t += interval(t);
	}
	return times;
}

/**
 * Rescales times about 0 s so the intervals seen inside the strip average `targetInterval`: an irregular
 * rhythm's stated rate is then the rate a student measures from this strip.
 */
export function fitMeanInterval(
	times: readonly number[],
	targetInterval: number,
	durationS: number
): number[] {
	let out = [...times];
	for (let pass = 0; pass < 12; pass++) {
		const inside = intervalsInside(out, durationS);
		if (inside.length === 0) return out;
		const k = targetInterval / (inside.reduce((a, b) => a + b, 0) / inside.length);
		if (Math.abs(k - 1) < 1e-6) break;
		out = out.map((t) => t * k);
	}
	return out;
}

/** The rate a student would measure from the intervals inside the strip, to the nearest beat per minute. */
export function insideRate(times: readonly number[], durationS: number): number {
	const rr = intervalsInside(times, durationS);
	return Math.round(60 / (rr.reduce((a, b) => a + b, 0) / Math.max(1, rr.length)));
}

export function intervalsInside(times: readonly number[], durationS: number): number[] {
	const inside = times.filter((t) => t >= 0 && t < durationS);
	return inside.slice(1).map((t, i) => t - (inside[i] ?? t));
}

export function spread(xs: readonly number[]): number {
	return xs.length === 0 ? 0 : Math.max(...xs) - Math.min(...xs);
}
