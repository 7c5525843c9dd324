/**
 * Result links: a student's result encrypted to the class's public key, so only the instructor's device
 * can read it. Per result: an ephemeral ECDH P-256 key pair; the shared secret goes through HKDF-SHA-256
 * to an AES-256-GCM key; the class id is bound in as associated data. Link payload:
 * `<version>.<classId>.<base64url(ephemeral public key (65) | IV (12) | ciphertext+tag)>`, after `#r=`.
 * Web Crypto and randomness come in as arguments; decoding never throws.
 */
import * as v from 'valibot';
import { describeIssues } from '../bank/schema';
import { collect } from '../deck/codec';
import { fromBase64Url, toBase64Url } from '../deck/base64url';
import { resultPayloadSchema, type ResultPayload } from './result-payload';

export const RESULT_LINK_VERSION = 1;
const INFO = new TextEncoder().encode('vitals-result-1');
const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;
const PUBLIC_KEY_BYTES = 65;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Longer than any honest result link (2,000 answers compress to a few KB). */
export const MAX_RESULT_LINK_CHARS = 200_000;
const MAX_INFLATED_BYTES = 1024 * 1024;

export interface CryptoDeps {
	subtle: SubtleCrypto;
	randomBytes: (n: number) => Uint8Array<ArrayBuffer>;
}

export type ResultDecode =
	{ ok: true; result: ResultPayload } | { ok: false; error: string; classId?: string };

const bytes = (b: Uint8Array) => new Uint8Array(b) as Uint8Array<ArrayBuffer>;

async function aesKey(
	subtle: SubtleCrypto,
	privateKey: CryptoKey,
	otherPublic: CryptoKey,
	ephemeralRaw: Uint8Array<ArrayBuffer>
): Promise<CryptoKey> {
	const secret = await subtle.deriveBits({ name: 'ECDH', public: otherPublic }, privateKey, 256);
	const hkdf = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
	return subtle.deriveKey(
		{ name: 'HKDF', hash: 'SHA-256', salt: ephemeralRaw, info: INFO },
		hkdf,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

function pipe(data: Uint8Array, transform: CompressionStream | DecompressionStream, cap: number) {
	const stream = new ReadableStream<BufferSource>({
		start(c) {
			c.enqueue(bytes(data));
			c.close();
		}
	});
	return collect(stream.pipeThrough(transform), cap);
}

/** Makes a class's key pair; the public half travels in assignments, the private half stays on the device. */
export async function createClassKeys(
	subtle: SubtleCrypto
): Promise<{ publicKey: string; privateKey: JsonWebKey }> {
	const pair = (await subtle.generateKey(EC, true, ['deriveBits'])) as CryptoKeyPair;
	const raw = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
	return { publicKey: toBase64Url(raw), privateKey: await subtle.exportKey('jwk', pair.privateKey) };
}

export async function encodeResultLink(
	result: ResultPayload,
	classPublicKey: string,
	{ subtle, randomBytes }: CryptoDeps
): Promise<string> {
	const classRaw = fromBase64Url(classPublicKey);
	if (!classRaw || classRaw.length !== PUBLIC_KEY_BYTES)
		throw new Error('The class key in this assignment is damaged.');
	const classKey = await subtle.importKey('raw', bytes(classRaw), EC, false, []);
	const ephemeral = (await subtle.generateKey(EC, true, ['deriveBits'])) as CryptoKeyPair;
	const ephemeralRaw = new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey));
	const key = await aesKey(subtle, ephemeral.privateKey, classKey, ephemeralRaw);
	const iv = randomBytes(IV_BYTES);
	const plain = await pipe(
		new TextEncoder().encode(JSON.stringify(result)),
		new CompressionStream('deflate-raw'),
		Infinity
	);
	const sealed = new Uint8Array(
		await subtle.encrypt(
			{ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(result.classId) },
			key,
			bytes(plain as Uint8Array)
		)
	);
	const out = new Uint8Array(PUBLIC_KEY_BYTES + IV_BYTES + sealed.length);
	out.set(ephemeralRaw, 0);
	out.set(iv, PUBLIC_KEY_BYTES);
	out.set(sealed, PUBLIC_KEY_BYTES + IV_BYTES);
	return `${RESULT_LINK_VERSION}.${result.classId}.${toBase64Url(out)}`;
}

/** The class a result link is for, read without decrypting (to pick the key), or null. */
export function resultLinkClass(fragment: string): string | null {
	const m = /^(?:#?r=)?(\d+)\.([A-Za-z0-9_-]{8,64})\./.exec(fragment.trim());
	return m ? m[2]! : null;
}

export async function decodeResultLink(
	fragment: string,
	classes: ReadonlyMap<string, JsonWebKey>,
	subtle: SubtleCrypto
): Promise<ResultDecode> {
	const text = fragment.trim().replace(/^.*#/, '').replace(/^r=/, '');
	if (text.length > MAX_RESULT_LINK_CHARS)
		return { ok: false, error: 'This is too long to be a result link.' };
	const m = /^(\d+)\.([A-Za-z0-9_-]{8,64})\.([A-Za-z0-9_-]+)$/.exec(text);
	if (!m) return { ok: false, error: 'This is not a Vitals result link (or it was cut short).' };
	if (Number(m[1]) !== RESULT_LINK_VERSION)
		return {
			ok: false,
			error: `This result link uses format ${m[1]}; this Vitals reads format ${RESULT_LINK_VERSION}.`
		};
	const classId = m[2]!;
	const privateJwk = classes.get(classId);
	if (!privateJwk)
		return { ok: false, classId, error: 'This result is for a class that is not on this device.' };
	const blob = fromBase64Url(m[3]!);
	if (!blob || blob.length < PUBLIC_KEY_BYTES + IV_BYTES + TAG_BYTES)
		return { ok: false, classId, error: 'This result link is damaged or cut short.' };
	let plain: Uint8Array;
	try {
		const privateKey = await subtle.importKey('jwk', privateJwk, EC, false, ['deriveBits']);
		const ephemeralRaw = bytes(blob.subarray(0, PUBLIC_KEY_BYTES));
		const ephemeral = await subtle.importKey('raw', ephemeralRaw, EC, false, []);
		const key = await aesKey(subtle, privateKey, ephemeral, ephemeralRaw);
		plain = new Uint8Array(
			await subtle.decrypt(
				{
					name: 'AES-GCM',
					iv: bytes(blob.subarray(PUBLIC_KEY_BYTES, PUBLIC_KEY_BYTES + IV_BYTES)),
					additionalData: new TextEncoder().encode(classId)
				},
				key,
				bytes(blob.subarray(PUBLIC_KEY_BYTES + IV_BYTES))
			)
		);
	} catch {
		return {
			ok: false,
			classId,
			error: 'This result link was changed or damaged after it was made, so it cannot be trusted.'
		};
	}
	let json: unknown;
	try {
		const inflated = await pipe(plain, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
		if (inflated === 'too-big') return { ok: false, classId, error: 'This result is too large to be real.' };
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
	} catch {
		return { ok: false, classId, error: 'This result link is damaged (its contents are not readable).' };
	}
	const parsed = v.safeParse(resultPayloadSchema, json);
	if (!parsed.success)
		return {
			ok: false,
			classId,
			error: `This result is not valid: ${describeIssues(parsed.issues, json).slice(0, 2).join('; ')}.`
		};
	if (parsed.output.classId !== classId)
		return { ok: false, classId, error: 'This result names a different class than its link.' };
	return { ok: true, result: parsed.output };
}
