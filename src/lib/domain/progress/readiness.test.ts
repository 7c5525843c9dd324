import { describe, expect, it } from 'vitest';
import { recencyWeightedAccuracy } from './accuracy';
import { projectReadiness, readiness, type DomainEvidence } from './readiness';

const DAY = 86_400_000;
const now = Date.UTC(2026, 2, 1, 12);
const results = (n: number, correct: number, at = now) =>
	Array.from({ length: n }, (_, i) => ({ at, correct: i < correct }));

// Worked by hand (see the comments): A is 60% of the exam, B 40%.
const A: DomainEvidence = {
	id: 'a',
	name: 'Domain A',
	weightPercent: 60,
	itemCount: 10,
	// 8 of 10 items studied: recall sum 6.8 → 6.8 / 10 = 0.68 (the 2 unstudied count as 0)
	recall: [0.9, 0.9, 0.9, 0.9, 0.8, 0.8, 0.8, 0.8],
	// 7 of 10 right today → 0.7
	answers: results(10, 7)
};
const B: DomainEvidence = {
	id: 'b',
	name: 'Domain B',
	weightPercent: 40,
	itemCount: 5,
	recall: [0.9, 0.9, 0.9, 0.9, 0.9], // 0.9
	// 4 right today (weight 1 each) and 3 wrong two weeks ago (weight 0.5 each): 4 / 5.5 = 0.72727…
	answers: [...results(4, 4), ...results(3, 0, now - 14 * DAY)]
};

describe('readiness', () => {
	it('weights recent answers more: an answer one half-life old counts half', () => {
		expect(recencyWeightedAccuracy(B.answers, now)).toBeCloseTo(4 / 5.5, 10);
		expect(recencyWeightedAccuracy(results(4, 4), now)).toBeNull(); // fewer than 5 answers
	});

	it('matches the hand-worked case: blueprint-weighted mean of per-domain mastery', () => {
		const r = readiness([A, B], now);
		expect(r.tooLittleData).toBe(false);
		const [a, b] = r.domains;
		expect(a!.recallScore).toBeCloseTo(0.68, 10);
		expect(a!.quizScore).toBeCloseTo(0.7, 10);
		expect(a!.mastery).toBeCloseTo(0.69, 10);
		expect(b!.mastery).toBeCloseTo((0.9 + 4 / 5.5) / 2, 10); // 0.813636…
		// 0.6 × 0.69 + 0.4 × 0.813636 = 0.739454…
		expect(r.score).toBeCloseTo(0.6 * 0.69 + 0.4 * ((0.9 + 4 / 5.5) / 2), 10);
		// Mastering A would add 0.6 × 0.31 = 0.186; B 0.4 × 0.186… = 0.0745
		expect(r.focus.map((d) => d.id)).toEqual(['a', 'b']);
		expect(r.focus[0]!.gain).toBeCloseTo(0.186, 10);
	});

	it('says there is too little data when studied domains cover under half the blueprint', () => {
		const unstudiedA = { ...A, recall: [], answers: [] };
		const r = readiness([unstudiedA, { ...B, answers: results(40, 30) }], now);
		expect(r.tooLittleData).toBe(true);
		expect(r.score).toBeNull();
		expect(r.domains[0]!.hasData).toBe(false);
		expect(r.domains[0]!.mastery).toBe(0);
		expect(r.focus[0]!.id).toBe('a'); // the unstudied domain is where the points are
	});

	it('says there is too little data with fewer than 30 cards studied and questions answered', () => {
		const r = readiness(
			[
				{ ...A, answers: results(5, 5) },
				{ ...B, answers: [] }
			],
			now
		);
		expect(r.tooLittleData).toBe(true); // 8 + 5 + 5 = 18
		expect(readiness([], now).tooLittleData).toBe(true);
	});

	it('projects exam-day readiness: every item the plan reaches held at the desired retention', () => {
		const p = projectReadiness([A, B], now, { desiredRetention: 0.9, coverage: 1 });
		// A: recall 0.9 (all 10 items), quiz 0.7 → 0.8; B: (0.9 + 0.72727) / 2
		expect(p.score).toBeCloseTo(0.6 * 0.8 + 0.4 * ((0.9 + 4 / 5.5) / 2), 10);
		// Reaching only half the unstudied items: A recall = 0.9 × (8 + 1) / 10 = 0.81
		const half = projectReadiness([A, B], now, { desiredRetention: 0.9, coverage: 0.5 });
		expect(half.domains[0]!.recallScore).toBeCloseTo(0.81, 10);
	});
});
