/** The link-opening screen: read the link (no writes), show a preview, and add or update only on request. */
import { repositories, type AddOutcome } from '$lib/db';
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
	get error() {
		return this.#error;
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
		try {
			this.#outcome = await addDeck(this.#deck, this.#sourceUrl);
			this.#stored = this.#outcome.deck;
		} catch (e) {
			this.#error = `The deck was not added: ${(e as Error).message}`;
		}
	}
}
