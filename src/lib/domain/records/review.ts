/**
 * One retrieval of an item: a flashcard grade, or a quiz, exam or trainer answer taken as one (wrong = Again,
 * right = Good). `before` allows undo and lets FSRS be re-fit from history later.
 */
import * as v from 'valibot';
import { idSchema, rowIdSchema, timeSchema } from './fields';
import { memorySchema } from './progress';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
/** Where a review came from. Rows written before sources existed (database v6, older backups) are cards. */
export const REVIEW_SOURCES = ['card', 'quiz', 'exam', 'trainer'] as const;

export const reviewRowSchema = v.object({
	itemId: idSchema,
	/** The study set that was being studied; stored name kept, so `bankId`. */
	bankId: idSchema,
	grade: v.picklist(GRADES),
	reviewedAt: timeSchema,
	before: v.nullable(memorySchema),
	after: memorySchema,
	source: v.optional(v.picklist(REVIEW_SOURCES), 'card'),
	/** The number the database gave it (last, where IndexedDB adds a key it generates). */
	id: rowIdSchema
});
export type ReviewRow = v.InferOutput<typeof reviewRowSchema>;
export type Grade = ReviewRow['grade'];
export type ReviewSource = ReviewRow['source'];

/**
 * A flashcard grade, as opposed to an answer's memory update. Only card grades count as activity (an answer
 * is counted once, as an answer) and against the daily new-card limit (an item a quiz introduced is no longer
 * new, but it did not use a flashcard's place).
 */
export const isCardReview = (r: { source?: ReviewSource }): boolean => (r.source ?? 'card') === 'card';
