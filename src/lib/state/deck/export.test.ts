import { describe, expect, it } from 'vitest';
import type { BankItem } from '$lib/domain/bank/schema';
import type { Deck } from '$lib/domain/deck/types';
import { exportDeck, figureCount } from './export';
import type { BankCatalog } from './library';

const stripItem: BankItem = {
	id: 'cet-ana-0115',
	kind: 'mcq',
	stem: 'What is the rate on this strip?',
	choices: ['About 60/min', 'About 75/min', 'About 100/min', 'About 150/min'],
	answer: 1,
	rationale: 'Eight complexes in 6 seconds, R-R 20 small boxes: 1500 divided by 20 is 75 a minute.',
	domain: 'ekg-analysis-interpretation',
	bankId: 'cet',
	figure: { kind: 'strip', rhythm: 'nsr', rate: 75, seed: 3 }
};
const catalog: BankCatalog = { banks: [], items: new Map([[stripItem.id, stripItem]]) };
const deck: Deck = {
	id: 'abcd1234',
	title: 'Strips & more',
	description: '',
	author: '',
	version: 1,
	createdAt: 0,
	updatedAt: 0,
	itemRefs: [stripItem.id],
	items: [{ id: 'deck-abcd1234-0001', kind: 'card', front: 'Paper speed', back: '25 mm/s' }],
	origin: 'local'
};

describe('exportDeck keeps figures where the format can', () => {
	it('draws the strip into the Anki text as inline SVG under the front', async () => {
		const file = await exportDeck(deck, catalog, 'anki');
		expect(file.name).toBe('strips-more.anki.txt');
		const lines = file.text.split('\n');
		expect(lines[1]).toBe('#html:true');
		const stripRow = lines.find((l) => l.includes('What is the rate on this strip?'))!;
		expect(stripRow).toMatch(/<div role=""img"" aria-label=""A 6-second strip, lead II\.[^"]*""><svg /);
		expect(lines.find((l) => l.startsWith('Paper speed'))).toBe('Paper speed\t25 mm/s');
	});

	it('leaves figures out of CSV, and counts them for the note on screen', async () => {
		const file = await exportDeck(deck, catalog, 'csv');
		expect(file.text).not.toContain('svg');
		expect(file.text.split('\r\n')).toHaveLength(2);
		expect(figureCount(deck, catalog)).toBe(1);
		expect(figureCount({ ...deck, itemRefs: [] }, catalog)).toBe(0);
	});
});
