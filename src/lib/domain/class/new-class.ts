/** A new class from the name the instructor typed; keys and randomness come in. */
import * as v from 'valibot';
import { toBase64Url } from '../deck/base64url';
import { classRowSchema, MAX_CLASS_NAME, type ClassRow } from '../records/class';

export type NewClass = { ok: true; row: ClassRow } | { ok: false; error: string };

export function newClass(
	name: string,
	now: number,
	keys: { publicKey: string; privateKey: JsonWebKey },
	randomBytes: (n: number) => Uint8Array
): NewClass {
	const trimmed = name.trim();
	if (trimmed === '') return { ok: false, error: 'Give the class a name.' };
	if (trimmed.length > MAX_CLASS_NAME)
		return {
			ok: false,
			error: `The class name is ${trimmed.length} characters long; ${MAX_CLASS_NAME} is the most.`
		};
	// 16 random bytes: ids never collide, even across instructors' devices.
	const row = v.safeParse(classRowSchema, {
		id: toBase64Url(randomBytes(16)),
		name: trimmed,
		createdAt: now,
		...keys
	});
	// Only a browser exporting keys in a shape Web Crypto does not describe gets here.
	if (!row.success) return { ok: false, error: 'This browser made a class key Vitals cannot store.' };
	return { ok: true, row: row.output };
}
