// Proves: the app is installable (manifest with icons, maskable icon, standalone, shortcuts; an Install button
// when the browser offers one; an iOS "Add to Home Screen" hint), shortcuts (and old `?exam=` ones) open the
// exam studied last, and a new service worker is offered as "New version available — Reload", but never in the
// middle of an exam.
import { expect, test } from '@playwright/test';
import { startStaticHost } from './helpers/static-host';

test('the manifest makes the app installable', async ({ page }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await page.request.get(href!)).json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('Vitals'),
		short_name: 'Vitals',
		display: 'standalone',
		start_url: '/'
	});
	expect(manifest.shortcuts.map((s: { name: string }) => s.name)).toEqual([
		'Study due cards',
		'Start an exam'
	]);
	const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
	expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	for (const icon of manifest.icons) {
		const png = await (await page.request.get(icon.src)).body();
		// PNG IHDR: width and height at bytes 16–23.
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
	}
});

test('an Install button appears when the browser offers installation', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Choose an exam' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
		event.prompt = async () => ((window as unknown as Record<string, boolean>).prompted = true);
		event.userChoice = Promise.resolve({ outcome: 'accepted' });
		window.dispatchEvent(event);
	});
	await page.getByRole('button', { name: 'Install app' }).click();
	expect(await page.evaluate(() => (window as unknown as Record<string, boolean>).prompted)).toBe(true);
	await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
});

test.describe('on iOS Safari', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
	});
	test('a dismissable Add to Home Screen hint', async ({ page }) => {
		await page.goto('/');
		const hint = page.getByRole('complementary', { name: 'Install Vitals' });
		await expect(hint).toContainText('Add to Home Screen');
		await hint.getByRole('button', { name: 'Got it' }).click();
		await expect(hint).toHaveCount(0);
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Choose an exam' })).toBeVisible();
		await expect(hint).toHaveCount(0);
	});
});

test('shortcuts open the exam studied last', async ({ page }) => {
	await page.goto('/study?set=cet');
	await expect(page.getByRole('heading', { level: 1, name: 'Certified EKG Technician (CET)' })).toBeVisible();
	await page.goto('/exam?set=last');
	await expect(
		page.getByRole('heading', { name: 'Exam simulation: Certified EKG Technician (CET)' })
	).toBeVisible();
	// Shortcuts installed before `?set=`, and old bookmarks, carry `?exam=`: they still open the same screen.
	await page.goto('/exam?exam=last');
	await expect(
		page.getByRole('heading', { name: 'Exam simulation: Certified EKG Technician (CET)' })
	).toBeVisible();
});

test('a new version is offered with Reload, and not during an exam', async ({ page }) => {
	const host = await startStaticHost();
	try {
		await page.goto(`${host.url}/`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

		await page.goto(`${host.url}/exam?set=cpt`);
		await page.getByRole('button', { name: /Half length/ }).click();
		await expect(page.getByText('Question 1 of 60')).toBeVisible();
		await page.keyboard.press('a');
		await expect(page.getByText('1 of 60 answered')).toBeVisible();

		host.publishNewRelease();
		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect
			.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting))
			.toBe(true);
		// During the exam: no prompt, and the answer is kept.
		await expect(page.getByText('New version available.')).toHaveCount(0);
		await expect(page.getByText('1 of 60 answered')).toBeVisible();

		await page.getByRole('button', { name: 'Submit now' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
		await expect(page.getByRole('region', { name: 'Score' })).toContainText('59 unanswered');
		await expect(page.getByText('New version available.')).toBeVisible();
		const reloaded = page.waitForEvent('framenavigated');
		await page.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		await page.waitForLoadState('load');
		await expect
			.poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting))
			.toBe(false);
		// After the reload the new worker is in charge and the finished exam is still there.
		await expect(page.getByRole('region', { name: 'Score' })).toContainText('59 unanswered');
	} finally {
		await host.close();
	}
});
