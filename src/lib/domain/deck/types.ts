/** An instructor's deck: bank items by id plus items written for the deck. */
import type { Item } from '../bank/schema';

export interface Deck {
	/** Stable across versions of the same deck, so re-opening a newer link updates it in place. */
	id: string;
	title: string;
	description: string;
	author: string;
	/** Increases with each edit the instructor shares. */
	version: number;
	createdAt: number;
	updatedAt: number;
	/** Ids of bank items, resolved against the installed banks. */
	itemRefs: string[];
	/** Items written for this deck; ids are `deck-<deck id>-NNNN`. */
	items: Item[];
	origin: 'local' | 'imported';
	sourceUrl?: string;
}

/** What travels in a link or file: the deck without what only this device knows. */
export type SharedDeck = Omit<Deck, 'origin' | 'sourceUrl'>;

/** Decoding never throws: bad input comes back as a message naming the problem. */
export type DeckResult<T = SharedDeck> = { ok: true; deck: T } | { ok: false; error: string };

/** Bank items plus new items; large enough for a course, small enough to import in a moment. */
export const MAX_DECK_ITEMS = 10_000;

export function toShared(deck: Deck | SharedDeck): SharedDeck {
	const { id, title, description, author, version, createdAt, updatedAt, itemRefs, items } = deck;
	return { id, title, description, author, version, createdAt, updatedAt, itemRefs, items };
}
