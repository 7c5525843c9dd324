import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';
import { decodeDeckLink, encodeDeckLink, MAX_INFLATED_BYTES } from './codec';
import { deckArb, sampleDeck } from '$test/deck-test-data';

async function rawLink(payload: Uint8Array, compress = true): Promise<string> {
	let bytes = payload;
	if (compress) {
		const stream = new Blob([payload as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
		bytes = new Uint8Array(await new Response(stream).arrayBuffer());
	}
	return `1.${toBase64Url(bytes)}`;
}

describe('base64url', () => {
	it('round-trips any bytes and rejects non-canonical text', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				const text = toBase64Url(bytes);
				expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
				expect(fromBase64Url(text)).toEqual(bytes);
			}),
			{ numRuns: 1000 }
		);
		expect(fromBase64Url('ab+c')).toBeNull();
		expect(fromBase64Url('abcde')).toBeNull();
		expect(fromBase64Url('AB')).toBeNull(); // leftover bits set
		expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
	});
});

describe('deck links', () => {
	it('decode(encode(deck)) equals the deck, for generated decks', async () => {
		await fc.assert(
			fc.asyncProperty(deckArb, async (deck) => {
				const result = await decodeDeckLink(await encodeDeckLink(deck));
				expect(result).toEqual({ ok: true, deck });
			}),
			{ numRuns: 1000 }
		);
	});

	it('random corruptions of a valid link never throw and come back as a message', async () => {
		const links = await Promise.all(
			[sampleDeck(3, 2), sampleDeck(0, 5), sampleDeck(20, 0)].map(encodeDeckLink)
		);
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...links),
				fc.oneof(
					fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
					fc.record({
						op: fc.constant('flip' as const),
						at: fc.nat(),
						ch: fc.constantFrom(...'A_-z09+/=%. ')
					}),
					fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 4 }) })
				),
				async (link, c) => {
					const at = c.at % link.length;
					const bad =
						c.op === 'cut'
							? link.slice(0, at)
							: c.op === 'flip'
								? link.slice(0, at) + c.ch + link.slice(at + 1)
								: link.slice(0, at) + c.text + link.slice(at);
					const result = await decodeDeckLink(bad);
					if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('names each kind of broken link', async () => {
		const good = await encodeDeckLink(sampleDeck(2, 1));
		expect(await decodeDeckLink('#d=')).toMatchObject({ error: expect.stringMatching(/missing or cut off/) });
		expect(await decodeDeckLink(`9.${good.slice(2)}`)).toMatchObject({
			error: expect.stringMatching(/format 9/)
		});
		expect(await decodeDeckLink('1.@@@')).toMatchObject({ error: expect.stringMatching(/base64url/) });
		expect(await decodeDeckLink(good.slice(0, good.length - 6))).toMatchObject({ ok: false });
		const notJson = await rawLink(new TextEncoder().encode('hello'));
		expect(await decodeDeckLink(notJson)).toMatchObject({
			error: expect.stringMatching(/not readable JSON/)
		});
	});

	it('refuses a deck whose times no device could have written (it would be stored as received)', async () => {
		for (const createdAt of [1e300, -1, 1.5]) {
			const link = await rawLink(
				new TextEncoder().encode(JSON.stringify({ ...sampleDeck(1, 0), createdAt }))
			);
			expect(await decodeDeckLink(link), String(createdAt)).toMatchObject({
				error: expect.stringMatching(/createdAt: expected a time between 1970-01-01 and 2200-01-01/)
			});
		}
	});

	it('stops a decompression bomb at the cap', async () => {
		const bomb = await rawLink(new Uint8Array(MAX_INFLATED_BYTES + 1024).fill(32));
		expect(bomb.length).toBeLessThan(20_000);
		expect(await decodeDeckLink(bomb)).toMatchObject({ error: expect.stringMatching(/expands past 8 MB/) });
	});

	it('refuses a deck of 100,000 items with its count', async () => {
		const deck = {
			...sampleDeck(1, 0),
			itemRefs: Array.from({ length: 100_000 }, (_, i) => `cpt-x-${String(i % 10000).padStart(4, '0')}`)
		};
		const link = await rawLink(new TextEncoder().encode(JSON.stringify(deck)));
		expect(await decodeDeckLink(link)).toMatchObject({
			error: expect.stringMatching(/100,000 items; Vitals opens decks of up to 10,000/)
		});
	});

	it('keeps HTML in fields as plain text', async () => {
		const deck = sampleDeck(0, 1);
		deck.items[0] = {
			...deck.items[0]!,
			kind: 'card',
			front: '<img src=x onerror=alert(1)>',
			back: '<script>x()</script>'
		} as (typeof deck.items)[0];
		const result = await decodeDeckLink(await encodeDeckLink(deck));
		expect(result).toMatchObject({ ok: true, deck: { items: [{ front: '<img src=x onerror=alert(1)>' }] } });
	});
});

describe('link size', () => {
	it('keeps a deck of 100 bank items short, since bank items travel by id', async () => {
		const deck = sampleDeck(0, 0);
		const prefixes = ['cpt-pp', 'cpt-sc', 'ccma-adm', 'cet-ekg'];
		deck.itemRefs = Array.from(
			{ length: 100 },
			(_, i) => `${prefixes[i % 4]}-${String(7 + i * 3).padStart(4, '0')}`
		);
		expect((await encodeDeckLink(deck)).length).toBeLessThan(1000);
	});
});
