import { describe, expect, it } from 'vitest';
import { cardSheets } from './card-sheets';

describe('cardSheets', () => {
	it('puts each back behind its front for a long-edge flip: rows kept, columns mirrored', () => {
		const cards = Array.from({ length: 11 }, (_, i) => `c${i + 1}`);
		const sheets = cardSheets(cards, { columns: 2, rows: 4 });
		expect(sheets).toHaveLength(2);
		expect(sheets[0]!.fronts).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
		expect(sheets[0]!.backs).toEqual(['c2', 'c1', 'c4', 'c3', 'c6', 'c5', 'c8', 'c7']);
		expect(sheets[1]!.fronts).toEqual(['c9', 'c10', 'c11', null, null, null, null, null]);
		expect(sheets[1]!.backs).toEqual(['c10', 'c9', null, 'c11', null, null, null, null]);
	});

	it('with three columns mirrors each row end to end', () => {
		const [sheet] = cardSheets(['a', 'b', 'c', 'd', 'e', 'f'], { columns: 3, rows: 2 });
		expect(sheet!.backs).toEqual(['c', 'b', 'a', 'f', 'e', 'd']);
	});

	it('prints no sheet for no cards', () => {
		expect(cardSheets([])).toEqual([]);
	});
});
