/** A flashcard's scheduling state (FSRS memory) and the progress row that stores it per item. */
import * as v from 'valibot';
import { countSchema, idSchema, intIn, realIn, timeSchema } from './fields';

export const LEARNING_STATES = ['new', 'learning', 'review', 'relearning'] as const;

/**
 * FSRS's ranges (ts-fsrs clamps to them; a never-studied card has 0 for both): stability in days up to
 * S_MAX = 36500, difficulty 1..10. The scheduler caps intervals at 36500 days (maximum_interval).
 */
export const STABILITY_MAX = 36_500;
export const DIFFICULTY_MAX = 10;
export const INTERVAL_DAYS_MAX = 36_500;

export const memorySchema = v.object({
	due: timeSchema,
	stability: realIn(0, STABILITY_MAX),
	difficulty: realIn(0, DIFFICULTY_MAX),
	scheduledDays: intIn(0, INTERVAL_DAYS_MAX),
	learningSteps: countSchema,
	reps: countSchema,
	lapses: countSchema,
	state: v.picklist(LEARNING_STATES),
	lastReview: v.nullable(timeSchema)
});

/** Scheduling state of one item, as stored. */
export type Memory = v.InferOutput<typeof memorySchema>;
export type LearningState = Memory['state'];

/** Keyed by item id, which is globally unique and stable. */
export const progressRowSchema = v.object({
	...memorySchema.entries,
	itemId: idSchema,
	/** The study set the item belongs to (an exam bank, the guide or a deck); stored name kept, so `bankId`. */
	bankId: idSchema
});
export type ProgressRow = v.InferOutput<typeof progressRowSchema>;
