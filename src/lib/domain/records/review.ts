/** One grading of a flashcard. `before` allows undo and lets FSRS be re-fit from history later. */
import * as v from 'valibot';
import { idSchema, rowIdSchema, timeSchema } from './fields';
import { memorySchema } from './progress';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;

export const reviewRowSchema = v.object({
	itemId: idSchema,
	/** The study set that was being studied; stored name kept, so `bankId`. */
	bankId: idSchema,
	grade: v.picklist(GRADES),
	reviewedAt: timeSchema,
	before: v.nullable(memorySchema),
	after: memorySchema,
	/** The number the database gave it (last, where IndexedDB adds a key it generates). */
	id: rowIdSchema
});
export type ReviewRow = v.InferOutput<typeof reviewRowSchema>;
export type Grade = ReviewRow['grade'];
