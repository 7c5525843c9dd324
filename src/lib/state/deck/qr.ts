/** A QR code of a deck link, as one SVG path (black modules on white, whatever the theme, so phones can scan it). */
import { encode } from 'uqr';

/** The most bytes a QR code holds (version 40, low error correction). */
export const QR_MAX_BYTES = 2953;

export type Qr = { ok: true; size: number; path: string } | { ok: false; error: string };

export function qrFor(text: string): Qr {
	const bytes = new TextEncoder().encode(text).length;
	const tooBig = `This link is ${bytes.toLocaleString('en-US')} characters; a QR code holds at most ${QR_MAX_BYTES.toLocaleString('en-US')}. Share the link itself, or host the deck file and share a hosted link.`;
	if (bytes > QR_MAX_BYTES) return { ok: false, error: tooBig };
	try {
		const { data, size } = encode(text, { ecc: 'L', border: 2 });
		let path = '';
		data.forEach((row, y) => row.forEach((on, x) => on && (path += `M${x} ${y}h1v1h-1z`)));
		return { ok: true, size, path };
	} catch {
		return { ok: false, error: tooBig };
	}
}
