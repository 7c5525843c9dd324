/** Building and editing a deck: new decks, item numbering, filters over bank items, and saving a version. */
import type { BankItem, Item } from '../bank/schema';
import { toShared, type Deck } from './types';

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random deck id (10 characters, about 51 bits), from an rng passed in so tests can fix it. */
export function newDeckId(rng: () => number): string {
	let id = '';
	for (let i = 0; i < 10; i++) id += ID_CHARS[Math.floor(rng() * ID_CHARS.length) % ID_CHARS.length];
	return id;
}

export function newDeck(id: string, now: number): Deck {
	return {
		id,
		title: '',
		description: '',
		author: '',
		version: 1,
		createdAt: now,
		updatedAt: now,
		itemRefs: [],
		items: [],
		origin: 'local'
	};
}

/** The number the next new item gets: one past the highest used, so ids are never reused after a delete. */
export function nextItemNumber(deck: Pick<Deck, 'items'>): number {
	let max = 0;
	for (const item of deck.items) max = Math.max(max, Number(item.id.slice(-4)) || 0);
	return max + 1;
}

export function deckItemId(deckId: string, n: number): string {
	return `deck-${deckId}-${String(n).padStart(4, '0')}`;
}

/**
 * The deck to store after an edit: the version goes up only when what students receive changed, so
 * re-sharing an unchanged deck does not look like an update.
 */
export function saveEdit(stored: Deck | undefined, edited: Deck, now: number): Deck {
	if (!stored) return { ...edited, version: 1, createdAt: now, updatedAt: now };
	const same =
		JSON.stringify({ ...toShared(stored), version: 0, updatedAt: 0 }) ===
		JSON.stringify({ ...toShared(edited), version: 0, updatedAt: 0 });
	if (same) return stored;
	return { ...edited, version: stored.version + 1, createdAt: stored.createdAt, updatedAt: now };
}

export interface ItemFilter {
	exam: string;
	domain: string;
	kind: '' | 'card' | 'mcq';
	search: string;
}

export function itemText(item: Item): string {
	return item.kind === 'card' ? `${item.front} ${item.back}` : `${item.stem} ${item.choices.join(' ')}`;
}

/** Bank items matching every filter that is set; search matches all words, case-insensitively. */
export function filterItems(items: readonly BankItem[], f: ItemFilter): BankItem[] {
	const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
	return items.filter(
		(i) =>
			(!f.exam || i.bankId === f.exam) &&
			(!f.domain || i.domain === f.domain) &&
			(!f.kind || i.kind === f.kind) &&
			(words.length === 0 || words.every((w) => `${i.id} ${itemText(i)}`.toLowerCase().includes(w)))
	);
}
