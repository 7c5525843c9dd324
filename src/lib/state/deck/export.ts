/** Deck files for download: JSON (re-importable as a deck), CSV rows and Anki's tab-separated text. */
import type { BankItem, Item } from '$lib/domain/bank/schema';
import { itemsToAnkiTsv, itemsToCsv } from '$lib/domain/deck/csv';
import { toDeckFile } from '$lib/domain/deck/schema';
import { toShared, type Deck } from '$lib/domain/deck/types';
import type { BankCatalog } from './library';

export type ExportFormat = 'json' | 'csv' | 'anki';

/** Bank items by content (CSV and Anki carry no ids), then the deck's own. */
function allItems(deck: Deck, catalog: BankCatalog): (Item & Pick<BankItem, 'figure'>)[] {
	const refs = deck.itemRefs.flatMap((id) => {
		const found = catalog.items.get(id);
		if (!found) return [];
		const { domain: _d, bankId: _b, ...item } = found;
		return [item];
	});
	return [...refs, ...deck.items];
}

/** How many of the deck's items have a figure: CSV rows have no place for one, so the screen says so. */
export function figureCount(deck: Deck, catalog: BankCatalog): number {
	return allItems(deck, catalog).filter((i) => i.figure).length;
}

/** Each figure as HTML for Anki; the strip generator loads only for a deck that has figures. */
async function ankiFigures(items: ReturnType<typeof allItems>): Promise<Map<string, string>> {
	const withFigures = items.filter((i) => i.figure);
	if (!withFigures.length) return new Map();
	const { figureMarkup } = await import('$lib/domain/deck/figure-markup');
	return new Map(withFigures.map((i) => [i.id, figureMarkup(i.figure!)]));
}

export async function exportDeck(deck: Deck, catalog: BankCatalog, format: ExportFormat) {
	const slug =
		deck.title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'deck';
	if (format === 'json')
		return { name: `${slug}.vitals-deck.json`, type: 'application/json', text: toDeckFile(toShared(deck)) };
	const items = allItems(deck, catalog);
	if (format === 'csv') return { name: `${slug}.csv`, type: 'text/csv', text: itemsToCsv(items) };
	return {
		name: `${slug}.anki.txt`,
		type: 'text/plain',
		text: itemsToAnkiTsv(items, await ankiFigures(items))
	};
}
