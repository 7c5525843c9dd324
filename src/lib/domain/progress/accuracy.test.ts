import { describe, expect, it } from 'vitest';
import type { ItemStat } from '../attempt/types';
import { domainAccuracy, weakestDomain } from './accuracy';
import { readiness, type DomainEvidence } from './readiness';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 1, 12);

const stat = (domain: string, recent: [number, boolean][]): ItemStat => ({
	itemId: `${domain}-${recent.length}`,
	bankId: 'b',
	domain,
	seen: recent.length,
	correct: 0,
	lastAnsweredAt: 0,
	missed: false,
	rightSinceMiss: 0,
	flagged: false,
	recent: recent.map(([at, correct]) => ({ at, correct }))
});
const answers = (n: number, right: number, at = t0): [number, boolean][] =>
	Array.from({ length: n }, (_, i) => [at, i < right]);

describe('domainAccuracy and weakestDomain', () => {
	it('weights recent answers more (half-life 14 days)', () => {
		// 4 right today (weight 1 each), 2 wrong 14 days ago (weight 0.5 each): 4 / 5.
		const [a] = domainAccuracy([stat('a', [...answers(4, 4), ...answers(2, 0, t0 - 14 * DAY)])], ['a'], t0);
		expect(a!.accuracy).toBeCloseTo(4 / 5, 10);
		expect(a!.answers).toBe(6);
	});

	it('picks a domain too little practised to judge first, then the least accurate', () => {
		const stats = [stat('a', answers(6, 5)), stat('b', answers(6, 2)), stat('c', answers(2, 0))];
		expect(weakestDomain(domainAccuracy(stats, ['a', 'b', 'c', 'd'], t0))).toBe('d'); // never answered
		expect(weakestDomain(domainAccuracy(stats, ['a', 'b', 'c'], t0))).toBe('c'); // 2 answers
		expect(weakestDomain(domainAccuracy(stats, ['a', 'b'], t0))).toBe('b'); // 2/6 < 5/6
	});

	it('agrees with readiness about a domain with 4 answers: neither gives it an accuracy', () => {
		// 4 answers, all wrong. Before, the quiz counted it (minimum 3) and readiness did not (minimum 5).
		const four = answers(4, 0);
		const [acc] = domainAccuracy([stat('x', four)], ['x'], t0);
		const evidence: DomainEvidence = {
			id: 'x',
			name: 'X',
			weightPercent: 100,
			itemCount: 10,
			recall: [],
			answers: four.map(([at, correct]) => ({ at, correct }))
		};
		const [mastery] = readiness([evidence], t0).domains;
		expect(acc!.accuracy).toBeNull();
		expect(mastery!.quizScore).toBeNull();
		// With a fifth answer both see the same number.
		const five = answers(5, 1);
		const [acc5] = domainAccuracy([stat('x', five)], ['x'], t0);
		const [m5] = readiness(
			[{ ...evidence, answers: five.map(([at, correct]) => ({ at, correct })) }],
			t0
		).domains;
		expect(acc5!.accuracy).toBeCloseTo(1 / 5, 10);
		expect(m5!.quizScore).toBeCloseTo(1 / 5, 10);
	});
});
