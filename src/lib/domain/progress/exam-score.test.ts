import { describe, expect, it } from 'vitest';
import { expectedExamScore, type ScoreEvidence } from './exam-score';

const now = Date.UTC(2026, 2, 1, 12);
const results = (n: number, right: number) =>
	Array.from({ length: n }, (_, i) => ({ at: now, correct: i < right }));

// Worked by hand: A is 60 % of the exam, B 40 %.
const A: ScoreEvidence = {
	id: 'a',
	weightPercent: 60,
	itemCount: 4,
	// Base rate 6 / 10 = 0.6 from first looks. Studied: 0.9 + 0.1 × 0.6 = 0.96 and 0.5 + 0.5 × 0.6 = 0.8;
	// two unstudied at 0.6 each → (0.96 + 0.8 + 1.2) / 4 = 0.74.
	recall: [0.9, 0.5],
	firstLookAnswers: results(10, 6),
	answers: results(20, 16)
};
const B: ScoreEvidence = {
	id: 'b',
	weightPercent: 40,
	itemCount: 2,
	// Only 3 first looks (< 5): the base rate falls back to all answers, 4 / 8 = 0.5.
	// 1.0 + 0 × 0.5 = 1 and one unstudied at 0.5 → 0.75.
	recall: [1],
	firstLookAnswers: results(3, 3),
	answers: results(8, 4)
};

describe('expected exam score', () => {
	it('matches the hand-worked case: recalled items right, the rest at the first-look base rate', () => {
		const e = expectedExamScore([A, B], now);
		expect(e.domains.map((d) => [d.baseRate, d.baseRateFrom])).toEqual([
			[0.6, 'first-looks'],
			[0.5, 'all-answers']
		]);
		expect(e.domains[0]!.expected).toBeCloseTo(0.74, 12);
		expect(e.domains[1]!.expected).toBeCloseTo(0.75, 12);
		expect(e.score).toBeCloseTo(0.6 * 0.74 + 0.4 * 0.75, 12);
	});

	it('guesses (1 in 4 by default) where nothing is known, so a blank start is not 0 %', () => {
		const blank = { ...B, recall: [], firstLookAnswers: [], answers: [] };
		expect(expectedExamScore([blank], now).score).toBe(0.25);
		expect(expectedExamScore([blank], now, 0.2).score).toBe(0.2);
	});
});
