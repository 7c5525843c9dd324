/**
 * A class on the instructor's device: its name and its key pair. The private key never leaves the device
 * except in the device's own backup, so restoring that backup elsewhere keeps the class's results readable.
 */
import * as v from 'valibot';
import { classAssignmentSchema } from '../class/assignment';
import { resultPayloadSchema } from '../class/result-payload';
import { timeSchema } from './fields';

/** The same token shape result links carry a class id in. */
export const CLASS_ID = /^[A-Za-z0-9_-]{8,64}$/;
export const MAX_CLASS_NAME = 80;
const classId = v.pipe(v.string(), v.regex(CLASS_ID, 'expected a class id of 8-64 letters, digits, - or _'));
/** One P-256 coordinate or scalar: 32 bytes as base64url. */
const coordinate = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'expected 32 bytes as base64url'));

/** The private key exactly as Web Crypto exports an ECDH P-256 key as a JWK. */
export const classPrivateKeySchema = v.strictObject({
	kty: v.literal('EC'),
	crv: v.literal('P-256'),
	x: coordinate,
	y: coordinate,
	d: coordinate,
	ext: v.optional(v.boolean()),
	key_ops: v.optional(v.pipe(v.array(v.picklist(['deriveBits', 'deriveKey'])), v.maxLength(2)))
});

export const classRowSchema = v.strictObject({
	id: classId,
	name: v.pipe(
		v.string(),
		v.check(
			(s) => s.trim().length >= 1 && s.length <= MAX_CLASS_NAME,
			'expected a name of 1 to 80 characters'
		)
	),
	createdAt: timeSchema,
	/** The raw public point (65 bytes) as base64url: what assignments carry. */
	publicKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{87}$/, 'expected a P-256 public key')),
	privateKey: classPrivateKeySchema,
	/** The assignments made for this class, oldest first; absent on classes made before assignments. */
	assignments: v.optional(
		v.pipe(
			v.array(classAssignmentSchema),
			v.maxLength(1000),
			v.check((a) => new Set(a.map((x) => x.id)).size === a.length, 'two assignments share an id')
		)
	)
});
export type ClassRow = v.InferOutput<typeof classRowSchema>;

/** A decoded result as received; keyed by the result's own random id, so a result sent twice is kept once. */
export const classResultRowSchema = v.pipe(
	v.strictObject({
		id: resultPayloadSchema.entries.id,
		classId,
		assignmentId: resultPayloadSchema.entries.assignmentId,
		result: resultPayloadSchema,
		receivedAt: timeSchema
	}),
	v.check(
		(r) => r.id === r.result.id && r.classId === r.result.classId && r.assignmentId === r.result.assignmentId,
		'the row’s keys differ from the result it holds'
	)
);
export type ClassResultRow = v.InferOutput<typeof classResultRowSchema>;
