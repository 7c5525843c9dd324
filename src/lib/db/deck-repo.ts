/** Decks on this device: the instructor's own and those opened from links or files. */
import { toShared, type Deck, type SharedDeck } from '$lib/domain/deck/types';
import type { VitalsDatabase } from './database';

/** What adding a received deck did. */
export type AddOutcome =
	| { kind: 'added'; deck: Deck }
	| { kind: 'updated'; deck: Deck; from: number }
	| { kind: 'same'; deck: Deck }
	| { kind: 'older'; deck: Deck }
	/** The same or an older version, brought again with a new assignment: only the assignment changed. */
	| { kind: 'assigned'; deck: Deck };

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
				// The instructor opening their own assigned link keeps an unassigned deck (its next link stays clean).
				const incoming = stored?.origin === 'local' ? undefined : shared.assignment;
				const newAssignment = incoming && incoming.id !== stored?.assignment?.id;
				if (stored && stored.version >= shared.version) {
					if (newAssignment) {
						const { assignmentWork: _done, ...rest } = stored;
						const deck: Deck = { ...rest, assignment: incoming };
						await db.decks.put(deck);
						return { kind: 'assigned', deck };
					}
					return { kind: stored.version === shared.version ? 'same' : 'older', deck: stored };
				}
				// A newer version shared without an assignment keeps the one the student is working on.
				const assignment = incoming ?? stored?.assignment;
				const work = stored?.assignmentWork;
				const { assignment: _sent, ...body } = toShared(shared);
				const deck: Deck = {
					...body,
					// The instructor's own deck stays theirs to edit when they open their own link.
					origin: stored?.origin ?? 'imported',
					...((sourceUrl ?? stored?.sourceUrl) ? { sourceUrl: sourceUrl ?? stored?.sourceUrl } : {}),
					...(assignment ? { assignment } : {}),
					...(work && work.assignmentId === assignment?.id ? { assignmentWork: work } : {})
				};
				await db.decks.put(deck);
				return stored ? { kind: 'updated', deck, from: stored.version } : { kind: 'added', deck };
			});
		},

		/** Records the attempt that answers the deck's assignment (a new one replaces an unsent one). */
		async startAssignment(deckId: string, assignmentId: string, attemptId: number): Promise<void> {
			await db.transaction('rw', db.decks, async () => {
				const deck = await assignedDeck(db, deckId, assignmentId);
				await db.decks.put({ ...deck, assignmentWork: { assignmentId, attemptId } });
			});
		},

		/** The result was sent: the assignment is done (it leaves the home screen; it can be sent again). */
		async markAssignmentSent(deckId: string, assignmentId: string, at: number): Promise<void> {
			await db.transaction('rw', db.decks, async () => {
				const deck = await assignedDeck(db, deckId, assignmentId);
				const work = deck.assignmentWork;
				if (!work || work.assignmentId !== assignmentId)
					throw new Error('This assignment was not started here.');
				await db.decks.put({ ...deck, assignmentWork: { ...work, sentAt: work.sentAt ?? at } });
			});
		},

		async remove(id: string): Promise<void> {
			await db.transaction('rw', db.decks, () => db.decks.delete(id));
		}
	};
}
async function assignedDeck(db: VitalsDatabase, deckId: string, assignmentId: string): Promise<Deck> {
	const deck = await db.decks.get(deckId);
	if (!deck) throw new Error('That deck is no longer on this device.');
	if (deck.assignment?.id !== assignmentId) throw new Error('That deck no longer carries this assignment.');
	return deck;
}

export type DeckRepo = ReturnType<typeof createDeckRepo>;
