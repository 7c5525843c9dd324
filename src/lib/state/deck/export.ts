/** Deck files for download: JSON (re-importable as a deck), CSV rows and Anki's tab-separated text. */
import type { Item } from '$lib/domain/bank/schema';
import { itemsToAnkiTsv, itemsToCsv } from '$lib/domain/deck/csv';
import { toDeckFile } from '$lib/domain/deck/schema';
import { toShared, type Deck } from '$lib/domain/deck/types';
import type { BankCatalog } from './library';

export type ExportFormat = 'json' | 'csv' | 'anki';

/** Bank items by content (CSV and Anki carry no ids), then the deck's own. */
function allItems(deck: Deck, catalog: BankCatalog): Item[] {
	const refs = deck.itemRefs.flatMap((id) => {
		const found = catalog.items.get(id);
		if (!found) return [];
		const { domain: _d, bankId: _b, ...item } = found;
		return [item as Item];
	});
	return [...refs, ...deck.items];
}

export function exportDeck(deck: Deck, catalog: BankCatalog, format: ExportFormat) {
	const slug =
		deck.title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'deck';
	if (format === 'json')
		return { name: `${slug}.vitals-deck.json`, type: 'application/json', text: toDeckFile(toShared(deck)) };
	if (format === 'csv')
		return { name: `${slug}.csv`, type: 'text/csv', text: itemsToCsv(allItems(deck, catalog)) };
	return { name: `${slug}.anki.txt`, type: 'text/plain', text: itemsToAnkiTsv(allItems(deck, catalog)) };
}
