/**
 * Resolves what a quiz, exam or flashcard session draws from, by id: an exam bank (`cpt`), a deck
 * (`deck-<deck id>`, the id its Bank carries, so attempts on decks reopen too), or `last`.
 */
import type { Bank } from '$lib/domain/bank/schema';
import { deckBankId } from '$lib/domain/deck/as-bank';
import { loadBank } from './banks';
import { loadDeckAsBank } from './deck/library';

export const deckStudySetId = deckBankId;
const DECK_PREFIX = deckBankId('');

const LAST_KEY = 'vitals-last-exam';
/** The app's home-screen shortcuts open "the exam I was studying": `?exam=last`. */
export const LAST = 'last';

function remembered(): string {
	try {
		return localStorage.getItem(LAST_KEY) || 'ccma';
	} catch {
		return 'ccma';
	}
}

export async function loadStudySet(id: string): Promise<Bank> {
	if (id.startsWith(DECK_PREFIX)) return loadDeckAsBank(id.slice(DECK_PREFIX.length));
	const bank = await loadBank(id === LAST ? remembered() : id);
	try {
		localStorage.setItem(LAST_KEY, bank.id);
	} catch {
		// Private mode: shortcuts then open the default exam.
	}
	return bank;
}
