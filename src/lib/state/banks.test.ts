// The bank loader takes the download app.html started early (once, and only for the bank it names), and
// falls back to its own fetch, with its own messages, when that download failed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBank } from './banks';

const early = (id: string, body: unknown) =>
	((globalThis as Record<string, unknown>).__vitalsEarlyBank = { id, body: Promise.resolve(body) });
const fetched = (body: unknown, status = 200) =>
	vi.fn(async () => new Response(JSON.stringify(body), { status }));

afterEach(() => {
	vi.unstubAllGlobals();
	delete (globalThis as Record<string, unknown>).__vitalsEarlyBank;
});

describe('loadBank with an early download', () => {
	it('uses the early download of the bank it names, without fetching again', async () => {
		const fetchSpy = fetched({ id: 'from-fetch' });
		vi.stubGlobal('fetch', fetchSpy);
		early('early-a', { id: 'early-a', items: [] });
		expect(await loadBank('early-a')).toEqual({ id: 'early-a', items: [] });
		expect(fetchSpy).not.toHaveBeenCalled();
		expect((globalThis as Record<string, unknown>).__vitalsEarlyBank).toBeUndefined();
	});

	it('leaves another bank’s early download alone and fetches its own', async () => {
		const fetchSpy = fetched({ id: 'early-b' });
		vi.stubGlobal('fetch', fetchSpy);
		early('someone-else', { id: 'someone-else' });
		expect(await loadBank('early-b')).toEqual({ id: 'early-b' });
		expect(fetchSpy).toHaveBeenCalledTimes(1);
		expect((globalThis as Record<string, unknown>).__vitalsEarlyBank).toMatchObject({ id: 'someone-else' });
	});

	it('fetches again when the early download failed, and says why if that fails too', async () => {
		vi.stubGlobal('fetch', fetched({}, 404));
		early('early-c', null);
		await expect(loadBank('early-c')).rejects.toThrow('Could not load early-c.json (HTTP 404)');
	});

	it('ignores the early download when the caller brings its own fetch', async () => {
		early('early-d', { id: 'early' });
		expect(await loadBank('early-d', fetched({ id: 'own' }))).toEqual({ id: 'own' });
	});
});
