/**
 * A study set is whatever a student studies: an exam bank (`cpt`), the career guide, or a deck (`deck-<deck id>`,
 * the id its Bank carries, so attempts on decks reopen too). Screens name it by `?set=<id>`; `?set=last` is
 * the one studied last (the home-screen shortcuts use it).
 */
import type { Bank } from '$lib/domain/bank/schema';
import { deckSetId } from '$lib/domain/deck/as-bank';
import { loadBank } from './banks';
import { loadDeckAsBank } from './deck/library';

const DECK_PREFIX = deckSetId('');

const LAST_KEY = 'vitals-last-exam';
export const LAST = 'last';

/** The study set a screen's URL names: `?set=`, or the older `?exam=<id>` and `?deck=<deck id>` that
 * bookmarks and installed home-screen shortcuts may still use. */
export function setIdFrom(url: URL): string {
	const params = url.searchParams;
	const deck = params.get('deck');
	return params.get('set') ?? (deck ? deckSetId(deck) : (params.get('exam') ?? ''));
}

function remembered(): string {
	try {
		return localStorage.getItem(LAST_KEY) || 'ccma';
	} catch {
		return 'ccma';
	}
}

export async function loadStudySet(setId: string): Promise<Bank> {
	if (setId.startsWith(DECK_PREFIX)) return loadDeckAsBank(setId.slice(DECK_PREFIX.length));
	const bank = await loadBank(setId === LAST ? remembered() : setId);
	try {
		localStorage.setItem(LAST_KEY, bank.id);
	} catch {
		// Private mode: shortcuts then open the default exam.
	}
	return bank;
}
