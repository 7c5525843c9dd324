/** Rhythms from the atria above the AV node with no sinus P waves: flutter, fibrillation, SVT, junctional. */
import type { Rng } from '../random';
import type { Builder, BuildContext } from './build-context';
import { NARROW_WIDTH } from './build-sinus';
import { addJunctionalBeat, type RetrogradePosition } from './build-ectopy';
import {
	addBeat,
	emptyPlan,
	fitMeanInterval,
	intervalsInside,
	jitter,
	march,
	pick,
	spread,
	uniform,
	PLAN_END,
	PLAN_START
} from './plan';
import type { ConductionRatio } from './types';

/**
 * Lead II flutter waves: a sawtooth that falls slowly and rises sharply, built from its first four Fourier
 * harmonics (Σ sin(kx)/k is a falling ramp with a jump), tapered so it stays smooth. Scaled to `peakToPeak` mV.
 */
function flutterWave(rateBpm: number, firstWave: number, peakToPeak: number): (t: number) => number {
	const f = rateBpm / 60;
	const unit = (x: number) =>
		Math.sin(x) + (0.85 * Math.sin(2 * x)) / 2 + (0.6 * Math.sin(3 * x)) / 3 + (0.35 * Math.sin(4 * x)) / 4;
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < 200; i++) {
		const v = unit((2 * Math.PI * i) / 200);
		lo = Math.min(lo, v);
		hi = Math.max(hi, v);
	}
	const k = peakToPeak / (hi - lo);
	return (t) => k * unit(2 * Math.PI * f * (t - firstWave));
}

function conductionSequence(rng: Rng, ratio: ConductionRatio, count: number): number[] {
	if (ratio === 'variable') return Array.from({ length: count }, () => pick(rng, [2, 3, 4]));
	return Array.from({ length: count }, () => Number(ratio.split(':')[0]));
}

export const atrialFlutter: Builder = (ctx) => {
	const { rng } = ctx;
	const atrial = ctx.atrialRate({ min: 270, max: 330 });
	const conduction = ctx.conduction();
	const tf = 60 / atrial;
	const first = PLAN_START + rng() * tf;
	const fr = uniform(rng, { min: 0.22, max: 0.27 });
	const width = uniform(rng, NARROW_WIDTH);
	const plan = emptyPlan();
	const waveCount = Math.ceil((PLAN_END - first) / tf);
	for (let k = 0; k < waveCount; k++) {
		const t = first + k * tf;
		if (t >= 0 && t < ctx.durationS) plan.flutterWaves.push(t);
	}
	// Variable conduction must visibly vary inside the strip: redraw until two ratios appear among the beats.
	let ratios = conductionSequence(rng, conduction, 40);
	let beats: number[] = [];
	for (let attempt = 0; attempt < 30; attempt++) {
		beats = [];
		let k = Math.floor(rng() * 4);
		for (let i = 0; k < waveCount; i++) {
			beats.push(first + k * tf + fr);
			k += ratios[i] ?? 2;
		}
		if (conduction !== 'variable' || spread(intervalsInside(beats, ctx.durationS)) > 0.16) break;
		ratios = conductionSequence(rng, conduction, 40);
	}
	for (const onset of beats) addBeat(plan, { onset, shape: 'narrow', width, origin: 'atrial' });
	const draw = flutterWave(atrial, first, uniform(rng, { min: 0.25, max: 0.35 }));
	plan.overlays.push({
		cardiac: true,
		draw: (out, fs) => {
			for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + draw(i / fs);
		}
	});
	const rr = intervalsInside(beats, ctx.durationS);
	const meanRr = rr.reduce((a, b) => a + b, 0) / Math.max(1, rr.length);
	const rate = conduction === 'variable' ? 60 / meanRr : atrial / Number(conduction.split(':')[0]);
	plan.stated = { rateBpm: Math.round(rate), atrialRateBpm: atrial, conduction };
	return plan;
};

/** Fibrillatory baseline: several incommensurate 6–9.5 Hz waves (360–570/min) with a slowly changing size. */
function fibrillatoryWaves(rng: Rng, peakToPeak: number): (t: number) => number {
	const parts = Array.from({ length: 6 }, () => ({
		f: uniform(rng, { min: 6, max: 9.5 }),
		a: uniform(rng, { min: 0.5, max: 1 }),
		phase: rng() * 2 * Math.PI
	}));
	const slow = uniform(rng, { min: 0.2, max: 0.5 });
	const total = parts.reduce((s, p) => s + p.a, 0);
	const k = peakToPeak / total;
	return (t) =>
		k *
		(0.75 + 0.25 * Math.sin(2 * Math.PI * slow * t)) *
		parts.reduce((s, p) => s + p.a * Math.sin(2 * Math.PI * p.f * t + p.phase), 0);
}

/** Irregularly irregular: each R-R independent, ±35 %, redrawn until the 6 s spread is clearly irregular. */
function atrialFibrillation(ctx: BuildContext, typical: { min: number; max: number }) {
	const { rng } = ctx;
	const rate = ctx.rate(typical);
	const mean = 60 / rate;
	let beats: number[] = [];
	for (let attempt = 0; attempt < 30; attempt++) {
		const raw = march(rng, () => Math.max(0.3, mean * uniform(rng, { min: 0.65, max: 1.35 })));
		beats = fitMeanInterval(raw, mean, ctx.durationS);
		if (spread(intervalsInside(beats, ctx.durationS)) >= 0.16) break;
	}
	const width = uniform(rng, NARROW_WIDTH);
	const plan = emptyPlan();
	for (const onset of beats) addBeat(plan, { onset, shape: 'narrow', width, origin: 'atrial' });
	const draw = fibrillatoryWaves(rng, uniform(rng, { min: 0.06, max: 0.11 }));
	plan.fibrillatoryBaseline = true;
	plan.overlays.push({
		cardiac: true,
		draw: (out, fs) => {
			for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + draw(i / fs);
		}
	});
	plan.stated = { rateBpm: rate, atrialRateBpm: null, conduction: null };
	return plan;
}

export const afibControlled: Builder = (ctx) => atrialFibrillation(ctx, { min: 62, max: 90 });
export const afibRapid: Builder = (ctx) => atrialFibrillation(ctx, { min: 115, max: 160 });

/** Re-entry tachycardia with the P waves buried in the QRS, so none are drawn. */
export const svt: Builder = (ctx) => {
	const rate = ctx.rate({ min: 160, max: 230 });
	const width = uniform(ctx.rng, NARROW_WIDTH);
	const plan = emptyPlan();
	for (const onset of march(ctx.rng, () => 60 / rate + jitter(ctx.rng, 0.002)))
		addBeat(plan, { onset, shape: 'narrow', width, origin: 'supraventricular' });
	plan.stated = { rateBpm: rate, atrialRateBpm: null, conduction: null };
	return plan;
};

function junctionalPlan(ctx: BuildContext, typical: { min: number; max: number }) {
	const { rng } = ctx;
	const rate = ctx.rate(typical);
	const width = uniform(rng, NARROW_WIDTH);
	const where: RetrogradePosition = pick(rng, ['before', 'after', 'hidden'] as const);
	const gap =
		where === 'before' ? uniform(rng, { min: 0.08, max: 0.1 }) : uniform(rng, { min: 0.03, max: 0.06 });
	const plan = emptyPlan();
	for (const onset of march(rng, () => 60 / rate + jitter(rng)))
		addJunctionalBeat(plan, onset, width, where, gap);
	plan.stated = { rateBpm: rate, atrialRateBpm: null, conduction: null };
	return plan;
}

export const junctional: Builder = (ctx) => junctionalPlan(ctx, { min: 42, max: 58 });
export const acceleratedJunctional: Builder = (ctx) => junctionalPlan(ctx, { min: 66, max: 95 });
export const junctionalTachycardia: Builder = (ctx) => junctionalPlan(ctx, { min: 106, max: 150 });
