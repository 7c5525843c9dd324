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

interface ErrorLike {
	name?: unknown;
	message?: unknown;
	/** Dexie's wrapper errors (AbortError, QuotaExceededError) keep the browser's error here. */
	inner?: unknown;
	/** Dexie's BulkError and ModifyError keep each failed operation's error here. */
	failures?: unknown;
}

/** The standard name, and Firefox's legacy one. */
const QUOTA_NAMES = new Set<unknown>(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** Dexie nests at most a few levels; the bound only guards against a cycle. */
const MAX_DEPTH = 5;

/** The error and every error it wraps, outermost first. */
function chain(e: unknown, depth = 0): ErrorLike[] {
	if (!e || typeof e !== 'object' || depth > MAX_DEPTH) return [];
	const err = e as ErrorLike;
	const failures = Array.isArray(err.failures) ? err.failures : [];
	return [err, ...chain(err.inner, depth + 1), ...failures.flatMap((f: unknown) => chain(f, depth + 1))];
}

/**
 * True for a full disk however it arrives: the DOMException itself, Dexie's QuotaExceededError, an
 * AbortError around one (Chromium aborts the transaction at commit with the quota error inside), or a
 * bulk write whose failures include one.
 */
export function isQuotaError(e: unknown): boolean {
	return chain(e).some((err) => QUOTA_NAMES.has(err.name));
}

export const STORAGE_FULL_MESSAGE =
	'Your device is out of storage for Vitals, so this was not saved (nothing was half-saved). ' +
	'Free some space, or export a backup, then try again.';

/** The error at the bottom of Dexie's wrapping: its message is the browser's own, without a name prefixed. */
function innermost(e: ErrorLike, depth = 0): ErrorLike {
	const next = e.inner ?? (Array.isArray(e.failures) ? e.failures[0] : undefined);
	return next && typeof next === 'object' && depth < MAX_DEPTH ? innermost(next as ErrorLike, depth + 1) : e;
}

/** What went wrong, in words, even when the browser gave no message. */
function describe(e: unknown): string {
	if (typeof e === 'string' && e.trim()) return e.trim();
	if (!e || typeof e !== 'object') return 'the browser could not store it.';
	const { name, message } = innermost(e as ErrorLike);
	if (typeof message === 'string' && message.trim()) return message.trim();
	return `the browser could not store it${typeof name === 'string' && name ? ` (${name})` : ''}.`;
}

/** The sentence a student sees for a failed write: the app's own out-of-storage message for a full disk. */
export function writeErrorMessage(e: unknown, prefix = 'Not saved'): string {
	return isQuotaError(e) ? STORAGE_FULL_MESSAGE : `${prefix}: ${describe(e)}`;
}
