/** Decks on this device: the instructor's own and those opened from links or files. */
import { toShared, type Deck, type SharedDeck } from '$lib/domain/deck/types';
import type { VitalsDatabase } from './database';

/** What adding a received deck did. */
export type AddOutcome =
	| { kind: 'added'; deck: Deck }
	| { kind: 'updated'; deck: Deck; from: number }
	| { kind: 'same'; deck: Deck }
	| { kind: 'older'; deck: Deck };

export function createDeckRepo(db: VitalsDatabase) {
	return {
		/** Newest first. */
		async list(): Promise<Deck[]> {
			return db.decks.orderBy('updatedAt').reverse().toArray();
		},

		async get(id: string): Promise<Deck | undefined> {
			return db.decks.get(id);
		},

		async save(deck: Deck): Promise<void> {
			await db.transaction('rw', db.decks, () => db.decks.put(deck));
		},

		/**
		 * Adds a deck received by link or file, or updates the stored copy in place when this one is newer.
		 * Progress is keyed by item id, so unchanged items keep theirs. The check and the write are one
		 * transaction, so two tabs cannot both "update" from the same version.
		 */
		async receive(shared: SharedDeck, sourceUrl?: string): Promise<AddOutcome> {
			return db.transaction('rw', db.decks, async () => {
				const stored = await db.decks.get(shared.id);
				if (stored && stored.version === shared.version) return { kind: 'same', deck: stored };
				if (stored && stored.version > shared.version) return { kind: 'older', deck: stored };
				const deck: Deck = {
					...toShared(shared),
					// The instructor's own deck stays theirs to edit when they open their own link.
					origin: stored?.origin ?? 'imported',
					...((sourceUrl ?? stored?.sourceUrl) ? { sourceUrl: sourceUrl ?? stored?.sourceUrl } : {})
				};
				await db.decks.put(deck);
				return stored ? { kind: 'updated', deck, from: stored.version } : { kind: 'added', deck };
			});
		},

		async remove(id: string): Promise<void> {
			await db.transaction('rw', db.decks, () => db.decks.delete(id));
		}
	};
}
export type DeckRepo = ReturnType<typeof createDeckRepo>;
