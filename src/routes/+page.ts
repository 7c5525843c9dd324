import { loadBankIndex } from '$lib/state/banks';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => ({ sets: await loadBankIndex(fetch) });
