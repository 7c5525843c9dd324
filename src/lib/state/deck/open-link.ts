/** Opening a deck link (self-contained or hosted) or file: decode, check, and only then store on request. */
import { base } from '$app/paths';
import { repositories, type AddOutcome } from '$lib/db';
import { decodeDeckLink } from '$lib/domain/deck/codec';
import { parseDeckFile } from '$lib/domain/deck/schema';
import type { DeckResult, SharedDeck } from '$lib/domain/deck/types';
import { fetchHostedDeck } from './fetch-hosted';
import { checkRefs } from './library';

/** `/deck#d=…` or `/deck?url=…`. Reads nothing from storage and writes nothing. */
export async function readDeckLink(url: URL, fetcher: typeof fetch = fetch): Promise<DeckResult> {
	const hosted = url.searchParams.get('url');
	if (hosted) return checkRefs(await fetchHostedDeck(hosted, { fetcher }), fetcher);
	if (url.hash.length > 1) return checkRefs(await decodeDeckLink(url.hash), fetcher);
	return {
		ok: false,
		error: 'This link has no deck in it (the part after # is missing). Copy the whole link again.'
	};
}

export async function readDeckFile(text: string, fetcher: typeof fetch = fetch): Promise<DeckResult> {
	return checkRefs(parseDeckFile(text), fetcher);
}

/** The one write: add or update the deck, after the student chose to. */
export function addDeck(deck: SharedDeck, sourceUrl?: string): Promise<AddOutcome> {
	return repositories().decks.receive(deck, sourceUrl);
}

/** Where a deck link points, for sharing. */
export function deckLinkHref(origin: string, payload: string): string {
	return `${origin}${base}/deck#d=${payload}`;
}
