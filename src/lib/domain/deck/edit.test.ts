import { describe, expect, it } from 'vitest';
import type { BankItem } from '../bank/schema';
import { deckItemId, filterItems, newDeck, newDeckId, nextItemNumber, saveEdit } from './edit';

describe('deck editing', () => {
	it('makes ids that fit the deck id and item id formats', () => {
		let s = 0;
		const id = newDeckId(() => (s = (s + 0.37) % 1));
		expect(id).toMatch(/^[a-z0-9]{10}$/);
		expect(deckItemId(id, 7)).toBe(`deck-${id}-0007`);
	});

	it('numbers new items past the highest used, even after deletes', () => {
		const deck = newDeck('abcd', 0);
		expect(nextItemNumber(deck)).toBe(1);
		deck.items = [{ id: 'deck-abcd-0003', kind: 'card', front: 'f', back: 'b' }];
		expect(nextItemNumber(deck)).toBe(4);
	});

	it('bumps the version only when the shared content changed', () => {
		const first = saveEdit(undefined, { ...newDeck('abcd', 5), title: 'T', itemRefs: ['cpt-sc-0001'] }, 10);
		expect(first).toMatchObject({ version: 1, createdAt: 10, updatedAt: 10 });
		expect(saveEdit(first, { ...first }, 20)).toBe(first);
		const second = saveEdit(first, { ...first, itemRefs: ['cpt-sc-0001', 'cpt-sc-0002'] }, 30);
		expect(second).toMatchObject({ version: 2, createdAt: 10, updatedAt: 30 });
	});

	it('filters bank items by exam, domain, kind and every search word', () => {
		const items: BankItem[] = [
			{
				id: 'cpt-sc-0001',
				kind: 'card',
				front: 'Order of draw',
				back: 'Blood cultures first',
				domain: 'sc',
				bankId: 'cpt'
			},
			{ id: 'cet-ek-0001', kind: 'card', front: 'Lead II', back: 'Rhythm strip', domain: 'ek', bankId: 'cet' }
		];
		const none = { exam: '', domain: '', kind: '' as const, search: '' };
		expect(filterItems(items, none)).toHaveLength(2);
		expect(filterItems(items, { ...none, exam: 'cet' }).map((i) => i.id)).toEqual(['cet-ek-0001']);
		expect(filterItems(items, { ...none, search: 'BLOOD order' }).map((i) => i.id)).toEqual(['cpt-sc-0001']);
		expect(filterItems(items, { ...none, kind: 'mcq' })).toEqual([]);
	});
});
