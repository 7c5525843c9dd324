// Proves: where the browser can share files, the backup screen offers "Send the backup to another app" beside
// "Download backup" and hands the share sheet the backup itself (its file name, JSON type, and content that
// parses as a Vitals backup and restores in the app); closing the sheet says nothing, a failed share says
// why; and where the browser cannot share the file (no canShare, or canShare says no) the button is absent.
// The share sheet is a stub installed before the app loads: headless Chromium has none.
import { expect, test, type Page } from '@playwright/test';

const SEND = 'Send the backup to another app';
type Shared = { title: string; files: { name: string; type: string; text: string }[] };

/** A share sheet that records what it was handed; `window.__shareFails` names the error it throws, if any. */
async function stubShareSheet(page: Page, canShare: 'yes' | 'no' | 'missing') {
	await page.addInitScript((canShare) => {
		const w = window as unknown as { __shared: Shared[]; __shareFails?: 'AbortError' | 'TypeError' };
		w.__shared = [];
		if (canShare === 'missing') {
			delete (Navigator.prototype as Partial<Navigator>).canShare;
			delete (Navigator.prototype as Partial<Navigator>).share;
			return;
		}
		Object.defineProperty(Navigator.prototype, 'canShare', {
			configurable: true,
			value: (data?: ShareData) => canShare === 'yes' && (data?.files?.length ?? 0) > 0
		});
		Object.defineProperty(Navigator.prototype, 'share', {
			configurable: true,
			value: async (data: ShareData) => {
				const files = await Promise.all(
					(data.files ?? []).map(async (f) => ({ name: f.name, type: f.type, text: await f.text() }))
				);
				w.__shared.push({ title: data.title ?? '', files });
				if (w.__shareFails === 'AbortError') throw new DOMException('Share canceled', 'AbortError');
				if (w.__shareFails === 'TypeError') throw new TypeError('Files are too large.');
			}
		});
	}, canShare);
}

const shared = (page: Page) => page.evaluate(() => (window as unknown as { __shared: Shared[] }).__shared);

test('the backup goes to the share sheet as the backup file, which restores', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await stubShareSheet(page, 'yes');
	await page.goto('/study?set=cpt');
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('button', { name: /^Good, next review/ }).click();
	await expect(page.getByLabel(/^Cards left:/)).toHaveAttribute('aria-label', /19 new/);

	await page.goto('/backup');
	const send = page.getByRole('button', { name: SEND });
	await expect(page.getByRole('button', { name: 'Download backup' })).toBeVisible();
	await expect(send).toBeVisible();
	const box = (await send.boundingBox())!;
	expect(box.height).toBeGreaterThanOrEqual(44);
	expect(box.x + box.width).toBeLessThanOrEqual(360);

	await send.click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Backup sent to the app you chose.' })
	).toBeVisible();
	const [sheet] = await shared(page);
	expect(sheet!.title).toBe('Vitals backup');
	expect(sheet!.files).toHaveLength(1);
	const file = sheet!.files[0]!;
	expect(file.name).toMatch(/^vitals-backup-\d{4}-\d{2}-\d{2}\.json$/);
	expect(file.type).toBe('application/json');
	const backup = JSON.parse(file.text);
	expect(backup).toMatchObject({ app: 'vitals', format: 1 });
	expect(backup.tables.progress).toHaveLength(1);
	expect(backup.tables.reviews).toHaveLength(1);

	// The app's own restore reads it as a backup.
	await page.getByLabel('Choose a backup file').setInputFiles({
		name: file.name,
		mimeType: file.type,
		buffer: Buffer.from(file.text)
	});
	await expect(page.getByText('1 cards with progress, 1 card reviews')).toBeVisible();
	expect(errors).toEqual([]);
});

test('closing the share sheet says nothing; a failed share says why', async ({ page }) => {
	await stubShareSheet(page, 'yes');
	await page.goto('/backup');
	await page.evaluate(() => ((window as unknown as { __shareFails: string }).__shareFails = 'AbortError'));
	await page.getByRole('button', { name: SEND }).click();
	await expect.poll(async () => (await shared(page)).length).toBe(1);
	await expect(page.getByRole('button', { name: SEND })).toBeEnabled();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: /sent|ready/ })).toHaveCount(0);

	await page.evaluate(() => ((window as unknown as { __shareFails: string }).__shareFails = 'TypeError'));
	await page.getByRole('button', { name: SEND }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'The backup could not be sent: Files are too large. Download it instead.'
	);
});

for (const canShare of ['missing', 'no'] as const) {
	test(`no send button where the browser cannot share the file (canShare ${canShare})`, async ({ page }) => {
		await stubShareSheet(page, canShare);
		await page.goto('/backup');
		await expect(page.getByRole('button', { name: 'Download backup' })).toBeVisible();
		// The page has checked by now: the storage status below the heading is filled in on the same mount.
		await expect(page.getByText(/Your browser (has agreed|may clear)/)).toBeVisible();
		await expect(page.getByRole('button', { name: SEND })).toHaveCount(0);
	});
}
