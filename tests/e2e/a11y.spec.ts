// Proves: axe finds no violations on every screen — exams, flashcards (front and back), settings, quiz setup,
// a tutor question with feedback, an exam with its question grid and submit dialog, and the score report —
// progress and backup, in the light and the dark theme, at 360 px wide, with no sideways scrolling and no word
// broken mid-word; and text at 200% still fits.
import { expect, test } from '@playwright/test';
import { expectGoodScreen } from './helpers/screen-checks';

const expectAccessible = expectGoodScreen;

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every screen passes axe in the ${colorScheme} theme`, async ({ page }) => {
		// Many screens, each read by axe and word by word: more than one test's usual minute on a busy machine.
		test.setTimeout(240_000);
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Choose an exam' })).toBeVisible();
		await expect(page.getByText(/seen/).first()).toBeVisible();
		await expectAccessible(page, 'home');

		await page.goto('/study?set=cpt');
		await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
		await expectAccessible(page, 'flashcard front');
		await page.keyboard.press('Space');
		await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
		await expectAccessible(page, 'flashcard back');

		await page.goto('/settings');
		await expect(page.getByLabel('Theme')).toBeVisible();
		await expectAccessible(page, 'settings');

		await page.goto('/quiz?set=cpt');
		await expect(page.getByRole('button', { name: /Quick 10/ })).toBeVisible();
		await expectAccessible(page, 'quiz setup');
		await page.getByRole('button', { name: /Quick 10/ }).click();
		await expect(page.getByText('Question 1 of 10')).toBeVisible();
		await page.keyboard.press('a');
		await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
		await expectAccessible(page, 'tutor feedback');

		await page.goto('/exam?set=cpt');
		await expectAccessible(page, 'exam setup');
		await page.getByRole('button', { name: /Half length/ }).click();
		await expect(page.getByText('Question 1 of 60')).toBeVisible();
		await page.keyboard.press('b');
		await page.keyboard.press('f');
		await page.getByRole('button', { name: 'Show all questions' }).click();
		await expectAccessible(page, 'exam with grid');
		await page.getByRole('button', { name: 'Submit now' }).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expectAccessible(page, 'submit dialog');
		await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
		await expect(page.getByRole('region', { name: 'Score' })).toBeVisible();
		await expectAccessible(page, 'score report');

		await page.goto('/progress?set=cpt');
		await expect(page.getByRole('heading', { name: 'Readiness' })).toBeVisible();
		await expectAccessible(page, 'progress');

		await page.goto('/backup');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectAccessible(page, 'backup');
	});
}

test('text enlarged to 200% still fits at 360 px', async ({ page }) => {
	await page.goto('/');
	await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
	for (const path of ['/', '/study?set=cpt', '/quiz?set=cpt', '/exam?set=cpt', '/settings']) {
		await page.goto(path);
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		await expect(page.locator('h1')).toBeVisible();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			`${path} at 200%`
		).toBeLessThanOrEqual(360);
	}
});

test('everything is reachable by keyboard with a visible focus ring', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Choose an exam' })).toBeVisible();
	await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
	// Tab reaches the first exam's Flashcards link and Enter opens it.
	for (let i = 0; i < 12; i++) {
		const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
		if (name.startsWith('Flashcards for ')) break;
		await page.keyboard.press('Tab');
	}
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/study\?set=/);
});
