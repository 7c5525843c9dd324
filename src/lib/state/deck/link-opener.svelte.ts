/** The link-opening screen: read the link (no writes), show a preview, and add or update only on request. */
import { repositories, writeErrorMessage, type AddOutcome } from '$lib/db';
import type { BankItem, Item } from '$lib/domain/bank/schema';
import type { Deck, SharedDeck } from '$lib/domain/deck/types';
import { loadCatalog } from './library';
import { addDeck, readDeckLink } from './open-link';

export class DeckOpener {
	#deck = $state.raw<SharedDeck | null>(null);
	#stored = $state.raw<Deck | undefined>(undefined);
	/** The first items, bank items (with their figures) first. */
	#sample = $state.raw<(Item | BankItem)[]>([]);
	#error = $state<string | null>(null);
	#addError = $state<string | null>(null);
	#outcome = $state.raw<AddOutcome | null>(null);
	#loading = $state(false);
	#sourceUrl: string | undefined;

	get deck() {
		return this.#deck;
	}
	/** This device's copy of the same deck, if any. */
	get stored() {
		return this.#stored;
	}
	get sample() {
		return this.#sample;
	}
	/** The link could not be read: there is nothing to preview. */
	get error() {
		return this.#error;
	}
	/** Adding failed: the preview stays, so the student can try again (after freeing space, say). */
	get addError() {
		return this.#addError;
	}
	get outcome() {
		return this.#outcome;
	}
	get loading() {
		return this.#loading;
	}

	async open(url: URL): Promise<void> {
		this.#loading = true;
		this.#deck = null;
		this.#error = null;
		this.#addError = null;
		this.#outcome = null;
		this.#sourceUrl = url.searchParams.get('url') ?? undefined;
		try {
			const result = await readDeckLink(url);
			if (!result.ok) {
				this.#error = result.error;
				return;
			}
			const { items } = result.deck.itemRefs.length ? await loadCatalog() : { items: new Map() };
			const refs = result.deck.itemRefs.slice(0, 5).flatMap((id) => items.get(id) ?? []);
			this.#sample = [...refs, ...result.deck.items].slice(0, 5);
			this.#stored = await repositories().decks.get(result.deck.id);
			this.#deck = result.deck;
		} catch (e) {
			this.#error = `This deck could not be opened: ${(e as Error).message}`;
		} finally {
			this.#loading = false;
		}
	}

	async add(): Promise<void> {
		if (!this.#deck) return;
		this.#addError = null;
		try {
			this.#outcome = await addDeck(this.#deck, this.#sourceUrl);
			this.#stored = this.#outcome.deck;
		} catch (e) {
			this.#addError = writeErrorMessage(e, 'The deck was not added');
		}
	}
}
