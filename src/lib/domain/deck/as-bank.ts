/** A deck as a studyable bank: bank items keep their home bank (so progress stays there), new items are the deck's own. */
import type { Bank, BankItem, BankSummary } from '../bank/schema';
import { deckSetId } from './set-id';
import type { SharedDeck } from './types';

export const DECK_DOMAIN = 'deck';
export { deckSetId };

/** Ids in the deck that no installed bank has, in deck order. */
export function missingRefs(
	deck: Pick<SharedDeck, 'itemRefs'>,
	known: ReadonlyMap<string, BankItem>
): string[] {
	return deck.itemRefs.filter((id) => !known.has(id));
}

export function describeMissing(missing: readonly string[]): string {
	const shown = missing.slice(0, 5).join(', ');
	const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
	return `This deck names bank items this Vitals does not have: ${shown}${more}. Ask for a link made with the current question banks.`;
}

export function deckToBank(
	deck: SharedDeck,
	known: ReadonlyMap<string, BankItem>,
	banks: readonly Pick<BankSummary, 'id' | 'name'>[]
): Bank {
	const items: BankItem[] = [];
	const perBank = new Map<string, number>();
	for (const id of deck.itemRefs) {
		const item = known.get(id);
		if (!item?.bankId) continue;
		items.push({ ...item, domain: item.bankId });
		perBank.set(item.bankId, (perBank.get(item.bankId) ?? 0) + 1);
	}
	for (const item of deck.items) items.push({ ...item, domain: DECK_DOMAIN });
	if (deck.items.length) perBank.set(DECK_DOMAIN, deck.items.length);
	const total = Math.max(1, items.length);
	const domains = [...perBank].map(([id, n]) => ({
		id,
		name: id === DECK_DOMAIN ? 'Written for this deck' : (banks.find((b) => b.id === id)?.name ?? id),
		weightPercent: (n / total) * 100
	}));
	return {
		id: deckSetId(deck.id),
		name: deck.title,
		body: deck.author ? `Deck by ${deck.author}` : 'Deck',
		kind: 'guide',
		description: deck.description,
		domains,
		items
	};
}
