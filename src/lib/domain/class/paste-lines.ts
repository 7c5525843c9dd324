/**
 * Pasted result links, as they arrive from an inbox or a spreadsheet: one per line, with whatever text,
 * quotes or cells surround them. Each non-blank line becomes either the link's token, to be decoded, or
 * the reason it holds none. Pure and total: any text in, a list out.
 */
import { MAX_RESULT_LINK_CHARS } from './result-link';

export type PastedLine = { line: number; preview: string } & ({ token: string } | { refused: string });

/** More lines than any class sends at once; past it the paste is refused whole rather than walked. */
export const MAX_PASTED_LINES = 5000;
const PREVIEW_CHARS = 40;
// After `#r=` in a full link; or a bare token `<version>.<class id>.<sealed blob>` anywhere on the line.
const AFTER_FRAGMENT = /#r=([A-Za-z0-9_.-]*)/;
const BARE_TOKEN = /(?<![A-Za-z0-9_.-])\d+\.[A-Za-z0-9_-]{8,64}\.[A-Za-z0-9_-]+/;

export const NOT_A_RESULT_LINK = 'not a result link (no “#r=…” or result token on the line)';
export const OVERSIZE = 'too long to be a result link';

function preview(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

export function splitPaste(text: string): PastedLine[] {
	const out: PastedLine[] = [];
	const lines = text.split(/\r\n|\r|\n/);
	lines.forEach((raw, i) => {
		if (raw.trim() === '') return;
		const line = i + 1;
		const shown = preview(raw);
		if (raw.length > MAX_RESULT_LINK_CHARS + 2000) {
			out.push({ line, preview: shown, refused: OVERSIZE });
			return;
		}
		// A link at the end of a sentence keeps the sentence's full stop: it is not part of the token.
		const token = (AFTER_FRAGMENT.exec(raw)?.[1] ?? BARE_TOKEN.exec(raw)?.[0])?.replace(/\.+$/, '');
		out.push(token ? { line, preview: shown, token } : { line, preview: shown, refused: NOT_A_RESULT_LINK });
	});
	return out;
}

/** How many non-blank lines a paste has, to refuse a huge one before decoding any of it. */
export function countPastedLines(text: string): number {
	let n = 0;
	for (const raw of text.split(/\r\n|\r|\n/)) if (raw.trim() !== '') n++;
	return n;
}
