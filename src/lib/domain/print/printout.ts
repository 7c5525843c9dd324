/**
 * What a printout holds: a seeded pick of a study set's questions, numbered, with the choice order each
 * question prints in and its key letter. The quiz and its answer key are built from the same call, so a key
 * printed later with the same seed and options matches the quiz already handed out.
 */
import type { Bank, BankItem } from '../bank/schema';
import { mcqsOf, type McqItem } from '../attempt/quiz-assembly';
import { seededRng, shuffle } from '../random';

export const LETTERS = ['A', 'B', 'C', 'D'] as const;
export type Letter = (typeof LETTERS)[number];

export interface PrintOptions {
	/** Domain (or guide topic) ids to draw from. */
	domains: readonly string[];
	/** How many items, or every one in the chosen domains. */
	count: number | 'all';
	shuffleChoices: boolean;
	seed: number;
}

export interface PrintQuestion {
	number: number;
	item: McqItem;
	/** The choices in the order they print, lettered A–D. */
	choices: string[];
	letter: Letter;
}

function inDomains<T extends BankItem>(items: readonly T[], domains: readonly string[]): T[] {
	const wanted = new Set(domains);
	return items.filter((i) => wanted.has(i.domain));
}

function pick<T>(
	pool: readonly T[],
	count: number | 'all',
	seed: number
): { picked: T[]; rest: () => number } {
	const rng = seededRng(seed);
	const shuffled = shuffle(pool, rng);
	return { picked: count === 'all' ? shuffled : shuffled.slice(0, count), rest: rng };
}

/** The quiz's questions (multiple choice only): drawn at random from the seed, numbered from 1. */
export function printQuiz(bank: Bank, options: PrintOptions): PrintQuestion[] {
	const { picked, rest } = pick(inDomains(mcqsOf(bank), options.domains), options.count, options.seed);
	return picked.map((item, index) => {
		const order = options.shuffleChoices ? shuffle([0, 1, 2, 3], rest) : [0, 1, 2, 3];
		return {
			number: index + 1,
			item,
			choices: order.map((k) => item.choices[k]!),
			letter: LETTERS[order.indexOf(item.answer)]!
		};
	});
}

/** Flashcards to cut out: every item kind (a question's back is its answer), drawn from the seed. */
export function printCards(bank: Bank, options: PrintOptions): BankItem[] {
	return pick(inDomains(bank.items, options.domains), options.count, options.seed).picked;
}

/** How many items the options could draw from, per layout: the quiz prints questions only. */
export function poolSize(bank: Bank, domains: readonly string[], quiz: boolean): number {
	return inDomains(quiz ? mcqsOf(bank) : bank.items, domains).length;
}
