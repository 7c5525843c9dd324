// Proves: the home page's first screen waits for at most 70 KB of gzipped JS, and for none of the code it does
// not use (the scheduler, valibot and the schemas, the deck codec, workbox-window); the service worker and its
// update prompt, the storage check and the stored settings still arrive once the page is idle.
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 70;
/** A string each library's code carries, so a script that bundles it is recognised by its body. */
const NOT_ON_FIRST_SCREEN = {
	'ts-fsrs (the scheduler)': 'FSRS',
	valibot: 'valibot',
	'the deck link codec': 'CompressionStream',
	'workbox-window': 'workbox:window'
};

test('the first screen loads only what it uses', async ({ page }) => {
	// The page's own clock marks its first screen, so the split does not depend on the test's timing.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('main h1')) return;
			(window as unknown as { firstScreenAt: number }).firstScreenAt = performance.now();
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	const scripts: Promise<{ url: string; body: string }>[] = [];
	page.on('response', (res) => {
		if (res.request().resourceType() === 'script')
			scripts.push(res.text().then((body) => ({ url: res.url(), body })));
	});

	await page.goto('/', { waitUntil: 'networkidle' });
	await expect(page.getByText(/ seen/).first()).toBeVisible();
	// Background work happened: the worker registered (with workbox-window) once the page was idle.
	await page.evaluate(() => navigator.serviceWorker.ready);

	const { firstScreenAt, startedAt } = await page.evaluate(() => ({
		firstScreenAt: (window as unknown as { firstScreenAt: number }).firstScreenAt,
		startedAt: Object.fromEntries(performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]))
	}));
	expect(firstScreenAt).toBeGreaterThan(0);
	const loaded = await Promise.all(scripts);
	// A script the page's clock has no start for counts as first-screen: the budget never gains by it.
	const firstScreen = loaded.filter((s) => !(startedAt[s.url]! > firstScreenAt));
	const later = loaded.filter((s) => !firstScreen.includes(s));

	const kb = firstScreen.reduce((sum, s) => sum + gzipSync(s.body).length, 0) / 1024;
	expect(kb, firstScreen.map((s) => new URL(s.url).pathname).join('\n')).toBeLessThanOrEqual(BUDGET_KB);
	for (const [library, marker] of Object.entries(NOT_ON_FIRST_SCREEN)) {
		const carriers = firstScreen.filter((s) => s.body.includes(marker)).map((s) => new URL(s.url).pathname);
		expect(carriers, `${library} on the first screen`).toEqual([]);
	}
	expect(later.some((s) => s.body.includes(NOT_ON_FIRST_SCREEN['workbox-window']))).toBe(true);
});
