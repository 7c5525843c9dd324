import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError, writeErrorMessage } from './storage';

const OUT_OF_STORAGE = /^Your device is out of storage for Vitals, so this was not saved/;
// Chromium aborts the transaction at commit with a quota error whose message is empty.
const chromiumQuota = () => new DOMException('', 'QuotaExceededError');

describe('a full disk, however it arrives', () => {
	const cases: [string, unknown][] = [
		['the DOMException itself', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
		["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('Quota exceeded')],
		["Dexie's AbortError around Chromium's quota error", new Dexie.AbortError(chromiumQuota())],
		[
			'an AbortError around a Dexie QuotaExceededError',
			new Dexie.AbortError(new Dexie.QuotaExceededError(chromiumQuota()))
		],
		["Firefox's legacy name", new DOMException('', 'NS_ERROR_DOM_QUOTA_REACHED')],
		[
			'a bulk write whose failure is the quota',
			new Dexie.BulkError('bulkPut failed', { 0: chromiumQuota() })
		],
		['a modify whose failure is the quota', new Dexie.ModifyError('modify failed', [chromiumQuota()], 0, [])]
	];
	it.each(cases)('%s is a quota error with the out-of-storage message', (_, error) => {
		expect(isQuotaError(error)).toBe(true);
		expect(writeErrorMessage(error, 'Your answer was not saved')).toMatch(OUT_OF_STORAGE);
	});
});

describe('other write errors', () => {
	it('are not taken for a full disk', () => {
		for (const e of [
			new Error('QuotaExceededError'),
			new Dexie.AbortError(new DOMException('Key already exists.', 'ConstraintError')),
			null,
			undefined,
			'QuotaExceededError'
		])
			expect(isQuotaError(e)).toBe(false);
	});

	it('say what failed in words, never only an exception name', () => {
		expect(writeErrorMessage(new Error('This attempt has already been submitted.'))).toBe(
			'Not saved: This attempt has already been submitted.'
		);
		// Dexie prefixes the inner error's name to its message; the student reads the inner message.
		expect(
			writeErrorMessage(
				new Dexie.AbortError(new DOMException('Key already exists.', 'ConstraintError')),
				'The deck was not added'
			)
		).toBe('The deck was not added: Key already exists.');
		// A browser error with no message at all still gets a sentence.
		expect(writeErrorMessage(new Dexie.AbortError(new DOMException('', 'UnknownError')))).toBe(
			'Not saved: the browser could not store it (UnknownError).'
		);
		expect(writeErrorMessage(undefined, 'Not removed')).toBe('Not removed: the browser could not store it.');
		expect(writeErrorMessage('disk on fire')).toBe('Not saved: disk on fire');
	});
});
