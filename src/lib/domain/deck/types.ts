/** An instructor's deck: the stored record (records/deck.ts) and what of it travels in a link or file. */
import type { Deck } from '../records/deck';

export type { Deck } from '../records/deck';

/** What travels in a link or file: the deck without what only this device knows. */
export type SharedDeck = Omit<Deck, 'origin' | 'sourceUrl' | 'assignmentWork'>;

/** Decoding never throws: bad input comes back as a message naming the problem. */
export type DeckResult<T = SharedDeck> = { ok: true; deck: T } | { ok: false; error: string };

export function toShared(deck: Deck | SharedDeck): SharedDeck {
	const { id, title, description, author, version, createdAt, updatedAt, itemRefs, items, assignment } = deck;
	const shared = { id, title, description, author, version, createdAt, updatedAt, itemRefs, items };
	// Absent rather than undefined, so links and files made before assignments keep their exact shape.
	return assignment ? { ...shared, assignment } : shared;
}
