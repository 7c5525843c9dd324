/**
 * Hosted decks: fetched only when the student opens such a link, with a timeout and a size cap, and
 * checked with the same schema as files and links. Never throws; failures come back as messages.
 */
import { collect } from '$lib/domain/deck/codec';
import { parseDeckFile } from '$lib/domain/deck/schema';
import type { DeckResult } from '$lib/domain/deck/types';

export const HOSTED_TIMEOUT_MS = 15_000;
/** About four times a 10,000-item deck of long MCQs. */
export const MAX_HOSTED_BYTES = 20 * 1024 * 1024;

export function checkHostedUrl(raw: string): URL | string {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return `"${raw.slice(0, 80)}" is not a web address.`;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		return 'A hosted deck must be an http(s) address.';
	return url;
}

async function readCapped(res: Response, cap: number): Promise<string | null> {
	const declared = Number(res.headers.get('content-length') ?? '0');
	if (declared > cap) return null;
	if (!res.body) return '';
	const bytes = await collect(res.body, cap);
	return bytes === 'too-big' ? null : new TextDecoder().decode(bytes);
}

export async function fetchHostedDeck(
	raw: string,
	options: { fetcher?: typeof fetch; timeoutMs?: number; maxBytes?: number } = {}
): Promise<DeckResult> {
	const url = checkHostedUrl(raw);
	if (typeof url === 'string') return { ok: false, error: url };
	const { fetcher = fetch, timeoutMs = HOSTED_TIMEOUT_MS, maxBytes = MAX_HOSTED_BYTES } = options;
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const res = await fetcher(url, { signal: controller.signal, credentials: 'omit', redirect: 'follow' });
		if (!res.ok)
			return { ok: false, error: `The deck at ${url.host} could not be loaded (HTTP ${res.status}).` };
		const text = await readCapped(res, maxBytes);
		if (text === null)
			return {
				ok: false,
				error: `The deck at ${url.host} is larger than ${maxBytes / 1024 / 1024} MB, so it was not loaded.`
			};
		return parseDeckFile(text);
	} catch {
		if (controller.signal.aborted)
			return {
				ok: false,
				error: `The deck at ${url.host} did not arrive within ${timeoutMs / 1000} seconds. Try again later.`
			};
		return {
			ok: false,
			error: `The deck at ${url.host} could not be reached (offline, or the site does not allow it).`
		};
	} finally {
		clearTimeout(timer);
	}
}
