/** Rhythms from the ventricles (wide QRS, no P): VT, polymorphic VT, VF, idioventricular rhythms, asystole. */
import type { Rng } from '../random';
import type { Builder, BuildContext } from './build-context';
import {
	addBeat,
	emptyPlan,
	fitMeanInterval,
	insideRate,
	intervalsInside,
	jitter,
	march,
	normalish,
	pick,
	uniform,
	type Overlay
} from './plan';
import type { Range } from './types';

export const WIDE_WIDTH: Range = { min: 0.13, max: 0.16 };

function ventricularPlan(ctx: BuildContext, typical: Range) {
	const rate = ctx.rate(typical);
	const width = uniform(ctx.rng, WIDE_WIDTH);
	const shape = pick(ctx.rng, ['wide-up', 'wide-down'] as const);
	const plan = emptyPlan();
	for (const onset of march(ctx.rng, () => 60 / rate + jitter(ctx.rng, 0.003)))
		addBeat(plan, { onset, shape, width, origin: 'ventricular' });
	plan.stated = { rateBpm: rate, atrialRateBpm: null, conduction: null };
	return plan;
}

// Drawn at 120–160/min unless asked: faster, QRS and T merge into a sine wave with no isoelectric point to measure from.
export const vtMonomorphic: Builder = (ctx) => ventricularPlan(ctx, { min: 120, max: 160 });
export const idioventricular: Builder = (ctx) => ventricularPlan(ctx, { min: 25, max: 38 });
export const acceleratedIdioventricular: Builder = (ctx) => ventricularPlan(ctx, { min: 50, max: 95 });

/**
 * Torsades de pointes: the QRS axis turns round and round, so complexes come in spindles of 5–8 beats that grow
 * and shrink to a waist (never to nothing: a reader still counts them there), each spindle the opposite polarity
 * of the last. R-R varies ±20 % (redrawn until it clearly does), at 200–250/min.
 */
export const vtPolymorphic: Builder = (ctx) => {
	const { rng } = ctx;
	const rate = ctx.rate({ min: 200, max: 250 });
	const mean = 60 / rate;
	let polarity = rng() < 0.5 ? 1 : -1;
	const startShare = rng();
	// Large: the waist's complexes must stay clear of the baseline for a reader to count them.
	const size = uniform(rng, { min: 1.5, max: 1.9 });
	const width = uniform(rng, { min: 0.13, max: 0.15 });
	let onsets: number[] = [];
	for (let attempt = 0; attempt < 30; attempt++) {
		// Over 0.21 s apart: closer, complexes and T waves fuse into one and no longer count as two beats.
		const raw = march(rng, () => Math.max(0.21, mean * uniform(rng, { min: 0.8, max: 1.2 })));
		onsets = fitMeanInterval(raw, mean, ctx.durationS);
		if (variation(intervalsInside(onsets, ctx.durationS)) >= 0.1) break;
	}
	const plan = emptyPlan();
	let spindle = Math.floor(uniform(rng, SPINDLE_BEATS));
	let k = Math.floor(startShare * spindle);
	for (const onset of onsets) {
		// Smallest at the spindle's end; the next spindle starts a little bigger, as it must stand out from the
		// last one's T wave, which points its way.
		const swell = Math.sin((Math.PI * (k + 1)) / (spindle + 0.5));
		const gain = size * polarity * (WAIST + (1 - WAIST) * swell);
		addBeat(plan, { onset, shape: 'wide-up', width, origin: 'ventricular', gain });
		if (++k < spindle) continue;
		k = 0;
		polarity = -polarity;
		spindle = Math.floor(uniform(rng, SPINDLE_BEATS));
	}
	plan.stated = { rateBpm: insideRate(onsets, ctx.durationS), atrialRateBpm: null, conduction: null };
	return plan;
};

/** Coefficient of variation: 0 for a metronome, about 0.12 for ±20 % uniform R-R. */
function variation(xs: readonly number[]): number {
	const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
	return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length)) / mean;
}

/** Beats per torsades spindle (upper bound exclusive), and its waist's size as a share of its widest beat. */
const SPINDLE_BEATS = { min: 5, max: 9 };
const WAIST = 0.25;

/** Sum of incommensurate 3.5–8 Hz waves with a wandering envelope: chaotic, never returning to a baseline. */
function fibrillation(rng: Rng, peakToPeak: number): Overlay {
	const parts = Array.from({ length: 7 }, () => ({
		f: uniform(rng, { min: 3.5, max: 8 }),
		a: uniform(rng, { min: 0.4, max: 1 }),
		phase: rng() * 2 * Math.PI
	}));
	const env = Array.from({ length: 2 }, () => ({
		f: uniform(rng, { min: 0.2, max: 0.7 }),
		phase: rng() * 6.28
	}));
	const raw = (t: number) =>
		(0.75 + 0.1 * env.reduce((s, e) => s + Math.sin(2 * Math.PI * e.f * t + e.phase), 0)) *
		parts.reduce((s, p) => s + p.a * Math.sin(2 * Math.PI * p.f * t + p.phase), 0);
	return {
		cardiac: true,
		draw: (out, fs) => {
			const values = Array.from(out, (_, i) => raw(i / fs));
			const sorted = [...values].sort((a, b) => a - b);
			const lo = sorted[Math.floor(sorted.length * 0.02)] ?? -1;
			const hi = sorted[Math.floor(sorted.length * 0.98)] ?? 1;
			const k = peakToPeak / (hi - lo);
			values.forEach((v, i) => (out[i] = (out[i] ?? 0) + k * v));
		}
	};
}

function vfPlan(ctx: BuildContext, peakToPeak: Range) {
	const plan = emptyPlan();
	plan.overlays.push(fibrillation(ctx.rng, uniform(ctx.rng, peakToPeak)));
	return plan;
}

/** Coarse VF waves exceed 3 mm (0.3 mV); fine VF stays under it. */
export const vfCoarse: Builder = (ctx) => vfPlan(ctx, { min: 0.5, max: 1.2 });
export const vfFine: Builder = (ctx) => vfPlan(ctx, { min: 0.15, max: 0.25 });

/** Flat line with a slight slow drift. */
export const asystole: Builder = (ctx) => {
	const { rng } = ctx;
	const a = uniform(rng, { min: 0.02, max: 0.06 });
	const f = uniform(rng, { min: 0.08, max: 0.25 });
	const phase = rng() * 6.28;
	const offset = 0.02 * normalish(rng);
	const plan = emptyPlan();
	plan.overlays.push({
		cardiac: false,
		draw: (out, fs) => {
			for (let i = 0; i < out.length; i++)
				out[i] = (out[i] ?? 0) + offset + a * Math.sin(2 * Math.PI * f * (i / fs) + phase);
		}
	});
	return plan;
};
