import { describe, expect, it } from 'vitest';
import { fakeBank } from '$test/test-fixtures';
import { loadBanks } from '../../../../scripts/lib/load-banks';
import type { Bank } from '../bank/schema';
import { seededRng } from '../random';
import { examExposure, freshQuestions } from './exam-exposure';
import { assembleExam } from './quiz-assembly';

/** Three consecutive full-length simulations, each drawn knowing the ones before it. */
function threeSimulations(bank: Bank, seed: number): string[][] {
	const exams: { itemIds: string[] }[] = [];
	for (let i = 0; i < 3; i++) {
		const exposure = examExposure(exams, new Map());
		exams.push({ itemIds: assembleExam(bank, 1, seededRng(seed + i), exposure).itemIds });
	}
	return exams.map((e) => e.itemIds);
}
const shared = (a: readonly string[], b: readonly string[]) => a.filter((id) => b.includes(id)).length;

describe('three consecutive exam simulations', () => {
	it('share no question when every domain holds three times its draw', () => {
		// 10 questions a simulation: 6 from A (60%), 4 from B (40%); A has 18, B has 12.
		const bank = fakeBank(
			[
				{ id: 'a', weightPercent: 60, mcqs: 18 },
				{ id: 'b', weightPercent: 40, mcqs: 12 }
			],
			{ scoredItems: 10, pretestItems: 0, minutes: 10 }
		);
		for (let seed = 1; seed <= 50; seed++) {
			const [x, y, z] = threeSimulations(bank, seed);
			expect([shared(x!, y!), shared(x!, z!), shared(y!, z!)]).toEqual([0, 0, 0]);
			expect(new Set([...x!, ...y!, ...z!]).size).toBe(30);
		}
	});

	it('repeat only as many as the bank forces when a domain is short', () => {
		// A has 15 (2.5 draws of 6): the third simulation must reuse 6 - (15 - 12) = 3 of A; B has 12, no repeats.
		const bank = fakeBank(
			[
				{ id: 'a', weightPercent: 60, mcqs: 15 },
				{ id: 'b', weightPercent: 40, mcqs: 12 }
			],
			{ scoredItems: 10, pretestItems: 0, minutes: 10 }
		);
		for (let seed = 1; seed <= 50; seed++) {
			const [x, y, z] = threeSimulations(bank, seed);
			expect(shared(x!, y!)).toBe(0);
			expect(shared(x!, z!) + shared(y!, z!)).toBe(3);
		}
	});

	it('draws never-answered questions before ones seen in practice', () => {
		const bank = fakeBank([{ id: 'a', weightPercent: 100, mcqs: 20 }], {
			scoredItems: 10,
			pretestItems: 0,
			minutes: 10
		});
		const practised = new Map(bank.items.slice(0, 10).map((i) => [i.id, { seen: 1 }]));
		const plan = assembleExam(bank, 1, seededRng(7), examExposure([], practised));
		expect(plan.itemIds.filter((id) => practised.has(id))).toEqual([]);
		expect(freshQuestions(bank, examExposure([], practised))).toEqual({
			unseen: 10,
			total: 20,
			simulationsWithoutRepeats: 2
		});
	});
});

describe('the real banks', () => {
	const banks = loadBanks().results.flatMap((r) => (r.bank?.format ? [r.bank] : []));
	it.each(banks.map((b) => [b.id, b] as const))(
		'%s: three full-length simulations overlap only where a domain is short',
		(_, bank) => {
			const exposure = examExposure([], new Map());
			const target = assembleExam(bank, 1, seededRng(1), exposure).perDomain;
			// The least overlap the bank allows, domain by domain, counted from its sizes alone: n questions,
			// t drawn each time. The second simulation must reuse max(0, 2t - n) of the first; the third takes
			// questions in neither first, then ones in one (each adds 1 to the pairwise count), then in both (2).
			const forced = bank.domains.reduce((sum, d) => {
				const n = bank.items.filter((i) => i.kind === 'mcq' && i.domain === d.id).length;
				const t = target[d.id]!;
				const inBoth = Math.max(0, 2 * t - n);
				const inOne = 2 * t - 2 * inBoth;
				const inNeither = n - (2 * t - inBoth);
				const fresh = Math.min(t, inNeither);
				const once = Math.min(t - fresh, inOne);
				return sum + inBoth + once + 2 * (t - fresh - once);
			}, 0);
			const [x, y, z] = threeSimulations(bank, 11);
			const overlap = shared(x!, y!) + shared(x!, z!) + shared(y!, z!);
			console.log(`${bank.id}: ${x!.length} questions a simulation; overlap across three: ${overlap}`);
			expect(overlap).toBe(forced);
		}
	);
});
