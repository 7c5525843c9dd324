/** Resolves what a quiz, exam or flashcard session draws from: an exam bank (or, later, a deck) by id. */
import type { Bank } from '$lib/domain/bank-schema';
import { loadBank } from './banks';

export function loadStudySet(id: string): Promise<Bank> {
	return loadBank(id);
}
