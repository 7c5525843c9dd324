// Proves: a chosen theme is on the page from before the first paint and stays on while the app starts and reads
// its settings (the layout used to apply the default "Same as device" until the stored settings were read, so a
// dark-theme student on a light device saw the page flash light on every start).
import { expect, test } from '@playwright/test';

test.use({ colorScheme: 'light' });

test('a dark theme never flashes light while the app starts', async ({ page }) => {
	await page.goto('/settings');
	await page.getByLabel('Theme').selectOption('dark');
	await expect(page.getByText('Saved.')).toBeVisible();

	// Every value <html data-theme> takes from the moment the document exists (before <html> is parsed, so
	// the observer watches the document).
	await page.addInitScript(() => {
		const seen: (string | null)[] = [];
		(window as unknown as { themes: typeof seen }).themes = seen;
		new MutationObserver((records) => {
			for (const r of records)
				if (r.target === document.documentElement)
					seen.push(document.documentElement.getAttribute('data-theme'));
		}).observe(document, { attributes: true, attributeFilter: ['data-theme'], subtree: true });
	});
	await page.goto('/');
	await expect(page.getByText(/ seen/).first()).toBeVisible();
	const themes = () => page.evaluate(() => (window as unknown as { themes: (string | null)[] }).themes);
	// app.html's copy from localStorage first, then the stored setting once read.
	await expect.poll(async () => (await themes()).length).toBeGreaterThanOrEqual(2);
	expect(new Set(await themes())).toEqual(new Set(['dark']));
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
