/**
 * Atrial flutter and second-degree AV block draw their ventricular rate from the atrial rate and the conduction
 * ratio. A requested (ventricular) rate is met by solving for the atrial rate inside the rhythm's atrial range;
 * each layout's randomness is replayed from a sub-seed, so the tries of one layout differ only in the atrial
 * rate. Few P waves fit in 6 s, so the conducted share inside the strip moves in steps: a second layout (where
 * the dropped beats fall) reaches the rates the first one steps over.
 */
import { seededRng } from '../random';
import type { Builder, BuildContext } from './build-context';
import type { Plan } from './plan';
import type { ConductionRatio, RhythmId } from './types';

const LAYOUTS = 6;

export const RATE_FOLLOWS_ATRIAL: ReadonlySet<RhythmId> = new Set([
	'atrial-flutter',
	'av-block-2-type-1',
	'av-block-2-type-2'
]);

/** P (or flutter) waves per QRS the ratio implies: 3:1 → 3, 4:3 → 4/3; variable block → about 4:3. */
function wavesPerBeat(ratio: ConductionRatio): number {
	if (ratio === 'variable') return 4 / 3;
	const [waves = 1, conducted = 1] = ratio.split(':').map(Number);
	return waves / conducted;
}

function shuffled<T>(rng: () => number, items: readonly T[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[out[i], out[j]] = [out[j] as T, out[i] as T];
	}
	return out;
}

export function buildAtRate(ctx: BuildContext, builder: Builder, rateBpm: number): Plan {
	const { spec, request } = ctx;
	const range = spec.atrialRateBpm;
	if (!range) throw new RangeError(`${spec.id}: has no atrial rate to solve for`);
	if (request.atrialRateBpm !== undefined)
		throw new RangeError(
			`${spec.id}: give the rate or the atrial rate, not both (one follows from the other and the ratio)`
		);
	const layoutSeeds = Array.from({ length: LAYOUTS }, () => Math.floor(ctx.rng() * 2 ** 31));
	// Variable flutter conduction mixes 2:1 to 4:1 at random, so its rate is what the mix gives: a rate is met
	// with a fixed ratio. Second-degree block tries its fixed ratios first, then variable grouping.
	const variableAllowed = spec.id !== 'atrial-flutter';
	if (request.conduction === 'variable' && !variableAllowed)
		throw new RangeError(
			`${spec.id}: variable conduction sets its own rate; leave the rate out or choose a ratio of 2:1, 3:1 or 4:1`
		);
	const fixed = shuffled(
		ctx.rng,
		spec.conductions.filter((c) => c !== 'variable')
	);
	const ratios = request.conduction
		? [request.conduction]
		: variableAllowed && spec.conductions.includes('variable')
			? [...fixed, 'variable' as const]
			: fixed;
	for (const conduction of ratios) {
		// Plans are cheap (no samples yet), so try every whole atrial rate, nearest the ratio's own first: the
		// conducted share inside 6 s shifts as the P waves move, so the drawn rate is not monotonic in it.
		const nominal = rateBpm * wavesPerBeat(conduction);
		const atrialRates = Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i).sort(
			(a, b) => Math.abs(a - nominal) - Math.abs(b - nominal)
		);
		for (const layoutSeed of layoutSeeds)
			for (const atrial of atrialRates) {
				const plan = builder({
					...ctx,
					rng: seededRng(layoutSeed),
					atrialRate: () => atrial,
					conduction: () => conduction
				});
				if (plan.stated.rateBpm === rateBpm) return plan;
			}
	}
	const at = request.conduction ? `at ${request.conduction}` : 'at any of its ratios';
	throw new RangeError(
		`${spec.id}: a ventricular rate of ${rateBpm}/min cannot be drawn ${at} with an atrial rate inside ${range.min}–${range.max}/min`
	);
}
