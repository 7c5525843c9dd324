/** What every rhythm builder receives: the seeded randomness, the request's numbers (checked) and the spec. */
import type { Rng } from '../random';
import type { Plan } from './plan';
import type { RhythmSpec } from './rhythms';
import type { ConductionRatio, Range, StripRequest } from './types';

export interface BuildContext {
	readonly rng: Rng;
	readonly request: StripRequest;
	readonly spec: RhythmSpec;
	readonly durationS: number;
	/** The requested rate, or one drawn from `typical` (a sub-range well inside the spec's range). */
	rate(typical: Range): number;
	atrialRate(typical: Range): number;
	conduction(): ConductionRatio;
}

export type Builder = (ctx: BuildContext) => Plan;
