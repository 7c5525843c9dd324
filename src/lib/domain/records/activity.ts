/**
 * Study activity per study set and quarter-hour. Derived from reviews and answers, so backups leave it out
 * and restore rebuilds it from what was restored rather than trusting a file's counts.
 */
import * as v from 'valibot';
import { countSchema, idSchema, intIn, TIME_MAX } from './fields';
import { QUARTER_MS } from './quarter';

export { QUARTER_MS };

export const activityRowSchema = v.object({
	/** The study set's id; stored rows keep the name `bankId`. */
	bankId: idSchema,
	/** Milliseconds since the epoch divided by 15 minutes, rounded down. */
	quarter: intIn(0, Math.floor(TIME_MAX / QUARTER_MS)),
	count: v.pipe(countSchema, v.minValue(1))
});
export type ActivityRow = v.InferOutput<typeof activityRowSchema>;
