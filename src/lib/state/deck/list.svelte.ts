/** The decks on this device, for the home screen and the decks page. */
// Through startup.ts: the home screen lists the decks.
import { startupRepositories, type AddOutcome } from '$lib/db/startup';
import { writeErrorMessage } from '$lib/db/storage';
import type { Deck } from '$lib/domain/deck/types';

export class DeckList {
	#decks = $state.raw<Deck[]>([]);
	#message = $state('');
	#error = $state<string | null>(null);

	get decks() {
		return this.#decks;
	}
	get message() {
		return this.#message;
	}
	get error() {
		return this.#error;
	}

	async load(): Promise<void> {
		this.#decks = await startupRepositories().decks.list();
	}

	async remove(deck: Deck): Promise<void> {
		this.#error = null;
		this.#message = '';
		try {
			await startupRepositories().decks.remove(deck.id);
		} catch (e) {
			this.#error = writeErrorMessage(e, `“${deck.title}” was not removed`);
			return;
		}
		this.#message = `Removed “${deck.title}”.`;
		await this.load();
	}

	/** A deck file chosen by the student: checked in full before anything is stored. */
	async importFile(file: File): Promise<void> {
		this.#error = null;
		this.#message = '';
		// Loaded on use: the deck schema and link codec are not the home screen's to carry.
		const { readDeckFile } = await import('./open-link');
		const result = await readDeckFile(await file.text());
		if (!result.ok) {
			this.#error = `${file.name}: ${result.error} Nothing was changed.`;
			return;
		}
		let outcome: AddOutcome;
		try {
			outcome = await startupRepositories().decks.receive(result.deck);
		} catch (e) {
			this.#error = writeErrorMessage(e, `${file.name} was not added`);
			return;
		}
		this.#message = {
			added: `Added “${outcome.deck.title}”.`,
			updated: `Updated “${outcome.deck.title}” to version ${outcome.deck.version}.`,
			same: `You already have “${outcome.deck.title}”.`,
			older: `You already have a newer version of “${outcome.deck.title}”; nothing was changed.`,
			assigned: `Saved the assignment in “${outcome.deck.title}”.`
		}[outcome.kind];
		// The stored deck is the one in hand: update the list in memory instead of reading every deck back.
		if (outcome.kind === 'added' || outcome.kind === 'updated' || outcome.kind === 'assigned') {
			this.#decks = [outcome.deck, ...this.#decks.filter((d) => d.id !== outcome.deck.id)];
		}
	}
}
