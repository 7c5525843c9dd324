// Proves: after the first visit the service worker controls the page; with the network off the app
// reloads, opens an exam, and keeps studying, and what was studied offline is still there after a reload.
import { expect, test } from '@playwright/test';

test('works offline after the first visit', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The first visit installs the worker; the next load is served through it.
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByText('Offline', { exact: true })).toBeVisible();
	await page.getByRole('link', { name: /Flashcards for Certified Phlebotomy Technician/ }).click();
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(page.getByLabel(/^Cards left:/)).toHaveAttribute('aria-label', /1 learning, 19 new/);

	// A deep link opened offline works too, and the grading is still there.
	await page.goto('/study?set=cpt');
	await expect(page.getByLabel(/^Cards left:/)).toHaveAttribute('aria-label', /1 learning, 19 new/);
	await page.goto('/settings');
	await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});

test('a first visit at a nested route registers the worker at the app root and works offline', async ({
	page,
	context
}) => {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('sw.js') && !r.ok()) failed.push(r.url());
	});
	await page.goto('/decks/edit');
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	expect(new URL(scope).pathname).toBe('/');
	expect(failed).toEqual([]);
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

	await context.setOffline(true);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Choose an exam' })).toBeVisible();
	await page.goto('/decks/edit');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
