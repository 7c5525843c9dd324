/** Loads compiled banks (static/banks/*.json). The service worker precaches them, so this works offline. */
import { base } from '$app/paths';
import { takeEarlyBank } from '$lib/browser/early-bank';
import type { Bank, BankSummary } from '$lib/domain/bank/schema';

const cache = new Map<string, Promise<Bank>>();
let index: Promise<BankSummary[]> | undefined;

async function getJson<T>(path: string, fetcher: typeof fetch): Promise<T> {
	const res = await fetcher(`${base}/banks/${path}`);
	if (!res.ok) throw new Error(`Could not load ${path} (HTTP ${res.status}). Open Vitals once while online.`);
	return (await res.json()) as T;
}

export function loadBankIndex(fetcher: typeof fetch = fetch): Promise<BankSummary[]> {
	index ??= getJson<BankSummary[]>('index.json', fetcher).catch((e: unknown) => {
		index = undefined;
		throw e;
	});
	return index;
}

export function loadBank(id: string, fetcher: typeof fetch = fetch): Promise<Bank> {
	if (!/^[a-z0-9-]+$/.test(id)) return Promise.reject(new Error(`No exam called "${id}".`));
	let bank = cache.get(id);
	if (!bank) {
		const early = fetcher === fetch ? takeEarlyBank(id) : undefined;
		const download = () => getJson<Bank>(`${id}.json`, fetcher);
		bank = (early ? early.then((b) => (b as Bank | null) ?? download()) : download()).catch((e: unknown) => {
			cache.delete(id);
			throw e;
		});
		cache.set(id, bank);
	}
	return bank;
}
