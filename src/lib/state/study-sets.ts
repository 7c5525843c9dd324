/** Resolves what a quiz, exam or flashcard session draws from: an exam bank (or, later, a deck) by id. */
import type { Bank } from '$lib/domain/bank-schema';
import { loadBank } from './banks';

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
	const bank = await loadBank(id === LAST ? remembered() : id);
	try {
		localStorage.setItem(LAST_KEY, bank.id);
	} catch {
		// Private mode: shortcuts then open the default exam.
	}
	return bank;
}
