import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repositories } from '$lib/db';
import { encodeDeckLink } from '$lib/domain/deck/codec';
import { toDeckFile } from '$lib/domain/deck/schema';
import { sampleDeck } from '$test/deck-test-data';
import { fetchHostedDeck } from './fetch-hosted';
import { addDeck, readDeckLink } from './open-link';

const bank = {
	id: 'cpt',
	name: 'CPT',
	items: [1, 2, 3].map((n) => ({
		id: `cpt-sc-000${n}`,
		kind: 'card',
		front: `F${n}`,
		back: `B${n}`,
		domain: 'sc'
	}))
};
/** Serves the installed banks, and hosted decks by URL. */
function fakeFetch(hosted: Record<string, () => Response | Promise<Response>> = {}): typeof fetch {
	return (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input);
		if (url.endsWith('/banks/index.json')) return Response.json([{ id: 'cpt', name: 'CPT' }]);
		if (url.endsWith('/banks/cpt.json')) return Response.json(bank);
		const make = hosted[url];
		if (!make) return new Response('nope', { status: 404 });
		if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
		return make();
	}) as typeof fetch;
}

describe('opening deck links', () => {
	it('reads a self-contained link and names missing bank items', async () => {
		const ok = await readDeckLink(
			new URL(`https://x.test/deck#d=${await encodeDeckLink(sampleDeck(3, 1))}`),
			fakeFetch()
		);
		expect(ok).toMatchObject({ ok: true, deck: { itemRefs: ['cpt-sc-0001', 'cpt-sc-0002', 'cpt-sc-0003'] } });
		const missing = await readDeckLink(
			new URL(`https://x.test/deck#d=${await encodeDeckLink(sampleDeck(5, 0))}`),
			fakeFetch()
		);
		expect(missing).toMatchObject({
			ok: false,
			error: expect.stringMatching(/does not have: cpt-sc-0004, cpt-sc-0005/)
		});
	});

	it('random corruptions of a valid link never throw and never write', async () => {
		const { db } = repositories();
		await addDeck({ ...sampleDeck(1, 1, 'keepme00') });
		const before = JSON.stringify(await db.decks.toArray());
		const link = await encodeDeckLink(sampleDeck(2, 3));
		const fetcher = fakeFetch();
		await fc.assert(
			fc.asyncProperty(fc.nat(), fc.string({ maxLength: 3 }), fc.nat({ max: 5 }), async (at, text, cut) => {
				const i = at % link.length;
				const bad = link.slice(0, i) + text + link.slice(i + 1 + cut);
				const result = await readDeckLink(new URL(`https://x.test/deck#d=${bad}`), fetcher);
				if (!result.ok) expect(result.error).toMatch(/\w+/);
			}),
			{ numRuns: 1000 }
		);
		expect(JSON.stringify(await db.decks.toArray())).toBe(before);
	});
});

describe('hosted decks', () => {
	const url = 'https://decks.example.org/week3.json';
	it('loads a deck file', async () => {
		const fetcher = fakeFetch({ [url]: () => new Response(toDeckFile(sampleDeck(2, 1))) });
		expect(
			await readDeckLink(new URL(`https://x.test/deck?url=${encodeURIComponent(url)}`), fetcher)
		).toMatchObject({ ok: true });
	});
	it('names a 404, non-JSON, a huge file, a timeout and a bad address', async () => {
		expect(await fetchHostedDeck(url, { fetcher: fakeFetch() })).toEqual({
			ok: false,
			error: 'The deck at decks.example.org could not be loaded (HTTP 404).'
		});
		expect(
			await fetchHostedDeck(url, { fetcher: fakeFetch({ [url]: () => new Response('<html>') }) })
		).toMatchObject({ error: expect.stringMatching(/not JSON/) });
		const huge = () => new Response(new Uint8Array(3000).fill(32));
		expect(await fetchHostedDeck(url, { fetcher: fakeFetch({ [url]: huge }), maxBytes: 1000 })).toMatchObject(
			{ error: expect.stringMatching(/larger than/) }
		);
		const slow: typeof fetch = (_u, init) =>
			new Promise((_, reject) =>
				init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
			);
		expect(await fetchHostedDeck(url, { fetcher: slow, timeoutMs: 20 })).toMatchObject({
			error: expect.stringMatching(/did not arrive within/)
		});
		expect(await fetchHostedDeck('javascript:alert(1)')).toMatchObject({
			error: 'A hosted deck must be an http(s) address.'
		});
	});
});
