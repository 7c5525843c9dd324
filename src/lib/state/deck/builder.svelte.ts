/**
 * The deck builder: the deck being edited, the bank items to pick from, and saving. Nothing is stored
 * until Save; each save that changes what students receive bumps the version (see domain/deck/edit).
 */
import { repositories, writeErrorMessage } from '$lib/db';
import type { BankItem, Item } from '$lib/domain/bank/schema';
import { encodeDeckLink } from '$lib/domain/deck/codec';
import { checkDeck } from '$lib/domain/deck/schema';
import {
	filterItems,
	newDeck,
	newDeckId,
	nextItemNumber,
	saveEdit,
	type ItemFilter
} from '$lib/domain/deck/edit';
import { toShared, type Deck } from '$lib/domain/deck/types';
import { loadCatalog, type BankCatalog } from './library';

export class DeckBuilder {
	deck = $state<Deck>(newDeck('pending', 0));
	filter = $state<ItemFilter>({ exam: '', domain: '', kind: '', search: '' });
	#stored = $state<Deck | undefined>(undefined);
	#catalog = $state.raw<BankCatalog | null>(null);
	#link = $state<string | null>(null);
	#message = $state('');
	#error = $state<string | null>(null);
	#clock: () => number;
	#rng: () => number;

	constructor(clock: () => number = Date.now, rng: () => number = Math.random) {
		this.#clock = clock;
		this.#rng = rng;
	}

	get catalog() {
		return this.#catalog;
	}
	get stored() {
		return this.#stored;
	}
	/** The fragment payload of the saved version, or null before the first save. */
	get link() {
		return this.#link;
	}
	get message() {
		return this.#message;
	}
	get error() {
		return this.#error;
	}
	get dirty(): boolean {
		return !this.#stored || JSON.stringify(toShared(this.#stored)) !== JSON.stringify(toShared(this.deck));
	}
	get matches(): BankItem[] {
		return this.#catalog ? filterItems([...this.#catalog.items.values()], this.filter) : [];
	}
	get nextNumber(): number {
		return nextItemNumber(this.deck);
	}
	/** Bank items in the deck, resolved for display. */
	get refItems(): BankItem[] {
		const items = this.#catalog?.items;
		return items ? this.deck.itemRefs.flatMap((id) => items.get(id) ?? []) : [];
	}

	/** Bank items the deck names that the installed banks no longer have (students could not open it). */
	get missingRefs(): string[] {
		const items = this.#catalog?.items;
		return items ? this.deck.itemRefs.filter((id) => !items.has(id)) : [];
	}

	removeMissing(): void {
		const missing = new Set(this.missingRefs);
		this.deck.itemRefs = this.deck.itemRefs.filter((id) => !missing.has(id));
	}

	async load(id: string | null): Promise<void> {
		this.#catalog = await loadCatalog();
		const stored = id ? await repositories().decks.get(id) : undefined;
		if (id && !stored) throw new Error(`There is no deck "${id}" on this device.`);
		if (stored && stored.origin !== 'local')
			throw new Error('This deck was shared with you, so it cannot be edited here. Its author can edit it.');
		this.#stored = stored;
		this.deck = stored
			? structuredClone($state.snapshot(stored))
			: newDeck(newDeckId(this.#rng), this.#clock());
		this.#link = stored ? await encodeDeckLink(toShared(stored)) : null;
	}

	toggleRef(id: string): void {
		const refs = this.deck.itemRefs;
		this.deck.itemRefs = refs.includes(id) ? refs.filter((r) => r !== id) : [...refs, id];
	}

	/** Adds a new item, or replaces the one with the same id (an edit). */
	putItem(item: Item): void {
		const at = this.deck.items.findIndex((i) => i.id === item.id);
		if (at >= 0) this.deck.items[at] = item;
		else this.deck.items.push(item);
	}

	removeItem(id: string): void {
		this.deck.items = this.deck.items.filter((i) => i.id !== id);
	}

	async save(): Promise<boolean> {
		this.#error = null;
		const next = saveEdit(this.#stored, $state.snapshot(this.deck) as Deck, this.#clock());
		const checked = checkDeck(toShared(next));
		if (!checked.ok) {
			this.#error = checked.error.replace('The deck is not valid: ', 'Not saved: ');
			return false;
		}
		try {
			await repositories().decks.save(next);
		} catch (e) {
			this.#error = writeErrorMessage(e);
			return false;
		}
		this.#stored = next;
		this.deck = structuredClone(next);
		this.#link = await encodeDeckLink(toShared(next));
		this.#message = `Saved version ${next.version}.`;
		return true;
	}
}
