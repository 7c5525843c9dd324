/**
 * What a student's device sends back for an assigned deck: who, when, how long, and each answer given.
 * Untrusted once it arrives (a crafted link can hold anything that decrypts), so it is checked as strictly
 * as a backup: known fields only, ids and names of bounded length, times in a real date range.
 */
import * as v from 'valibot';
import { itemIdSchema } from '../bank/schema';

export const RESULT_VERSION = 1;
/** No honest assignment has more; bigger payloads are refused before they are walked. */
export const MAX_RESULT_ANSWERS = 2000;
// 2000-01-01 .. 2200-01-01: anything outside is not a time this app wrote.
const time = v.pipe(v.number(), v.integer(), v.minValue(946_684_800_000), v.maxValue(7_258_118_400_000));
const token = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected a short base64url token'));

export const resultPayloadSchema = v.strictObject({
	v: v.literal(RESULT_VERSION),
	/** Random per result: the class view keeps a result sent twice once. */
	id: token,
	classId: token,
	assignmentId: token,
	student: v.pipe(v.string(), v.trim(), v.minLength(1, 'no name'), v.maxLength(80)),
	startedAt: time,
	submittedAt: time,
	timeMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 86_400_000)),
	answers: v.pipe(
		v.array(
			v.strictObject({
				itemId: itemIdSchema,
				choice: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)))
			})
		),
		v.maxLength(MAX_RESULT_ANSWERS),
		v.check((a) => new Set(a.map((x) => x.itemId)).size === a.length, 'an item is answered twice')
	)
});

export type ResultPayload = v.InferOutput<typeof resultPayloadSchema>;
