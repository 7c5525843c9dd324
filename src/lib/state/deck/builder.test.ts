import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeDeckLink } from '$lib/domain/deck/codec';
import { DeckBuilder } from './builder.svelte';

const bank = {
	id: 'cpt',
	name: 'CPT',
	items: [{ id: 'cpt-sc-0001', kind: 'card', front: 'F', back: 'B', domain: 'sc' }]
};

afterEach(() => vi.unstubAllGlobals());

describe('the deck builder', () => {
	it('saves version 1, bumps the version on a real change only, and its link decodes to the saved deck', async () => {
		vi.stubGlobal('fetch', async (url: string) =>
			url.endsWith('index.json')
				? Response.json([{ id: 'cpt', name: 'CPT', domains: [] }])
				: Response.json(bank)
		);
		let now = 1000;
		const builder = new DeckBuilder(
			() => now,
			() => 0.5
		);
		await builder.load(null);
		expect(await builder.save()).toBe(false);
		expect(builder.error).toMatch(/^Not saved: title: must not be empty/);

		builder.deck.title = 'Week 1';
		builder.toggleRef('cpt-sc-0001');
		builder.putItem({ id: `deck-${builder.deck.id}-0001`, kind: 'card', front: 'Q', back: 'A' });
		expect(await builder.save()).toBe(true);
		expect(builder.stored).toMatchObject({ version: 1, createdAt: 1000 });
		const decoded = await decodeDeckLink(builder.link!);
		expect(decoded).toMatchObject({
			ok: true,
			deck: { title: 'Week 1', itemRefs: ['cpt-sc-0001'], version: 1 }
		});
		expect(builder.dirty).toBe(false);

		now = 2000;
		builder.deck.title = 'Week 1 (revised)';
		expect(builder.dirty).toBe(true);
		await builder.save();
		expect(builder.stored).toMatchObject({ version: 2, createdAt: 1000, updatedAt: 2000 });

		builder.deck.itemRefs = [...builder.deck.itemRefs, 'cpt-zz-0009'];
		expect(builder.missingRefs).toEqual(['cpt-zz-0009']);
		builder.removeMissing();
		expect(builder.dirty).toBe(false);
	});
});
