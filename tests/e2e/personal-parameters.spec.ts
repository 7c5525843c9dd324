// Proves: Settings says how many more reviews a fit needs; with 400+ reviews (restored from a backup built
// here) the FSRS optimizer runs in its worker with the network off (its wasm is precached), shows log loss
// and RMSE before and after on the held-back reviews, saves the fit only when it is better, and "Back to
// default parameters" (with undo) switches scheduling back; the section passes axe in both themes at 360 px.
import { expect, test, type Page } from '@playwright/test';
import { expectGoodScreen } from './helpers/screen-checks';

const DAY = 86_400_000;

/** Seeded reviews of a student who forgets much faster than FSRS's defaults expect (recall ≈ 0.55^(t/3) after t days). */
function reviewRows(cards: number, reviewsPerCard: number) {
	let seed = 7;
	const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const start = Date.now() - 200 * DAY;
	const rows = [];
	let id = 1;
	for (let c = 0; c < cards; c++) {
		let at = start + Math.floor(random() * 30) * DAY + c * 60_000;
		let interval = 1;
		for (let k = 0; k < reviewsPerCard; k++) {
			const recalled = k === 0 ? random() < 0.6 : random() < 0.55 ** (interval / 3);
			const grade = recalled ? (random() < 0.2 ? 'easy' : 'good') : 'again';
			const memory = {
				due: at + interval * DAY,
				stability: interval,
				difficulty: 5,
				scheduledDays: interval,
				learningSteps: 0,
				reps: k + 1,
				lapses: 0,
				state: 'review',
				lastReview: at
			};
			rows.push({
				itemId: `card-${c}`,
				bankId: 'cpt',
				grade,
				reviewedAt: at,
				before: null,
				after: memory,
				id: id++
			});
			interval = recalled ? interval * 2 + 1 : 1;
			at += interval * DAY;
		}
	}
	return rows;
}

function backupWith(reviews: ReturnType<typeof reviewRows>): string {
	const tables = { progress: [], reviews, settings: [], attempts: [], answers: [], itemStats: [], decks: [] };
	return JSON.stringify({ app: 'vitals', format: 1, schemaVersion: 1, exportedAt: Date.now(), tables });
}

async function restore(page: Page, text: string, reviews: number) {
	await page.goto('/backup');
	await page.getByLabel('Choose a backup file').setInputFiles({
		name: 'history.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(page.getByText(`${reviews} card reviews`)).toBeVisible();
	await page.getByRole('radio', { name: /^Replace/ }).check();
	await page.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('status').filter({ hasText: /^Restored \d+ records/ })).toBeVisible();
}

const section = (page: Page) => page.getByRole('region', { name: 'Fit to my reviews' });

test('too few reviews: Settings says how many more a fit needs', async ({ page }) => {
	await restore(page, backupWith(reviewRows(30, 5)), 150);
	await page.goto('/settings');
	await expect(section(page)).toContainText('You have 150 card reviews. After 250 more (400 in all)');
	await expect(section(page).getByRole('button', { name: 'Fit to my reviews' })).toHaveCount(0);
});

test('fits offline, shows before and after, saves a better fit, and goes back to the defaults', async ({
	page,
	context
}) => {
	test.setTimeout(180_000);
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await restore(page, backupWith(reviewRows(120, 5)), 600);

	await context.setOffline(true);
	await page.goto('/settings');
	const fit = section(page);
	await expect(fit).toContainText('FSRS’s default parameters');
	await fit.getByRole('button', { name: 'Fit to my reviews' }).click();
	await expect(fit.getByRole('button', { name: 'Cancel fit' })).toBeVisible();
	const table = fit.getByRole('table', { name: /On your latest \d+ reviews, held back from the fit/ });
	await expect(table).toBeVisible({ timeout: 120_000 });
	await expect(table.getByRole('columnheader')).toHaveText(['Measure', 'Default', 'Fitted']);
	const cells = async (measure: string) =>
		(
			await table
				.getByRole('row', { name: new RegExp(`^${measure}`) })
				.getByRole('cell')
				.allTextContents()
		).map(Number);
	const [logLossBefore, logLossAfter] = await cells('Log loss');
	const [rmseBefore, rmseAfter] = await cells('RMSE');
	for (const x of [logLossBefore, logLossAfter, rmseBefore, rmseAfter]) expect(x).toBeGreaterThan(0);
	// This student forgets far faster than the defaults assume, so the fit must win on the held-back reviews.
	expect(logLossAfter).toBeLessThan(logLossBefore!);
	await expect(fit.getByRole('status').first()).toHaveText(
		'Saved: flashcards are now scheduled with your parameters.'
	);
	await expect(fit).toContainText('your own FSRS parameters, fitted to your reviews');
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectGoodScreen(page, `settings with a fit (${colorScheme})`);
	}

	// Kept across a reload (still offline).
	await page.reload();
	await expect(section(page)).toContainText('your own FSRS parameters');
	await section(page).getByRole('button', { name: 'Back to default parameters' }).click();
	await expect(section(page)).toContainText('FSRS’s default parameters');
	await expect(section(page).getByRole('status')).toHaveText('Back to the default parameters.');
	await section(page).getByRole('button', { name: 'Undo: use my parameters again' }).click();
	await expect(section(page)).toContainText('your own FSRS parameters');
});

test('a fit can be cancelled, and nothing is saved', async ({ page, context }) => {
	await restore(page, backupWith(reviewRows(120, 5)), 600);
	// Hold the optimizer's wasm until Cancel is pressed: a fit of 600 reviews is over in a second or two.
	let release = () => {};
	const cancelled = new Promise<void>((resolve) => (release = resolve));
	await context.route('**/*.wasm', async (route) => {
		await cancelled;
		await route.continue().catch(() => {}); // the worker may be gone by then
	});
	await page.goto('/settings');
	const fit = section(page);
	await fit.getByRole('button', { name: 'Fit to my reviews' }).click();
	await expect(fit.getByRole('progressbar')).toBeVisible();
	await expect(fit).toContainText('Loading the optimizer…');
	await fit.getByRole('button', { name: 'Cancel fit' }).click();
	release();
	await expect(fit.getByRole('button', { name: 'Fit to my reviews' })).toBeVisible();
	await expect(fit.getByRole('table')).toHaveCount(0);
	await page.reload();
	await expect(section(page)).toContainText('FSRS’s default parameters');
	await expect(section(page).getByRole('table')).toHaveCount(0);
});
