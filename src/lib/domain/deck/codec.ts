/**
 * Self-contained deck links: `#d=<format version>.<base64url(deflate-raw(JSON))>`. The fragment never
 * reaches a server. Decoding never throws; every failure is a message naming the problem.
 */
import { fromBase64Url, toBase64Url } from './base64url';
import { checkDeck } from './schema';
import type { DeckResult, SharedDeck } from './types';

export const LINK_VERSION = 1;
/** Longer fragments are refused before decoding (browsers and chat apps cut long URLs anyway). */
export const MAX_LINK_CHARS = 2_000_000;
/** A decompression bomb stops here: no honest link expands past this. */
export const MAX_INFLATED_BYTES = 8 * 1024 * 1024;

/** Reads a byte stream to the end, or stops at `cap` bytes (decompression bombs, huge downloads). */
export async function collect(
	stream: ReadableStream<Uint8Array>,
	cap: number
): Promise<Uint8Array | 'too-big'> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > cap) {
			await reader.cancel().catch(() => undefined);
			return 'too-big';
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
	return new ReadableStream<BufferSource>({
		start(controller) {
			// A copy, so the chunk is backed by a plain ArrayBuffer as the stream types require.
			controller.enqueue(new Uint8Array(bytes));
			controller.close();
		}
	});
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	const out = await collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Infinity);
	return out as Uint8Array;
}

/** The fragment payload (without `#d=`) for a deck. */
export async function encodeDeckLink(deck: SharedDeck): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(deck));
	return `${LINK_VERSION}.${toBase64Url(await deflate(json))}`;
}

/** Reads a link payload (`1.xxxx`), or a whole fragment (`#d=1.xxxx`). */
export async function decodeDeckLink(fragment: string): Promise<DeckResult> {
	const payload = fragment.replace(/^#/, '').replace(/^d=/, '');
	if (payload.length > MAX_LINK_CHARS)
		return { ok: false, error: 'This link is too long to be a deck link; ask for a deck file instead.' };
	const match = /^(\d+)\.(.*)$/s.exec(payload);
	if (!match)
		return { ok: false, error: 'This link has no deck in it (the part after # is missing or cut off).' };
	if (Number(match[1]) !== LINK_VERSION)
		return {
			ok: false,
			error: `This link uses deck format ${match[1]}; this Vitals reads format ${LINK_VERSION}. Update Vitals and try again.`
		};
	const bytes = fromBase64Url(match[2]!);
	if (!bytes || bytes.length === 0)
		return {
			ok: false,
			error: 'The deck in this link is damaged (it is not valid base64url). Copy the whole link again.'
		};
	let inflated: Uint8Array | 'too-big';
	try {
		inflated = await collect(
			streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')),
			MAX_INFLATED_BYTES
		);
	} catch {
		return {
			ok: false,
			error:
				'The deck in this link is damaged or cut off (it does not decompress). Copy the whole link again.'
		};
	}
	if (inflated === 'too-big')
		return {
			ok: false,
			error: `The deck in this link expands past ${MAX_INFLATED_BYTES / 1024 / 1024} MB, so it was not opened.`
		};
	let json: unknown;
	try {
		json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
	} catch {
		return { ok: false, error: 'The deck in this link is damaged (its contents are not readable JSON).' };
	}
	return checkDeck(json);
}
