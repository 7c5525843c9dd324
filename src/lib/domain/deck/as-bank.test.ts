import { describe, expect, it } from 'vitest';
import type { BankItem } from '../bank/schema';
import { deckToBank, describeMissing, missingRefs } from './as-bank';
import { sampleDeck } from '$test/deck-test-data';

const known = new Map<string, BankItem>([
	['cpt-sc-0001', { id: 'cpt-sc-0001', kind: 'card', front: 'F', back: 'B', domain: 'sc', bankId: 'cpt' }],
	['cpt-sc-0002', { id: 'cpt-sc-0002', kind: 'card', front: 'F2', back: 'B2', domain: 'sc', bankId: 'cpt' }]
]);

describe('deck as a bank', () => {
	it('keeps bank items tied to their home bank, one domain per source exam plus the deck', () => {
		const bank = deckToBank(sampleDeck(2, 2), known, [{ id: 'cpt', name: 'CPT' }]);
		expect(bank).toMatchObject({ id: 'deck-abcd1234', kind: 'guide', name: 'Venipuncture review' });
		expect(bank.items.map((i) => [i.id, i.domain, i.bankId])).toEqual([
			['cpt-sc-0001', 'cpt', 'cpt'],
			['cpt-sc-0002', 'cpt', 'cpt'],
			['deck-abcd1234-0001', 'deck', undefined],
			['deck-abcd1234-0002', 'deck', undefined]
		]);
		expect(bank.domains).toEqual([
			{ id: 'cpt', name: 'CPT', weightPercent: 50 },
			{ id: 'deck', name: 'Written for this deck', weightPercent: 50 }
		]);
	});

	it('names the bank items that do not exist', () => {
		const missing = missingRefs(sampleDeck(4, 0), known);
		expect(missing).toEqual(['cpt-sc-0003', 'cpt-sc-0004']);
		expect(describeMissing(missing)).toMatch(/does not have: cpt-sc-0003, cpt-sc-0004\./);
	});
});
