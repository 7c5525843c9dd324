/** One question answered (or flagged) within an attempt, saved as it is given. */
import * as v from 'valibot';
import { CHOICES_PER_ITEM } from './attempt';
import { idSchema, intIn, rowIdSchema, timeSchema } from './fields';

export const answerRowSchema = v.object({
	attemptId: rowIdSchema,
	itemId: idSchema,
	/** The study set's id; stored rows (and backups) keep the name `bankId`. */
	bankId: idSchema,
	domain: v.string(),
	/** Index into the item's original choices; null when flagged but not answered. */
	choice: v.nullable(intIn(0, CHOICES_PER_ITEM - 1, 'a choice from 0 to 3')),
	correct: v.boolean(),
	answeredAt: timeSchema,
	flagged: v.boolean()
});
export type AnswerRecord = v.InferOutput<typeof answerRowSchema>;
