/**
 * A student's own FSRS-6 parameters, as stored in settings. The bounds are ts-fsrs's clamps (short-term
 * scheduling on), written out rather than imported: settings load on every screen and ts-fsrs is not
 * needed there. fsrs-parameters.test.ts checks the table against ts-fsrs, so an upgrade cannot drift.
 */
import * as v from 'valibot';

/** [min, max] of each of FSRS-6's 21 weights (ts-fsrs CLAMP_PARAMETERS(W17_W18_Ceiling, true)). */
export const PARAMETER_BOUNDS: readonly (readonly [number, number])[] = [
	[0.001, 100],
	[0.001, 100],
	[0.001, 100],
	[0.001, 100],
	[1, 10],
	[0.001, 4],
	[0.001, 4],
	[0.001, 0.75],
	[0, 4.5],
	[0, 0.8],
	[0.001, 3.5],
	[0.001, 5],
	[0.001, 0.25],
	[0.001, 0.9],
	[0, 4],
	[0, 1],
	[1, 6],
	[0, 2],
	[0, 2],
	[0.01, 0.8],
	[0.1, 0.8]
];

function firstOutOfBounds(w: readonly number[]): number {
	return w.findIndex((x, i) => {
		const [min, max] = PARAMETER_BOUNDS[i] ?? [NaN, NaN];
		return !Number.isFinite(x) || x < min || x > max;
	});
}

/** Exactly 21 finite numbers, each within its clamp; the message names the first weight that is not. */
export const fsrsParametersSchema = v.pipe(
	v.array(v.number()),
	v.check(
		(w) => w.length === PARAMETER_BOUNDS.length,
		(issue) =>
			`expected ${PARAMETER_BOUNDS.length} FSRS parameters, got ${Array.isArray(issue.input) ? issue.input.length : 'none'}`
	),
	v.check(
		(w) => firstOutOfBounds(w) === -1,
		(issue) => {
			const i = firstOutOfBounds(issue.input as number[]);
			const [min, max] = PARAMETER_BOUNDS[i] ?? [NaN, NaN];
			return `expected FSRS parameter w${i} between ${min} and ${max}`;
		}
	)
);
export type FsrsParameters = v.InferOutput<typeof fsrsParametersSchema>;

/** Each weight moved into its bounds (the optimizer's float32 output can land a hair outside one). */
export function clampParameters(w: readonly number[]): number[] {
	return w.map((x, i) => {
		const [min, max] = PARAMETER_BOUNDS[i] ?? [x, x];
		return Math.min(max, Math.max(min, x));
	});
}
