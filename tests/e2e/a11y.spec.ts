// Proves: axe finds no violations on each screen, in the light and the dark theme, at 360 px wide,
// and no screen scrolls sideways.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every screen passes axe in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Choose an exam' })).toBeVisible();
		await expect(page.getByText(/seen/).first()).toBeVisible();
		await expectAccessible(page);

		await page.goto('/study?exam=cpt');
		await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
		await expectAccessible(page);
		await page.keyboard.press('Space');
		await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();
		await expectAccessible(page);

		await page.goto('/settings');
		await expect(page.getByLabel('Theme')).toBeVisible();
		await expectAccessible(page);
	});
}
