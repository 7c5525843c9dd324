/**
 * The rhythm trainer's drill, pure and seeded: rhythm groups, blocks of distinct rhythms drawn from the chosen
 * groups, and for each strip the generator request and four choices — the right rhythm, two from its own group
 * and one from another, never two a single strip cannot tell apart.
 */
import { shuffle, seededRng, type Rng } from '../random';
import { RHYTHM_IDS, rhythmSpec } from './rhythms';
import type { RhythmGroupId } from './trainer-sets';
import type { RhythmId, StripRequest } from './types';

export interface RhythmGroup {
	readonly id: RhythmGroupId;
	readonly name: string;
	readonly rhythms: readonly RhythmId[];
}

export const RHYTHM_GROUPS: readonly RhythmGroup[] = [
	{
		id: 'sinus',
		name: 'Sinus rhythms',
		rhythms: ['nsr', 'sinus-bradycardia', 'sinus-tachycardia', 'sinus-arrhythmia', 'sinus-arrest']
	},
	{
		id: 'atrial',
		name: 'Atrial rhythms',
		rhythms: ['pac', 'atrial-flutter', 'afib-controlled', 'afib-rapid', 'svt']
	},
	{
		id: 'junctional',
		name: 'Junctional rhythms',
		rhythms: ['junctional', 'accelerated-junctional', 'junctional-tachycardia', 'pjc']
	},
	{
		id: 'premature-ventricular',
		name: 'PVCs',
		rhythms: ['pvc-unifocal', 'pvc-multifocal', 'pvc-bigeminy', 'pvc-trigeminy', 'pvc-couplet']
	},
	{
		id: 'ventricular',
		name: 'Ventricular rhythms and asystole',
		rhythms: [
			'vt-monomorphic',
			'vt-polymorphic',
			'vf-coarse',
			'vf-fine',
			'idioventricular',
			'accelerated-idioventricular',
			'asystole'
		]
	},
	{
		id: 'av-block',
		name: 'AV blocks',
		rhythms: ['av-block-1', 'av-block-2-type-1', 'av-block-2-type-2', 'av-block-3']
	},
	{
		id: 'pacemaker',
		name: 'Pacemaker rhythms',
		rhythms: [
			'paced-atrial',
			'paced-ventricular',
			'paced-dual',
			'pacer-failure-to-capture',
			'pacer-failure-to-sense'
		]
	},
	{
		id: 'artifact',
		name: 'Artifacts',
		rhythms: [
			'artifact-60-cycle',
			'artifact-somatic-tremor',
			'artifact-wandering-baseline',
			'artifact-loose-lead'
		]
	}
];

/** Strips per stored attempt: each rhythm at most once, so each answer keeps its own row. */
export const BLOCK_SIZE = 10;

/**
 * Pairs one strip cannot always tell apart: a strip with unifocal PVCs may show two of them exactly every third
 * beat, which is what trigeminy looks like in 6 seconds.
 */
const LOOK_ALIKE: readonly (readonly [RhythmId, RhythmId])[] = [['pvc-unifocal', 'pvc-trigeminy']];

const lookAlike = (a: RhythmId, b: RhythmId) =>
	LOOK_ALIKE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

const GROUP_OF = new Map<RhythmId, RhythmGroup>(RHYTHM_GROUPS.flatMap((g) => g.rhythms.map((r) => [r, g])));

export function groupOf(rhythm: RhythmId): RhythmGroup {
	const g = GROUP_OF.get(rhythm);
	if (!g) throw new RangeError(`rhythm ${rhythm} is in no trainer group`);
	return g;
}

export function rhythmsIn(groups: readonly RhythmGroupId[]): RhythmId[] {
	const chosen = new Set(groups);
	return RHYTHM_GROUPS.filter((g) => chosen.has(g.id)).flatMap((g) => g.rhythms);
}

/** The next block: distinct rhythms in random order, not starting with the rhythm the last block ended on. */
export function planBlock(rhythms: readonly RhythmId[], rng: Rng, previous?: RhythmId): RhythmId[] {
	if (rhythms.length === 0) throw new RangeError('choose at least one rhythm group');
	const order = shuffle(rhythms, rng).slice(0, BLOCK_SIZE);
	if (order.length > 1 && order[0] === previous) [order[0], order[1]] = [order[1]!, order[0]!];
	return order;
}

export interface TrainerRound {
	readonly rhythm: RhythmId;
	/** The rate is left to the generator, which draws it inside the rhythm's range from the seed. */
	readonly request: StripRequest;
	readonly choices: readonly RhythmId[];
	/** Index of `rhythm` in `choices`. */
	readonly answer: number;
}

/** Round `index` of the block drawn from `blockSeed`: the same strip and choices every time (a reload resumes). */
export function trainerRound(blockSeed: number, index: number, rhythm: RhythmId): TrainerRound {
	const rng = seededRng((blockSeed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
	const seed = Math.floor(rng() * 2 ** 31);
	const fits = (r: RhythmId) => r !== rhythm && !lookAlike(r, rhythm);
	const own = shuffle(groupOf(rhythm).rhythms.filter(fits), rng);
	const others = shuffle(
		RHYTHM_IDS.filter((r) => fits(r) && groupOf(r) !== groupOf(rhythm)),
		rng
	);
	const distractors = [...own.slice(0, 2), ...others].slice(0, 3);
	const choices = shuffle([rhythm, ...distractors], rng);
	return { rhythm, request: { rhythm, seed }, choices, answer: choices.indexOf(rhythm) };
}

export const rhythmName = (rhythm: RhythmId) => rhythmSpec(rhythm).name;
