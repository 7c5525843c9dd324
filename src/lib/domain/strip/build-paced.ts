/** Pacemaker rhythms: a spike marks each paced depolarization (or, in malfunction, a spike without one). */
import type { Builder, BuildContext } from './build-context';
import { NARROW_WIDTH, SINUS_PR, sinusPlan } from './build-sinus';
import { addBeat, addConducted, addP, emptyPlan, march, uniform, type Plan } from './plan';
import type { Range } from './types';

/** Right-ventricular apical pacing spreads from the apex upward: wide and negative in II, III and aVF. */
const PACED_QRS = 'wide-down';
const PACED_WIDTH: Range = { min: 0.14, max: 0.17 };
/** Spike to the start of the paced complex. */
const CAPTURE_LATENCY = 0.006;
const TYPICAL_PACED_RATE: Range = { min: 60, max: 80 };

function pacedRate(ctx: BuildContext): number {
	return Math.round(ctx.rate(TYPICAL_PACED_RATE));
}

function ventricularPaced(plan: Plan, spike: number, width: number): void {
	plan.spikes.push({ time: spike, chamber: 'ventricular', captured: true });
	addBeat(plan, { onset: spike + CAPTURE_LATENCY, shape: PACED_QRS, width, origin: 'paced' });
}

export const pacedAtrial: Builder = (ctx) => {
	const rate = pacedRate(ctx);
	const pr = uniform(ctx.rng, SINUS_PR);
	const width = uniform(ctx.rng, NARROW_WIDTH);
	const plan = emptyPlan();
	for (const spike of march(ctx.rng, () => 60 / rate)) {
		plan.spikes.push({ time: spike, chamber: 'atrial', captured: true });
		addConducted(plan, spike + CAPTURE_LATENCY, pr - CAPTURE_LATENCY, width, 'paced');
	}
	plan.stated = { rateBpm: rate, atrialRateBpm: rate, conduction: null };
	return plan;
};

export const pacedVentricular: Builder = (ctx) => {
	const rate = pacedRate(ctx);
	const width = uniform(ctx.rng, PACED_WIDTH);
	const plan = emptyPlan();
	for (const spike of march(ctx.rng, () => 60 / rate)) ventricularPaced(plan, spike, width);
	plan.stated = { rateBpm: rate, atrialRateBpm: null, conduction: null };
	return plan;
};

export const pacedDual: Builder = (ctx) => {
	const rate = pacedRate(ctx);
	const av = uniform(ctx.rng, { min: 0.14, max: 0.19 });
	const width = uniform(ctx.rng, PACED_WIDTH);
	const plan = emptyPlan();
	for (const spike of march(ctx.rng, () => 60 / rate)) {
		plan.spikes.push({ time: spike, chamber: 'atrial', captured: true });
		// The paced P does not conduct: the pacer's ventricular spike arrives first.
		addP(plan, spike + CAPTURE_LATENCY, 'paced', false);
		ventricularPaced(plan, spike + av, width);
	}
	plan.stated = { rateBpm: rate, atrialRateBpm: rate, conduction: null };
	return plan;
};

/** Ventricular pacing where one or two spikes, mid-strip, produce no QRS (and so a pause). */
export const failureToCapture: Builder = (ctx) => {
	const rate = pacedRate(ctx);
	const width = uniform(ctx.rng, PACED_WIDTH);
	const misses = [uniform(ctx.rng, { min: 1.2, max: 2.4 })];
	if (ctx.rng() < 0.5) misses.push(uniform(ctx.rng, { min: 3.6, max: 4.6 }));
	const plan = emptyPlan();
	for (const spike of march(ctx.rng, () => 60 / rate)) {
		const miss = misses[0];
		if (miss !== undefined && spike >= miss) {
			misses.shift();
			plan.spikes.push({ time: spike, chamber: 'ventricular', captured: false });
		} else ventricularPaced(plan, spike, width);
	}
	plan.stated = { rateBpm: rate, atrialRateBpm: null, conduction: null };
	return plan;
};

/**
 * Undersensing: a demand (VVI) pacer that misses an intrinsic beat times its escape interval from the beat
 * before, so it fires 0.17–0.28 s after the missed QRS — inside the ST/T, while the ventricles are refractory —
 * and does not capture. It then senses the next beat and resets.
 */
export const failureToSense: Builder = (ctx) => {
	const plan = sinusPlan(ctx, ctx.rate({ min: 62, max: 95 }), uniform(ctx.rng, SINUS_PR));
	const cycle = 60 / (plan.stated.rateBpm ?? 70);
	const escape = cycle + uniform(ctx.rng, { min: 0.17, max: 0.28 });
	const onsets = plan.beats.map((b) => b.onset);
	const missed = onsets.flatMap((t, i) => (t > 0.8 && t < 5.2 && i > 0 ? [i] : []));
	const first = missed[Math.floor(ctx.rng() * Math.min(2, missed.length))] ?? 1;
	const chosen = ctx.rng() < 0.5 ? [first] : [first, first + 3];
	for (const i of chosen) {
		const before = onsets[i - 1];
		const next = onsets[i + 1];
		if (before === undefined || next === undefined) continue;
		const spike = before + escape;
		if (spike < next - 0.1) plan.spikes.push({ time: spike, chamber: 'ventricular', captured: false });
	}
	return plan;
};
