/** Rhythms from the ventricles (wide QRS, no P): VT, polymorphic VT, VF, idioventricular rhythms, asystole. */
import type { Rng } from '../random';
import type { Builder, BuildContext } from './build-context';
import {
	addBeat,
	emptyPlan,
	fitMeanInterval,
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
 * Torsades de pointes: complexes whose size follows a slow cosine, so they shrink through the baseline and
 * re-grow with the opposite polarity (the "twisting of the points"), at a slightly irregular 200–250/min.
 */
export const vtPolymorphic: Builder = (ctx) => {
	const { rng } = ctx;
	const rate = ctx.rate({ min: 200, max: 250 });
	const mean = 60 / rate;
	const twist = uniform(rng, { min: 1.6, max: 2.6 });
	const phase = rng() * 2 * Math.PI;
	const size = uniform(rng, { min: 1.0, max: 1.4 });
	const width = uniform(rng, { min: 0.13, max: 0.15 });
	const raw = march(rng, () => mean * uniform(rng, { min: 0.92, max: 1.08 }));
	const plan = emptyPlan();
	for (const onset of fitMeanInterval(raw, mean, ctx.durationS)) {
		const gain = size * Math.cos((2 * Math.PI * onset) / twist + phase);
		addBeat(plan, { onset, shape: 'wide-up', width, origin: 'ventricular', gain });
	}
	plan.stated = { rateBpm: rate, atrialRateBpm: null, conduction: null };
	return plan;
};

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
