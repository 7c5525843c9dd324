import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBank } from '$test/test-fixtures';
import type { Bank } from '../bank/schema';
import { poolSize, printCards, printQuiz } from './printout';

const bank = fakeBank([
	{ id: 'adm', weightPercent: 40, mcqs: 30 },
	{ id: 'cli', weightPercent: 60, mcqs: 30 }
]);
const withCards: Bank = {
	...bank,
	items: [
		...bank.items,
		{ id: 't-adm-0900', kind: 'card', front: 'Front', back: 'Back', domain: 'adm' },
		{ id: 't-cli-0900', kind: 'card', front: 'Front 2', back: 'Back 2', domain: 'cli' }
	]
};
const all = { domains: ['adm', 'cli'], count: 'all' as const, shuffleChoices: true, seed: 1 };

describe('printQuiz', () => {
	it('numbers the questions from 1 and keys each to the printed position of its correct choice', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.boolean(), (seed, shuffleChoices) => {
				const questions = printQuiz(bank, { ...all, count: 12, seed, shuffleChoices });
				expect(questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
				for (const q of questions) {
					expect([...q.choices].sort()).toEqual([...q.item.choices].sort());
					const printedAt = q.choices.indexOf(q.item.choices[q.item.answer]!);
					expect(q.letter).toBe('ABCD'[printedAt]);
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('gives the same questions, order and key for the same seed, and another pick for another seed', () => {
		const a = printQuiz(bank, { ...all, count: 10, seed: 42 });
		const again = printQuiz(bank, { ...all, count: 10, seed: 42 });
		const other = printQuiz(bank, { ...all, count: 10, seed: 43 });
		const summary = (qs: typeof a) => qs.map((q) => `${q.item.id}:${q.choices.join('')}:${q.letter}`);
		expect(summary(again)).toEqual(summary(a));
		expect(summary(other)).not.toEqual(summary(a));
	});

	it('keeps the authored choice order when shuffling is off', () => {
		for (const q of printQuiz(bank, { ...all, shuffleChoices: false })) {
			expect(q.choices).toEqual(q.item.choices);
			expect(q.letter).toBe('ABCD'[q.item.answer]);
		}
	});

	it('draws only from the chosen domains, questions only, and at most the count asked for', () => {
		const questions = printQuiz(withCards, { ...all, domains: ['cli'], count: 50 });
		expect(questions).toHaveLength(30);
		expect(new Set(questions.map((q) => q.item.id)).size).toBe(30);
		expect(questions.every((q) => q.item.domain === 'cli' && q.item.kind === 'mcq')).toBe(true);
	});
});

describe('printCards and poolSize', () => {
	it('prints cards and questions alike as flashcards, from the chosen domains', () => {
		const cards = printCards(withCards, { ...all, domains: ['adm'] });
		expect(cards).toHaveLength(31);
		expect(cards.map((c) => c.id)).toContain('t-adm-0900');
		expect(poolSize(withCards, ['adm'], false)).toBe(31);
		expect(poolSize(withCards, ['adm'], true)).toBe(30);
		expect(poolSize(withCards, [], true)).toBe(0);
	});
});
