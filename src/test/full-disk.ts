/**
 * A full disk for unit tests: every IndexedDB write (put, add, delete, clear) fails with the browser's
 * QuotaExceededError, as Chromium reports it (a DOMException with an empty message). Reads still work.
 */
import { vi } from 'vitest';

const WRITES = ['put', 'add', 'delete', 'clear'] as const;

export function fillDisk(): () => void {
	const spies = WRITES.map((method) =>
		vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(() => {
			throw new DOMException('', 'QuotaExceededError');
		})
	);
	return () => spies.forEach((s) => s.mockRestore());
}
