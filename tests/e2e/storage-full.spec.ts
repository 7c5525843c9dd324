// Proves: with the storage quota cut (Chromium's Storage.overrideQuotaForOrigin, after some data is stored),
// every write a student can start — importing a deck file, starting a quiz or an exam, answering and flagging
// a question, adding a deck from a link, saving a setting or an exam date, saving a deck, grading a flashcard —
// shows the app's own out-of-storage message in the screen's alert, never a bare exception name and never an
// uncaught error; the screen does not pretend the write happened; and once the quota is lifted, everything
// stored before is exactly as it was.
import { expect, test, type Page } from '@playwright/test';
import { encodeDeckLink } from '../../src/lib/domain/deck/codec';
import { toDeckFile } from '../../src/lib/domain/deck/schema';
import type { SharedDeck } from '../../src/lib/domain/deck/types';

/** The app's own wording, written out here rather than imported, so the test does not trust the code. */
const OUT_OF_STORAGE = /out of storage for Vitals, so this was not saved/;

function sharedDeck(id: string, title: string): SharedDeck {
	return {
		id,
		title,
		description: '',
		author: 'Tester',
		version: 1,
		createdAt: 1,
		updatedAt: 1,
		itemRefs: [],
		items: [{ id: `deck-${id}-0001`, kind: 'card', front: 'Front', back: 'Back' }]
	};
}

/** Every object store, keys and values, read with the plain IndexedDB API (not through the app). */
function snapshot(page: Page) {
	return page.evaluate(
		() =>
			new Promise<Record<string, { keys: unknown[]; values: unknown[] }>>((resolve, reject) => {
				const req = indexedDB.open('vitals');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names, 'readonly');
					const out: Record<string, { keys: unknown[]; values: unknown[] }> = {};
					for (const name of names) {
						const store = tx.objectStore(name);
						const keys = store.getAllKeys();
						const values = store.getAll();
						keys.onsuccess = () => (out[name] = { ...out[name]!, keys: keys.result });
						values.onsuccess = () => (out[name] = { ...out[name]!, values: values.result });
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

/**
 * Chromium lets IndexedDB spend a cached allowance of free space for up to 30 s before it asks the quota
 * manager again (BucketContext::kBucketSpaceCacheTimeLimit), so a cut quota alone does not stop the next
 * small write. The test therefore starts under a modest quota and, after cutting it, writes more than that
 * allowance to a scratch database: the failed write makes IndexedDB re-read the quota, and from then on
 * every write fails. A small write that must fail proves the cut took effect.
 */
const START_QUOTA = 20_000_000;
function scratchWrite(page: Page, chars: number) {
	return page.evaluate(
		(n) =>
			new Promise<string>((resolve) => {
				const req = indexedDB.open('quota-scratch', 1);
				req.onupgradeneeded = () => req.result.createObjectStore('s');
				req.onerror = () => resolve(`open failed: ${req.error?.name}`);
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction('s', 'readwrite');
					tx.objectStore('s').put('x'.repeat(n), n);
					tx.oncomplete = () => (db.close(), resolve('stored'));
					tx.onabort = () => (db.close(), resolve(tx.error?.name ?? 'aborted'));
				};
			}),
		chars
	);
}

/** Soft: one run reports every path that fails, not just the first. */
async function expectOutOfStorage(page: Page) {
	await expect.soft(page.getByRole('alert').filter({ hasText: OUT_OF_STORAGE })).toBeVisible();
	await expect.soft(page.getByRole('alert').filter({ hasText: /QuotaExceeded|AbortError/ })).toHaveCount(0);
}

test('a full disk: every write path says so, nothing throws, and the stored data is unchanged', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.addLocatorHandler(page.getByText('Vitals is ready to work offline.'), async () => {
		await page.getByRole('button', { name: 'OK' }).click();
	});

	const origin = new URL(baseURL!).origin;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: START_QUOTA });

	// Data worth keeping: a graded card, a quiz with one answer (now on question 2), and a saved deck.
	await page.goto('/study?set=cpt');
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('button', { name: /^Good, next review/ }).click();
	await expect(page.getByLabel(/^Cards left:/)).toHaveAttribute('aria-label', /19 new/);

	await page.goto('/quiz?set=cpt');
	await page.getByRole('button', { name: /Quick 10/ }).click();
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
	await page.keyboard.press('a');
	await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of 10')).toBeVisible();
	const attemptUrl = page.url();
	await page.reload();
	await expect(page.getByText('Question 2 of 10')).toBeVisible(); // the position is stored

	await page.goto('/decks/edit');
	await page.getByRole('textbox', { name: /^Title/ }).fill('Storage deck');
	await page.getByRole('textbox', { name: /^Front/ }).fill('Front one');
	await page.getByRole('textbox', { name: /^Back/ }).fill('Back one');
	await page.getByRole('button', { name: 'Add card' }).click();
	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved version 1.' })).toBeVisible();
	const deckUrl = page.url();
	expect(deckUrl).toMatch(/\/decks\/edit\?id=[a-z0-9]+$/);

	const before = await snapshot(page);
	// The graded card, and the quiz question answered: a tutor answer feeds that item's memory at once.
	const reviews = before.reviews!.values as { itemId: string; source: string }[];
	expect(reviews.map((r) => r.source)).toEqual(['card', 'quiz']);
	expect(before.progress!.values).toHaveLength(new Set(reviews.map((r) => r.itemId)).size);
	expect(before.answers!.values).toHaveLength(1);
	expect(before.decks!.values).toHaveLength(1);

	expect(await scratchWrite(page, 10)).toBe('stored');
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
	expect(await scratchWrite(page, 2 * START_QUOTA)).toBe('QuotaExceededError');
	expect(await scratchWrite(page, 10)).toBe('QuotaExceededError');

	await test.step('importing a deck file', async () => {
		await page.goto('/decks');
		await page.getByLabel('Import a deck file (.json)').setInputFiles({
			name: 'full.json',
			mimeType: 'application/json',
			buffer: Buffer.from(toDeckFile(sharedDeck('fulldisk01', 'From a file')))
		});
		await expectOutOfStorage(page);
		await expect(page.getByText('Added “From a file”.')).toHaveCount(0);
	});

	await test.step('starting a quiz', async () => {
		await page.goto('/quiz?set=cpt');
		await page.getByRole('button', { name: /Quick 10/ }).click();
		await expectOutOfStorage(page);
		await expect(page).toHaveURL(/\/quiz\?set=cpt$/);
	});

	await test.step('starting an exam', async () => {
		await page.goto('/exam?set=cpt');
		await page.getByRole('button', { name: /^Half length/ }).click();
		await expectOutOfStorage(page);
		await expect(page).toHaveURL(/\/exam\?set=cpt$/);
	});

	await test.step('answering a quiz', async () => {
		await page.goto(attemptUrl);
		await expect(page.getByText('Question 2 of 10')).toBeVisible();
		await page.getByRole('radio').first().click();
		await expectOutOfStorage(page);
		await expect(page.getByRole('region', { name: 'Feedback' })).toHaveCount(0);
		await expect(page.getByText('1 of 10 answered')).toBeVisible();
		// What the screen shows is what is stored: the choice is not left ticked.
		await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
	});

	await test.step('flagging a question', async () => {
		await page.goto(attemptUrl);
		await expect(page.getByText('Question 2 of 10')).toBeVisible();
		await page.getByRole('button', { name: /^Flag/ }).click();
		await expectOutOfStorage(page);
		await expect(page.getByRole('button', { name: /^Flag/ })).toHaveAttribute('aria-pressed', 'false');
	});

	await test.step('adding a deck from a link', async () => {
		await page.goto(`/deck#d=${await encodeDeckLink(sharedDeck('fulldisk02', 'From a link'))}`);
		await page.getByRole('button', { name: 'Add to my decks' }).click();
		await expectOutOfStorage(page);
	});

	await test.step('saving a setting', async () => {
		await page.goto('/settings');
		await page.getByLabel('New cards per day').fill('9');
		await page.getByLabel('New cards per day').press('Tab');
		await expectOutOfStorage(page);
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(0);
		await expect(page.getByLabel('New cards per day')).toHaveValue('20'); // the stored value, shown again
	});

	await test.step('saving an exam date', async () => {
		await page.goto('/settings');
		await page.getByLabel('Exam date').fill('2030-01-15');
		await expectOutOfStorage(page);
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(0);
		await expect(page.getByLabel('Exam date')).toHaveValue('');
	});

	await test.step('saving a deck', async () => {
		await page.goto(deckUrl);
		await page.getByRole('textbox', { name: /^Title/ }).fill('Storage deck, renamed');
		await page.getByRole('button', { name: 'Save deck' }).click();
		await expectOutOfStorage(page);
		await expect(page.getByRole('status').filter({ hasText: /Saved version/ })).toHaveCount(0);
	});

	await test.step('grading a flashcard', async () => {
		await page.goto('/study?set=cpt');
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.getByRole('button', { name: /^Good, next review/ }).click();
		await expectOutOfStorage(page);
		// The card is put back as it was: still 19 new left, not 18.
		await expect(page.getByLabel(/^Cards left:/)).toHaveAttribute('aria-label', /19 new/);
	});

	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	expect(await snapshot(page)).toEqual(before);
	expect(errors).toEqual([]);
});
