// Proves: after studying cards and taking an exam simulation, a downloaded backup restored into a fresh
// browser profile (site data cleared) brings everything back — card counts, the exam score history and
// settings; and a corrupt or foreign file is refused with a clear message, changing nothing.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const CPT = 'Certified Phlebotomy Technician (CPT)';

/** An exam simulation as the quiz feature stores it, written with the plain IndexedDB API. */
async function seedExamAttempt(page: Page, percent: number) {
	await page.evaluate(
		(correct) =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('vitals');
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction(['attempts', 'answers'], 'readwrite');
					const at = Date.now() - 3_600_000;
					const add = tx.objectStore('attempts').add({
						bankId: 'cpt',
						kind: 'exam',
						mode: 'exam',
						title: 'Full-length exam',
						itemIds: ['cpt-x-0001'],
						choiceOrders: [[0, 1, 2, 3]],
						seed: 1,
						startedAt: at,
						timeLimitMs: 7_200_000,
						submittedAt: at + 60_000,
						status: 'submitted',
						currentIndex: 0,
						score: { correct, total: 100, answered: 100, byDomain: [], timeUsedMs: 60_000 }
					});
					add.onsuccess = () =>
						tx.objectStore('answers').add({
							attemptId: add.result,
							itemId: 'cpt-x-0001',
							bankId: 'cpt',
							domain: 'x',
							choice: 0,
							correct: true,
							answeredAt: at + 30_000,
							flagged: false
						});
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				req.onerror = () => reject(req.error);
			}),
		percent
	);
}

async function progressOf(page: Page) {
	await page.goto('/progress?set=cpt');
	await expect(page.getByRole('heading', { level: 1, name: CPT })).toBeVisible();
	const seen = await page
		.getByRole('region', { name: 'Today' })
		.getByText(/^Seen/)
		.locator('..')
		.textContent();
	const scores = await page
		.getByRole('region', { name: 'Exam simulation scores' })
		.locator('figcaption')
		.textContent();
	return { seen, scores };
}

test('study and take an exam, export, clear site data, restore, find everything back', async ({
	browser
}) => {
	const first = await browser.newContext();
	const page = await first.newPage();
	await page.goto('/settings');
	await page.getByLabel('New cards per day').fill('7');
	await page.getByLabel('New cards per day').press('Tab');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.goto('/study?set=cpt');
	for (let i = 0; i < 2; i++) {
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.getByRole('button', { name: /^Easy, next review/ }).click();
	}
	await expect(page.getByLabel(/^Cards left:/)).toHaveAttribute('aria-label', /5 new/);
	await seedExamAttempt(page, 72);
	const before = await progressOf(page);
	expect(before.seen).toMatch(/2 of \d+/);
	expect(before.scores).toContain('latest 72%');

	await page.getByRole('link', { name: 'Backup', exact: true }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^vitals-backup-\d{4}-\d{2}-\d{2}\.json$/);
	// Read it now: Playwright deletes downloads when their context closes.
	const text = await readFile((await download.path())!, 'utf8');
	expect(JSON.parse(text)).toMatchObject({ app: 'vitals', format: 1 });
	await first.close();

	// A fresh profile has no site data at all: as after "clear site data", or on a new device.
	const second = await browser.newContext();
	const fresh = await second.newPage();
	expect((await progressOf(fresh)).seen).toMatch(/0 of \d+/);
	await fresh.goto('/backup');
	await fresh.getByLabel('Choose a backup file').setInputFiles({
		name: download.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(fresh.getByText('2 cards with progress, 2 card reviews')).toBeVisible();
	await expect(fresh.getByText('1 quizzes and exams, 1 answers')).toBeVisible();
	await fresh.getByRole('radio', { name: /^Replace/ }).check();
	await fresh.getByRole('button', { name: 'Restore' }).click();
	await expect(fresh.getByRole('status').filter({ hasText: /^Restored \d+ records/ })).toBeVisible();

	expect(await progressOf(fresh)).toEqual(before);
	await fresh.goto('/study?set=cpt');
	await expect(fresh.getByLabel(/^Cards left:/)).toHaveAttribute('aria-label', /5 new/); // limit 7, 2 used
	await second.close();
});

test('a corrupt, foreign or newer backup is refused and nothing changes', async ({ page }) => {
	await page.goto('/study?set=cpt');
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('button', { name: /^Easy, next review/ }).click();
	await expect(page.getByLabel(/^Cards left:/)).toHaveAttribute('aria-label', /19 new/);
	const before = await progressOf(page);

	await page.goto('/backup');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download backup' }).click();
	const good = await readFile((await (await downloading).path())!, 'utf8');
	const parsed = JSON.parse(good) as { tables: object };
	const cases: [string, string, RegExp][] = [
		['truncated.json', good.slice(0, Math.floor(good.length * 0.6)), /not complete/],
		['notes.json', JSON.stringify({ notes: ['hello'] }), /not a Vitals backup/],
		['photo.json', 'GIF89a\u0001\u0000', /not a backup: it is not JSON/],
		[
			'proto.json',
			JSON.stringify({ ...parsed, tables: { ...parsed.tables, settings: [{ key: '__proto__', value: 1 }] } }),
			/unknown setting "__proto__"/
		],
		['newer.json', JSON.stringify({ ...parsed, format: 99 }), /newer version of Vitals/],
		[
			'damaged.json',
			good.replace('"grade":"easy"', '"grade":"perfect"'),
			/damaged: tables\.reviews\.0\.grade/
		]
	];
	for (const [name, text, message] of cases) {
		await page.getByLabel('Choose a backup file').setInputFiles({
			name,
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('alert')).toContainText('Nothing was changed');
		await expect(page.getByRole('button', { name: 'Restore' })).toHaveCount(0);
	}
	expect(await progressOf(page)).toEqual(before);
});
