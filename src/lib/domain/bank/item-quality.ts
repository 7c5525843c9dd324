/**
 * Item-writing checks beyond the schema, shared by the validator: a stem whose wording points at the
 * answer, and stems across banks so alike that they likely test the same fact (to be reviewed together).
 */
import type { BankItem, Mcq } from './schema';

// Words too common in stems and choices to count as a clue.
const COMMON = new Set(
	'which what when where while would should could about after before their there these those other first best following into from with that this have than been being does your they them patient medical assistant'.split(
		' '
	)
);

/** Content words (five letters or more), with plural and verb endings trimmed so "tests" matches "test". */
export function contentWords(text: string): Set<string> {
	const words = text.toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? [];
	return new Set(words.map((w) => w.replace(/(ing|ed|es|s)$/, '')).filter((w) => !COMMON.has(w)));
}

/**
 * Words too common in a bank to point anywhere ("blood" in a phlebotomy bank): those in at least `share`
 * of its questions (stem or choices), and in three at least.
 */
export function commonWordsOf(items: readonly Mcq[], share = 0.02): Set<string> {
	const counts = new Map<string, number>();
	for (const item of items)
		for (const w of contentWords([item.stem, ...item.choices].join(' ')))
			counts.set(w, (counts.get(w) ?? 0) + 1);
	// At least three questions, so a word in a small deck is never "common" for appearing once.
	const floor = Math.max(3, share * items.length);
	return new Set([...counts].filter(([, n]) => n >= floor).map(([w]) => w));
}

/**
 * Words of the stem that appear in the right choice and in no wrong one, leaving out the bank's common
 * words: a clue a test-wise reader follows without knowing the fact.
 */
export function stemEchoes(item: Mcq, common: ReadonlySet<string> = new Set()): string[] {
	const stem = contentWords(item.stem);
	const wrong = item.choices.filter((_, i) => i !== item.answer).map(contentWords);
	return [...contentWords(item.choices[item.answer] ?? '')].filter(
		(w) => stem.has(w) && !common.has(w) && wrong.every((c) => !c.has(w))
	);
}

export interface SimilarPair {
	a: BankItem & { bankId: string };
	b: BankItem & { bankId: string };
	similarity: number;
}

const promptOf = (i: BankItem) => (i.kind === 'mcq' ? i.stem : i.front);

/** Pairs of items in different banks whose prompts share at least `threshold` of their words (Jaccard). */
export function similarAcrossBanks(
	items: readonly (BankItem & { bankId: string })[],
	threshold = 0.6
): SimilarPair[] {
	const sets = items.map((i) => contentWords(promptOf(i)));
	const pairs: SimilarPair[] = [];
	for (let x = 0; x < items.length; x++) {
		for (let y = x + 1; y < items.length; y++) {
			if (items[x]!.bankId === items[y]!.bankId || items[x]!.kind !== items[y]!.kind) continue;
			const a = sets[x]!;
			const b = sets[y]!;
			if (a.size < 3 || b.size < 3) continue;
			let shared = 0;
			for (const w of a) if (b.has(w)) shared++;
			const similarity = shared / (a.size + b.size - shared);
			if (similarity >= threshold) pairs.push({ a: items[x]!, b: items[y]!, similarity });
		}
	}
	return pairs.sort((p, q) => q.similarity - p.similarity);
}
