/** Sinus rhythm interrupted by premature beats: PACs, PJCs and the PVC patterns. */
import type { Builder, BuildContext } from './build-context';
import { NARROW_WIDTH, SINUS_PR } from './build-sinus';
import { addBeat, addConducted, addP, emptyPlan, jitter, pick, uniform, type Plan } from './plan';
import { tWaveEnd, type QrsShape } from './waves';

/** Premature beats are placed near these times so each strip shows one or two, well inside the 6 s. */
function targetTimes(ctx: BuildContext): number[] {
	const first = uniform(ctx.rng, { min: 1.3, max: 2.4 });
	return ctx.rng() < 0.5 ? [first] : [first, uniform(ctx.rng, { min: 3.8, max: 4.6 })];
}

interface Ectopic {
	/** Draws the early beat with its QRS starting at `qrsOnset`. */
	readonly draw: (plan: Plan, qrsOnset: number) => void;
}

/**
 * Supraventricular premature beats reset the sinus node, so the next sinus P comes about one cycle after the
 * early beat: the R-R around it is shorter than two cycles (noncompensatory pause).
 */
function prematureSupraventricular(
	ctx: BuildContext,
	ectopic: (cycle: number, pr: number, width: number) => Ectopic
): Plan {
	const { rng } = ctx;
	const rate = ctx.rate({ min: 60, max: 90 });
	const cycle = 60 / rate;
	const pr = uniform(rng, SINUS_PR);
	const width = uniform(rng, NARROW_WIDTH);
	const targets = targetTimes(ctx);
	const early = ectopic(cycle, pr, width);
	const plan = emptyPlan();
	let p = -2.5 + rng() * cycle;
	while (p < 6.8) {
		addConducted(plan, p, pr, width);
		const qrs = p + pr;
		const due = targets[0];
		if (due !== undefined && qrs + cycle > due) {
			targets.shift();
			const coupling = uniform(rng, { min: 0.55, max: 0.7 }) * cycle;
			early.draw(plan, qrs + coupling);
			p = qrs + coupling - pr + cycle * uniform(rng, { min: 1.0, max: 1.06 });
		} else p += cycle + jitter(rng);
	}
	plan.stated = { rateBpm: rate, atrialRateBpm: rate, conduction: null };
	return plan;
}

export const pac: Builder = (ctx) =>
	prematureSupraventricular(ctx, (_cycle, _pr, width) => {
		const pacPr = uniform(ctx.rng, { min: 0.13, max: 0.18 });
		return { draw: (plan, qrs) => addConducted(plan, qrs - pacPr, pacPr, width, 'ectopic-atrial') };
	});

export type RetrogradePosition = 'before' | 'after' | 'hidden';

/** Junctional beats activate the atria backwards: an inverted P just before (PR < 0.12 s), hidden, or just after. */
export function addJunctionalBeat(
	plan: Plan,
	qrs: number,
	width: number,
	where: RetrogradePosition,
	gap: number
): void {
	if (where === 'before') addP(plan, qrs - gap, 'retrograde', false);
	if (where === 'after') addP(plan, qrs + width + gap, 'retrograde', false);
	addBeat(plan, { onset: qrs, shape: 'narrow', width, origin: 'junctional' });
}

export const pjc: Builder = (ctx) =>
	prematureSupraventricular(ctx, (_cycle, _pr, width) => {
		const where = pick(ctx.rng, ['before', 'after', 'hidden'] as const);
		const gap =
			where === 'before'
				? uniform(ctx.rng, { min: 0.08, max: 0.1 })
				: uniform(ctx.rng, { min: 0.03, max: 0.06 });
		return { draw: (plan, qrs) => addJunctionalBeat(plan, qrs, width, where, gap) };
	});

type PvcPattern = 'unifocal' | 'multifocal' | 'bigeminy' | 'trigeminy' | 'couplet';

/**
 * The sinus node keeps firing through a PVC. A sinus P that arrives while the ventricles are still refractory
 * (its QRS would fall under 0.6 cycle after the PVC) is not conducted and is hidden in the PVC, so the next
 * conducted beat comes on the sinus schedule: a full compensatory pause.
 */
function pvcPlan(ctx: BuildContext, pattern: PvcPattern): Plan {
	const { rng } = ctx;
	const rate = ctx.rate({ min: 60, max: 85 });
	const cycle = 60 / rate;
	const pr = uniform(rng, SINUS_PR);
	const width = uniform(rng, NARROW_WIDTH);
	const pvcWidth = uniform(rng, { min: 0.13, max: 0.16 });
	const couplingShare = uniform(rng, { min: 0.55, max: 0.63 });
	const firstShape = pick(rng, ['wide-up', 'wide-down'] as const);
	const otherShape: QrsShape = firstShape === 'wide-up' ? 'wide-down' : 'wide-up';
	const targets = targetTimes(ctx);
	if (pattern === 'multifocal' && targets.length < 2) targets.push(uniform(rng, { min: 3.8, max: 4.6 }));
	// Occasional PVCs: a second one is due 4.1–5.9 cycles after the first is, so three to five sinus beats lie
	// between them (a PVC fires on the first sinus beat within a cycle of its due time). Two beats between, or
	// one, would repeat as trigeminy or bigeminy does.
	const [first, second] = targets;
	if (pattern === 'unifocal' && first !== undefined && second !== undefined)
		targets[1] = first + cycle * uniform(rng, { min: 4.1, max: 5.9 });
	const phase = Math.floor(rng() * 2);
	const plan = emptyPlan();
	let lastVentricular = -Infinity;
	let conductedCount = 0;
	let pvcCount = 0;
	const pvc = (onset: number): void => {
		const shape = pattern === 'multifocal' && pvcCount % 2 === 1 ? otherShape : firstShape;
		addBeat(plan, { onset, shape, width: pvcWidth, origin: 'ventricular' });
		pvcCount++;
		lastVentricular = onset;
	};
	for (let p = -2.5 + rng() * cycle; p < 6.8; p += cycle + jitter(rng, 0.003)) {
		const qrs = p + pr;
		if (qrs - lastVentricular < 0.6 * cycle) {
			// This sinus P falls inside the PVC's QRS or ST-T and is hidden there; a textbook strip shows none.
			if (p > lastVentricular + 0.45) addP(plan, p, 'sinus', false);
			continue;
		}
		addConducted(plan, p, pr, width);
		// Early, but after the sinus beat's T wave: an R-on-T PVC is a different (dangerous) finding.
		const coupling = Math.max(couplingShare * cycle, tWaveEnd('narrow', width, qrs - lastVentricular) + 0.04);
		lastVentricular = qrs;
		conductedCount++;
		const due = targets[0];
		let fire = false;
		if (pattern === 'bigeminy') fire = true;
		else if (pattern === 'trigeminy') fire = (conductedCount + phase) % 2 === 0;
		else if (due !== undefined && qrs + cycle > due) {
			targets.shift();
			fire = true;
		}
		if (!fire) continue;
		pvc(qrs + coupling);
		if (pattern === 'couplet' && pvcCount === 1) pvc(qrs + 2 * coupling);
		if (pattern === 'couplet') targets.length = 0;
	}
	plan.stated = { rateBpm: rate, atrialRateBpm: rate, conduction: null };
	return plan;
}

export const pvcUnifocal: Builder = (ctx) => pvcPlan(ctx, 'unifocal');
export const pvcMultifocal: Builder = (ctx) => pvcPlan(ctx, 'multifocal');
export const pvcBigeminy: Builder = (ctx) => pvcPlan(ctx, 'bigeminy');
export const pvcTrigeminy: Builder = (ctx) => pvcPlan(ctx, 'trigeminy');
export const pvcCouplet: Builder = (ctx) => pvcPlan(ctx, 'couplet');
