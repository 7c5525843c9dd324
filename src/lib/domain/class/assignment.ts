/**
 * An assignment: what an instructor asks a class to do with a deck. Two shapes share these fields:
 * the one a deck link carries to students (with the class's public key, so results can be sealed to it),
 * and the one kept in the class row on the instructor's device (with the item ids, so the class view can
 * score and analyse results without the deck).
 */
import * as v from 'valibot';
import { itemIdSchema } from '../bank/schema';
import { timeSchema } from '../records/fields';

export const ASSIGNMENT_MODES = ['tutor', 'test', 'timed'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const MAX_ASSIGNMENT_TITLE = 120;
export const MAX_TIME_LIMIT_MIN = 600;
export const MAX_ASSIGNMENT_ITEMS = 2000;

const token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected a short base64url token'));
const title = v.pipe(
	v.string(),
	v.check(
		(s) => s.trim().length >= 1 && s.length <= MAX_ASSIGNMENT_TITLE,
		`expected a title of 1 to ${MAX_ASSIGNMENT_TITLE} characters`
	)
);
const timeLimitMin = v.pipe(
	v.number(),
	v.check(
		(n) => Number.isInteger(n) && n >= 1 && n <= MAX_TIME_LIMIT_MIN,
		`expected a time limit of 1 to ${MAX_TIME_LIMIT_MIN} minutes`
	)
);

/** Shared by both shapes: a timed test needs its limit, and only a timed test has one. */
const modeFields = {
	id: token,
	title,
	dueAt: v.optional(timeSchema),
	mode: v.picklist(ASSIGNMENT_MODES, 'expected the mode tutor, test or timed'),
	timeLimitMin: v.optional(timeLimitMin)
};
const limitMatchesMode = (a: { mode: AssignmentMode; timeLimitMin?: number | undefined }) =>
	(a.mode === 'timed') === (a.timeLimitMin !== undefined);
const LIMIT_MESSAGE = 'a timed test needs a time limit, and only a timed test has one';

/** What a deck link carries: enough for the student to see who assigned what, and to seal results. */
export const linkAssignmentSchema = v.pipe(
	v.strictObject({
		...modeFields,
		classId: token,
		className: v.pipe(
			v.string(),
			v.check((s) => s.trim().length >= 1 && s.length <= 80, 'expected a class name of 1 to 80 characters')
		),
		/** The class's raw P-256 public point (65 bytes) as base64url. */
		publicKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{87}$/, 'expected a P-256 public key'))
	}),
	v.check((a) => limitMatchesMode(a), LIMIT_MESSAGE)
);
export type LinkAssignment = v.InferOutput<typeof linkAssignmentSchema>;

/** What the instructor's device keeps in the class row for each assignment it made. */
export const classAssignmentSchema = v.pipe(
	v.strictObject({
		...modeFields,
		createdAt: timeSchema,
		/** The assigned items in deck order: the class view scores results against these. */
		itemIds: v.pipe(v.array(itemIdSchema), v.minLength(1), v.maxLength(MAX_ASSIGNMENT_ITEMS)),
		/** The deck it was made from, where the instructor's device still has it. */
		deckId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200)))
	}),
	v.check((a) => limitMatchesMode(a), LIMIT_MESSAGE)
);
export type ClassAssignment = v.InferOutput<typeof classAssignmentSchema>;
