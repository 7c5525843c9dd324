/** An instructor's deck as stored: bank items by id plus items written for the deck. */
import * as v from 'valibot';
import { itemIdSchema, itemSchema } from '../bank/schema';
import { linkAssignmentSchema } from '../class/assignment';
import { intIn, rowIdSchema, timeSchema } from './fields';

export const DECK_ID = /^[a-z0-9]{4,32}$/;
/** Bank items plus new items; large enough for a course, small enough to import in a moment. */
export const MAX_DECK_ITEMS = 10_000;

export const deckRowSchema = v.object({
	/** Stable across versions of the same deck, so re-opening a newer link updates it in place. */
	id: v.pipe(v.string(), v.regex(DECK_ID, 'expected 4-32 lowercase letters or digits')),
	// Texts as the instructor typed them: the deck link's schema trims and limits them when it is shared.
	title: v.string(),
	description: v.string(),
	author: v.string(),
	/** Increases with each edit the instructor shares. */
	version: intIn(1, Number.MAX_SAFE_INTEGER, 'a version number (1 or more)'),
	createdAt: timeSchema,
	updatedAt: timeSchema,
	/** Ids of bank items, resolved against the installed banks. */
	itemRefs: v.pipe(v.array(itemIdSchema), v.maxLength(MAX_DECK_ITEMS)),
	/** Items written for this deck; ids are `deck-<deck id>-NNNN`. */
	items: v.pipe(v.array(itemSchema), v.maxLength(MAX_DECK_ITEMS)),
	origin: v.picklist(['local', 'imported']),
	/** Where a hosted deck was downloaded from, to check it for updates. */
	sourceUrl: v.optional(v.string()),
	/** What an instructor assigned with this deck (from the link that brought it). */
	assignment: v.optional(linkAssignmentSchema),
	/** This device's work on that assignment: the attempt that answers it, and when its result was sent. */
	assignmentWork: v.optional(
		v.strictObject({
			assignmentId: linkAssignmentSchema.entries.id,
			attemptId: rowIdSchema,
			sentAt: v.optional(timeSchema)
		})
	)
});
export type Deck = v.InferOutput<typeof deckRowSchema>;
