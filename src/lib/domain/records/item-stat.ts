/** Per-item answer history ("missed", "flagged", recent accuracy), kept up to date as answers are scored. */
import * as v from 'valibot';
import { countSchema, DAY_MAX, idSchema, intIn, timeSchema } from './fields';

/** The most recent results kept per item, for recency-weighted accuracy. */
export const RECENT_RESULTS = 10;

const itemResultSchema = v.object({ at: timeSchema, correct: v.boolean() });

export const itemStatRowSchema = v.object({
	itemId: idSchema,
	/** The study set's id; stored rows (and backups) keep the name `bankId`. */
	bankId: idSchema,
	domain: v.string(),
	seen: countSchema,
	correct: countSchema,
	/** 0 for an item flagged but never answered. */
	lastAnsweredAt: timeSchema,
	/** Answered wrong last time, and not yet answered right twice since. */
	missed: v.boolean(),
	rightSinceMiss: countSchema,
	flagged: v.boolean(),
	/** Oldest first. */
	recent: v.pipe(v.array(itemResultSchema), v.maxLength(RECENT_RESULTS)),
	/** The local day (calendar.ts day number) of the last answer that updated the item's FSRS memory: at most
	 * one such update a day. Absent until an answer has (rows from before answers fed the memory). */
	lastMcqDay: v.optional(intIn(0, DAY_MAX))
});
export type ItemStat = v.InferOutput<typeof itemStatRowSchema>;
export type ItemResult = ItemStat['recent'][number];
