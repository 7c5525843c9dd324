/** Decks against the installed banks: resolving bank items by id, and a deck as a studyable Bank. */
import { repositories } from '$lib/db';
import type { Bank, BankItem, BankSummary } from '$lib/domain/bank/schema';
import { deckToBank, describeMissing, missingRefs } from '$lib/domain/deck/as-bank';
import type { DeckResult, SharedDeck } from '$lib/domain/deck/types';
import { loadBank, loadBankIndex } from '../banks';

export interface BankCatalog {
	banks: BankSummary[];
	/** Every bank item by id, tagged with its home bank. */
	items: Map<string, BankItem>;
}

let catalog: Promise<BankCatalog> | undefined;

/** All banks' items (precached by the service worker, so this works offline). */
export function loadCatalog(fetcher: typeof fetch = fetch): Promise<BankCatalog> {
	catalog ??= (async () => {
		const banks = await loadBankIndex(fetcher);
		const loaded = await Promise.all(banks.map((b) => loadBank(b.id, fetcher)));
		const items = new Map<string, BankItem>();
		for (const bank of loaded)
			for (const item of bank.items) items.set(item.id, { ...item, bankId: bank.id });
		return { banks, items };
	})().catch((e: unknown) => {
		catalog = undefined;
		throw e;
	});
	return catalog;
}

/** A decoded deck is usable only if every bank item it names is installed. */
export async function checkRefs(result: DeckResult, fetcher: typeof fetch = fetch): Promise<DeckResult> {
	if (!result.ok) return result;
	if (result.deck.itemRefs.length === 0) return result;
	try {
		const missing = missingRefs(result.deck, (await loadCatalog(fetcher)).items);
		return missing.length ? { ok: false, error: describeMissing(missing) } : result;
	} catch (e) {
		return { ok: false, error: (e as Error).message };
	}
}

export function deckAsBank(deck: SharedDeck, c: BankCatalog): Bank {
	return deckToBank(deck, c.items, c.banks);
}

/** A stored deck as a Bank for every study mode. */
export async function loadDeckAsBank(id: string, fetcher: typeof fetch = fetch): Promise<Bank> {
	const deck = await repositories().decks.get(id);
	if (!deck) throw new Error(`There is no deck "${id}" on this device. Open its link again to add it.`);
	return deckAsBank(deck, await loadCatalog(fetcher));
}
