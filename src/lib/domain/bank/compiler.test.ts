import { describe, expect, it } from 'vitest';
import { compileBank, crossBankErrors, isCorrectStrictlyLongest, type RawBankSource } from './compiler';
import type { Mcq } from './schema';

const header = {
	id: 'cpt',
	name: 'Certified Phlebotomy Technician (CPT)',
	body: 'NHA',
	scoredItems: 4,
	pretestItems: 1,
	minutes: 10,
	passingNote: 'Scaled 390 of 200-500',
	domains: [
		{ id: 'processing', name: 'Processing', idPrefix: 'cpt-proc', weightPercent: 50 },
		{ id: 'special-collections', name: 'Special Collections', idPrefix: 'cpt-spc', weightPercent: 50 }
	]
};
const rationale = 'Because this is the reason the answer is right, and the tempting choice is wrong.';

/** Four MCQs per domain with answers at A, B, C, D and the longest choice never the answer. */
function mcqs(prefix: string, start = 1): Mcq[] {
	return [0, 1, 2, 3].map((answer, i) => ({
		id: `${prefix}-${String(start + i).padStart(4, '0')}`,
		kind: 'mcq' as const,
		stem: `${prefix} question number ${start + i}?`,
		choices: ['aa', 'bb', 'cc', 'dd'].map((c, j) =>
			j === (answer + 1) % 4 ? `${c} longest choice here` : c
		),
		answer,
		rationale,
		source: 'CLSI GP41'
	}));
}
const cards = (prefix: string, n: number, start: number) =>
	Array.from({ length: n }, (_, i) => ({
		id: `${prefix}-${String(start + i).padStart(4, '0')}`,
		kind: 'card',
		front: `front ${prefix} ${i}`,
		back: 'back',
		source: 'CLSI GP41'
	}));

function source(
	overrides: Partial<Record<'processing' | 'special-collections', unknown[]>> = {}
): RawBankSource {
	return {
		header: { file: 'question-banks/cpt/exam.yaml', data: header },
		domainFiles: [
			{
				file: 'question-banks/cpt/processing.yaml',
				name: 'processing',
				data: { items: overrides.processing ?? [...mcqs('cpt-proc'), ...cards('cpt-proc', 30, 5)] }
			},
			{
				file: 'question-banks/cpt/special-collections.yaml',
				name: 'special-collections',
				data: { items: overrides['special-collections'] ?? [...mcqs('cpt-spc'), ...cards('cpt-spc', 30, 5)] }
			}
		]
	};
}

// A tiny exam needs the global minimum of 300 MCQs; tests that check other rules filter that message out.
const notSize = (e: string) => !/need at least/.test(e);

describe('compileBank', () => {
	it('compiles a valid bank, tagging each item with its domain', () => {
		const { bank, stats, errors } = compileBank(source());
		expect(errors.filter(notSize)).toEqual([]);
		expect(bank?.items).toHaveLength(68);
		expect(bank?.items.find((i) => i.id === 'cpt-spc-0002')?.domain).toBe('special-collections');
		expect(bank?.format).toEqual({
			scoredItems: 4,
			pretestItems: 1,
			minutes: 10,
			passingNote: 'Scaled 390 of 200-500'
		});
		expect(stats?.answerShare).toEqual([0.25, 0.25, 0.25, 0.25]);
		expect(stats?.longestCorrectShare).toBe(0);
		expect(stats?.domains.map((d) => [d.id, d.mcqs, d.cards, d.minimumMcqs])).toEqual([
			['processing', 4, 30, 6],
			['special-collections', 4, 30, 6]
		]);
	});

	it('names file, item id and field for a wrong number of choices', () => {
		const items = mcqs('cpt-proc');
		items[2]!.choices = ['one', 'two', 'three'];
		const { errors } = compileBank(source({ processing: items }));
		expect(errors).toContain('question-banks/cpt/processing.yaml: cpt-proc-0003: choices: expected 4, got 3');
	});

	it('rejects duplicate ids, duplicate stems, and "of the above" choices', () => {
		const items = mcqs('cpt-proc');
		items[1]!.id = 'cpt-proc-0001';
		items[2]!.stem = ' CPT-PROC question number 1? ';
		items[3]!.choices[3] = 'All of the above';
		const { errors } = compileBank(source({ processing: items }));
		expect(errors).toEqual(
			expect.arrayContaining([
				'question-banks/cpt/processing.yaml: cpt-proc-0001: id: duplicate of an item in question-banks/cpt/processing.yaml',
				'question-banks/cpt/processing.yaml: cpt-proc-0003: stem: same stem as cpt-proc-0001',
				'question-banks/cpt/processing.yaml: cpt-proc-0004: choices: all/none/both of the above is not allowed'
			])
		);
	});

	it('rejects an empty or short rationale and an answer out of range', () => {
		const items = mcqs('cpt-proc');
		items[0]!.rationale = '   ';
		(items[1] as { answer: number }).answer = 4;
		const { errors } = compileBank(source({ processing: items }));
		expect(errors).toContain(
			'question-banks/cpt/processing.yaml: cpt-proc-0001: rationale: at least 60 characters, got 0'
		);
		expect(errors).toContain('question-banks/cpt/processing.yaml: cpt-proc-0002: answer: expected 0-3');
	});

	it('rejects an id outside its domain prefix and a file that is not a domain', () => {
		const src = source({ processing: mcqs('cpt-spc', 10) });
		src.domainFiles.push({ file: 'question-banks/cpt/billing.yaml', name: 'billing', data: { items: [] } });
		const { errors } = compileBank(src);
		expect(errors).toContain('question-banks/cpt/processing.yaml: cpt-spc-0010: id: expected cpt-proc-NNNN');
		expect(errors.some((e) => e.startsWith('question-banks/cpt/billing.yaml: not a domain of'))).toBe(true);
	});

	it('rejects an unknown kind and a header whose weights do not add up to 100', () => {
		const bad = compileBank(source({ processing: [{ id: 'cpt-proc-0001', kind: 'essay' }] }));
		expect(bad.errors).toContain(
			'question-banks/cpt/processing.yaml: cpt-proc-0001: kind: expected mcq or card, got "essay"'
		);
		const src = source();
		src.header.data = { ...header, domains: [{ ...header.domains[0], weightPercent: 10 }] };
		expect(compileBank(src).errors).toEqual([
			'question-banks/cpt/exam.yaml: domains: weights must add up to 100'
		]);
	});

	it('enforces the size rules: 300 MCQs, 3x per domain (three simulations), 150 cards', () => {
		const { errors } = compileBank(source({ processing: mcqs('cpt-proc').slice(0, 2) }));
		expect(errors).toEqual(
			expect.arrayContaining([
				'question-banks/cpt/exam.yaml: MCQs: 6, need at least 300',
				'question-banks/cpt/exam.yaml: processing: 2 MCQs, need at least 6',
				'question-banks/cpt/exam.yaml: cards: 30, need at least 150'
			])
		);
	});

	it('wants a source on every item', () => {
		const items = mcqs('cpt-proc');
		delete (items[1] as { source?: string }).source;
		const { errors } = compileBank(source({ processing: items }));
		expect(errors.filter(notSize)).toEqual([
			'question-banks/cpt/processing.yaml: cpt-proc-0002: source: every bank item names the standard or body it rests on'
		]);
	});

	it('flags a stem word that only the right choice repeats, unless the word is common in the bank', () => {
		const items = mcqs('cpt-proc');
		items[0]!.stem = 'Which additive is in the lavender tube?';
		items[0]!.choices = ['EDTA in the lavender tube', 'Sodium citrate', 'Lithium heparin', 'Sodium fluoride'];
		const { errors } = compileBank(source({ processing: items }));
		expect(errors.filter(notSize)).toEqual([
			'question-banks/cpt/processing.yaml: cpt-proc-0001: stem: "lavender" is in the stem and only in the right choice, which points to the answer'
		]);
		// The word in a wrong choice too: no clue.
		items[0]!.choices[1] = 'Sodium citrate in the lavender tube';
		expect(compileBank(source({ processing: items })).errors.filter(notSize)).toEqual([]);
	});

	it('flags unbalanced answer positions and a longest-answer giveaway', () => {
		const skewed = mcqs('cpt-proc').map((m) => ({
			...m,
			answer: 0,
			choices: ['the very longest choice', 'b', 'c', 'd']
		}));
		const { errors, stats } = compileBank(source({ processing: skewed }));
		expect(stats?.answerShare[0]).toBeCloseTo(5 / 8);
		expect(errors.filter(notSize)).toEqual(
			expect.arrayContaining([
				'question-banks/cpt/exam.yaml: answer position A: 62.5% of MCQs, must be 20-30%',
				'question-banks/cpt/exam.yaml: the correct choice is the longest in 50.0% of MCQs (at most 35%)'
			])
		);
	});
});

describe('isCorrectStrictlyLongest', () => {
	it('is false on a tie, so equal-length choices give nothing away', () => {
		const base = { id: 'x-0001', kind: 'mcq' as const, stem: 's', rationale, answer: 1 };
		expect(isCorrectStrictlyLongest({ ...base, choices: ['aa', 'bbb', 'c', 'd'] })).toBe(true);
		expect(isCorrectStrictlyLongest({ ...base, choices: ['aaa', 'bbb', 'c', 'd'] })).toBe(false);
	});
});

describe('crossBankErrors', () => {
	it('finds an id used by two banks', () => {
		const a = compileBank(source()).bank!;
		const b = { ...a, id: 'ccma' };
		expect(crossBankErrors([a, b])[0]).toBe('question-banks/ccma: cpt-proc-0001: id: also used in cpt');
	});
});
