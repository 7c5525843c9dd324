/** Strict base64url (RFC 4648 §5, no padding): decoding refuses any character or length that is not valid. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** Returns null for anything that is not canonical base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let o = 0;
	for (let i = 0; i < text.length; i += 4) {
		let n = 0;
		const chunk = text.slice(i, i + 4);
		for (let k = 0; k < 4; k++) {
			const value = k < chunk.length ? LOOKUP.get(chunk[k]!) : 0;
			if (value === undefined) return null;
			n = (n << 6) | value;
		}
		const bytes = chunk.length - 1;
		for (let k = 0; k < bytes; k++) out[o++] = (n >> (16 - 8 * k)) & 255;
		// Leftover bits must be zero, so each byte string has exactly one encoding.
		if (bytes < 3 && (n & ((1 << (24 - 8 * bytes)) - 1)) !== 0) return null;
	}
	return out;
}
