/** The browser's storage: persistence (so the browser does not evict the data) and "storage full" errors. */

export interface StorageStatus {
	/** null where the browser has no StorageManager (then it may evict data under pressure). */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

export async function storageStatus(): Promise<StorageStatus> {
	const sm = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!sm?.persisted) return { persisted: null, usage: null, quota: null };
	const [persisted, estimate] = await Promise.all([
		sm.persisted(),
		sm.estimate?.().catch((): StorageEstimate => ({}))
	]);
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep this site's data; resolves to whether it agreed (false where unsupported). */
export async function requestPersistence(): Promise<boolean> {
	const sm = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!sm?.persist) return false;
	try {
		return await sm.persist();
	} catch {
		return false;
	}
}

/** True for IndexedDB's "quota exceeded", however Dexie wrapped it. */
export function isQuotaError(e: unknown): boolean {
	for (let err = e as { name?: string; inner?: unknown } | undefined, i = 0; err && i < 5; i++) {
		if (err.name === 'QuotaExceededError') return true;
		err = err.inner as typeof err;
	}
	return false;
}

export const STORAGE_FULL_MESSAGE =
	'Your device is out of storage for Vitals, so this was not saved (nothing was half-saved). ' +
	'Free some space, or export a backup, then try again.';

/** The error a student should see for a failed write. */
export function writeErrorMessage(e: unknown, prefix = 'Not saved'): string {
	return isQuotaError(e) ? STORAGE_FULL_MESSAGE : `${prefix}: ${(e as Error)?.message ?? String(e)}`;
}
