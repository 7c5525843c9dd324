/** Rhythms driven by the sinus node: NSR, bradycardia, tachycardia, sinus arrhythmia, sinus arrest, first-degree block. */
import type { Builder, BuildContext } from './build-context';
import { addConducted, emptyPlan, fitMeanInterval, jitter, march, pick, uniform, type Plan } from './plan';
import type { Range } from './types';

export const NARROW_WIDTH: Range = { min: 0.07, max: 0.09 };
export const SINUS_PR: Range = { min: 0.15, max: 0.19 };

/** A regular sinus train at `rate` with constant PR: the base of several other rhythms. */
export function sinusPlan(ctx: BuildContext, rate: number, pr: number): Plan {
	const plan = emptyPlan();
	const cycle = 60 / rate;
	const width = uniform(ctx.rng, NARROW_WIDTH);
	for (const t of march(ctx.rng, () => cycle + jitter(ctx.rng))) addConducted(plan, t, pr, width);
	plan.stated = { rateBpm: rate, atrialRateBpm: rate, conduction: null };
	return plan;
}

export const nsr: Builder = (ctx) =>
	sinusPlan(ctx, ctx.rate({ min: 62, max: 98 }), uniform(ctx.rng, SINUS_PR));

export const sinusBradycardia: Builder = (ctx) =>
	sinusPlan(ctx, ctx.rate({ min: 42, max: 57 }), uniform(ctx.rng, SINUS_PR));

export const sinusTachycardia: Builder = (ctx) =>
	sinusPlan(ctx, ctx.rate({ min: 106, max: 150 }), uniform(ctx.rng, { min: 0.13, max: 0.16 }));

export const firstDegreeBlock: Builder = (ctx) =>
	sinusPlan(ctx, ctx.rate({ min: 60, max: 90 }), uniform(ctx.rng, { min: 0.24, max: 0.34 }));

/**
 * Respiratory (phasic) variation: the cycle length swings sinusoidally with a 3–4.5 s breathing period, by
 * enough (≥ ±0.10 s) that the shortest and longest R-R in 6 s differ by more than 0.12 s.
 */
export const sinusArrhythmia: Builder = (ctx) => {
	const { rng } = ctx;
	const rate = ctx.rate({ min: 60, max: 85 });
	const base = 60 / rate;
	const depth = Math.max(0.12, 0.1 / base);
	const breath = uniform(rng, { min: 3, max: 4.5 });
	const phase = rng() * 2 * Math.PI;
	const raw = march(rng, (t) => base * (1 + depth * Math.sin((2 * Math.PI * t) / breath + phase)));
	const pr = uniform(rng, SINUS_PR);
	const width = uniform(rng, { min: 0.07, max: 0.09 });
	const plan = emptyPlan();
	for (const t of fitMeanInterval(raw, base, ctx.durationS)) addConducted(plan, t, pr, width);
	plan.stated = { rateBpm: rate, atrialRateBpm: rate, conduction: null };
	return plan;
};

/**
 * One pause in the middle of the strip with no P wave, deliberately not a whole multiple of the P-P interval
 * (a whole multiple would be sinus exit block, a different diagnosis).
 */
export const sinusArrest: Builder = (ctx) => {
	const { rng } = ctx;
	const rate = ctx.rate({ min: 60, max: 85 });
	const cycle = 60 / rate;
	const pr = uniform(rng, SINUS_PR);
	const width = uniform(rng, NARROW_WIDTH);
	const factor = uniform(rng, pick(rng, [{ min: 1.6, max: 1.8 } as Range, { min: 2.2, max: 2.6 }]));
	const pauseAfter = uniform(rng, { min: 0.9, max: 1.9 });
	const plan = emptyPlan();
	let t = pauseAfter - cycle * Math.ceil((pauseAfter + 2.5) / cycle);
	let paused = false;
	while (t < 6.8) {
		addConducted(plan, t, pr, width);
		const pause = !paused && t >= pauseAfter - 0.001;
		if (pause) paused = true;
		t += (pause ? factor * cycle : cycle) + jitter(rng, 0.003);
	}
	plan.stated = { rateBpm: rate, atrialRateBpm: rate, conduction: null };
	return plan;
};
