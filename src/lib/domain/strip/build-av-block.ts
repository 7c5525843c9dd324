/** Second- and third-degree AV block: regular sinus P waves, some or all of which do not reach the ventricles. */
import type { Rng } from '../random';
import type { Builder, BuildContext } from './build-context';
import { NARROW_WIDTH } from './build-sinus';
import { WIDE_WIDTH } from './build-ventricular';
import {
	addBeat,
	addConducted,
	addP,
	emptyPlan,
	march,
	pick,
	spread,
	uniform,
	PLAN_END,
	PLAN_START,
	type Plan
} from './plan';
import type { ConductionRatio } from './types';

/** P waves per group (conducted + the one dropped): 4:3 means groups of 4 P waves, 3 conducted. */
function groupSizes(rng: Rng, ratio: ConductionRatio, count: number): number[] {
	if (ratio === 'variable') {
		const sizes = Array.from({ length: count }, () => pick(rng, [3, 4, 5]));
		// Variable means variable: make the first two groups differ so any window shows it.
		if (sizes[0] === sizes[1]) sizes[1] = sizes[0] === 3 ? 4 : 3;
		return sizes;
	}
	return Array.from({ length: count }, () => Number(ratio.split(':')[0]));
}

/**
 * Lays out regular P waves so a dropped one falls 2.5–4.5 s into the strip (with conducted beats before it to
 * compare), then calls `conduct(p, indexInGroup)` for each conducted P.
 */
function groupedBlock(
	ctx: BuildContext,
	typicalAtrial: { min: number; max: number },
	conduct: (plan: Plan, pOnset: number, indexInGroup: number) => void
): Plan {
	const { rng } = ctx;
	const atrial = ctx.atrialRate(typicalAtrial);
	const conduction = ctx.conduction();
	const pp = 60 / atrial;
	const roles: number[] = []; // index in group, or -1 for the dropped P
	for (const size of groupSizes(rng, conduction, 20)) {
		for (let i = 0; i < size - 1; i++) roles.push(i);
		roles.push(-1);
	}
	const drops = roles.flatMap((r, i) => (r === -1 && i * pp > 2.5 - PLAN_START ? [i] : []));
	const anchor = drops[0] ?? 0;
	const tDrop = uniform(rng, { min: 2.5, max: 4.5 });
	const plan = emptyPlan();
	roles.forEach((role, i) => {
		const p = tDrop + (i - anchor) * pp;
		if (p < PLAN_START || p > PLAN_END) return;
		if (role === -1) addP(plan, p, 'sinus', false);
		else conduct(plan, p, role);
	});
	// The ventricular rate is the atrial rate times the share of P waves conducted inside this strip.
	const inside = plan.ps.filter((p) => p.onset >= 0 && p.onset < ctx.durationS);
	const share = inside.filter((p) => p.conducted).length / Math.max(1, inside.length);
	plan.stated = { rateBpm: Math.round(atrial * share), atrialRateBpm: atrial, conduction };
	return plan;
}

/**
 * Wenckebach: PR grows by shrinking steps (largest on the second beat), so R-R shortens through the group,
 * until a P is dropped; the next PR is back to the shortest.
 */
export const wenckebach: Builder = (ctx) => {
	const { rng } = ctx;
	const firstPr = uniform(rng, { min: 0.16, max: 0.21 });
	const step = uniform(rng, { min: 0.08, max: 0.12 });
	const width = uniform(rng, NARROW_WIDTH);
	return groupedBlock(ctx, { min: 56, max: 75 }, (plan, p, i) =>
		addConducted(plan, p, firstPr + (i === 0 ? 0 : step * (2 - 2 ** (1 - i))), width)
	);
};

/** Mobitz II: the same PR every conducted beat, then a P with no QRS and no warning. */
export const mobitzTwo: Builder = (ctx) => {
	const pr = uniform(ctx.rng, { min: 0.14, max: 0.19 });
	const width = uniform(ctx.rng, NARROW_WIDTH);
	return groupedBlock(ctx, { min: 60, max: 85 }, (plan, p) => addConducted(plan, p, pr, width));
};

/**
 * Complete block: atria and ventricles each regular at their own rate. The ventricular cycle is kept a
 * non-whole multiple of the P-P, and phases redrawn, so the "PR" visibly wanders (else it would mimic 2:1 block).
 */
export const completeBlock: Builder = (ctx) => {
	const { rng, request } = ctx;
	const ventricularEscape = request.rateBpm !== undefined ? request.rateBpm <= 40 : rng() < 0.5;
	let atrial = ctx.atrialRate({ min: 65, max: 95 });
	const rate = ctx.rate(ventricularEscape ? { min: 28, max: 40 } : { min: 40, max: 55 });
	for (let i = 0; i < 40 && request.atrialRateBpm === undefined; i++) {
		const ratio = 60 / rate / (60 / atrial);
		const frac = ratio - Math.floor(ratio);
		if (frac > 0.2 && frac < 0.8) break;
		atrial = Math.round(uniform(rng, { min: 65, max: 95 }));
	}
	const width = ventricularEscape ? uniform(rng, WIDE_WIDTH) : uniform(rng, NARROW_WIDTH);
	const shape = ventricularEscape ? pick(rng, ['wide-up', 'wide-down'] as const) : 'narrow';
	let ps: number[] = [];
	let qrs: number[] = [];
	for (let attempt = 0; attempt < 30; attempt++) {
		ps = march(rng, () => 60 / atrial);
		qrs = march(rng, () => 60 / rate);
		const apparentPr = qrs
			.filter((q) => q >= 0 && q < ctx.durationS)
			.map((q) => q - Math.max(...ps.filter((p) => p <= q)));
		if (spread(apparentPr) >= 0.12) break;
	}
	const plan = emptyPlan();
	for (const p of ps) addP(plan, p, 'sinus', false);
	for (const onset of qrs)
		addBeat(plan, { onset, shape, width, origin: ventricularEscape ? 'ventricular' : 'junctional' });
	plan.stated = { rateBpm: rate, atrialRateBpm: atrial, conduction: null };
	return plan;
};
