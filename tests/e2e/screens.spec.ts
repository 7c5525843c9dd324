// Proves: the main screens look as reviewed at 360 px in the light and dark themes (baselines checked in;
// `npx playwright test screens --update-snapshots` after an intended change).
import { expect, test } from '@playwright/test';
import { join } from 'node:path';

const stylePath = join(import.meta.dirname, 'screenshot.css');
const screens: [string, string, (page: import('@playwright/test').Page) => Promise<void>][] = [
	['home', '/', async (page) => void (await expect(page.getByText(/0 of \d+ seen/).first()).toBeVisible())],
	[
		'flashcard-front',
		'/study?set=cpt',
		async (page) => void (await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible())
	],
	[
		'flashcard-back',
		'/study?set=cpt',
		async (page) => {
			await page.getByRole('button', { name: /Show answer/ }).click();
			await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
		}
	],
	[
		'quiz-setup',
		'/quiz?set=cpt',
		async (page) => void (await expect(page.getByRole('button', { name: /Quick 10/ })).toBeVisible())
	],
	[
		'exam-setup',
		'/exam?set=cma-aama',
		async (page) => void (await expect(page.getByRole('button', { name: /Full length/ })).toBeVisible())
	],
	[
		'settings',
		'/settings',
		async (page) => void (await expect(page.getByLabel('Theme')).toHaveValue('system'))
	]
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const [name, path, ready] of screens) {
		test(`${name} (${colorScheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
			await page.goto(path);
			await ready(page);
			await expect(page).toHaveScreenshot(`${name}-${colorScheme}.png`, {
				fullPage: true,
				animations: 'disabled',
				stylePath
			});
		});
	}
}
