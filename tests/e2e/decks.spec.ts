// Proves: an instructor builds a deck from bank items plus two new cards and copies its link; a fresh
// browser opens the link, previews it, adds it, and studies it offline; the instructor edits the deck and
// the student's re-opened link updates it in place keeping progress. HTML in a card shows as text, and
// broken links and hosted decks (served by page.route, no real network) name the problem and store nothing.
// Pasted rows are previewed row by row; JSON, CSV and Anki exports have the right content, the JSON file
// imports in another browser, and a link can be opened, added and studied by keyboard alone.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encodeDeckLink } from '../../src/lib/domain/deck/codec';
import { toDeckFile } from '../../src/lib/domain/deck/schema';
import type { SharedDeck } from '../../src/lib/domain/deck/types';

const counts = (page: Page) => page.getByLabel(/^Cards left:/);

/** The "ready to work offline" toast sits over the bottom of the screen; dismiss it whenever it shows. */
async function dismissToasts(page: Page) {
	await page.addLocatorHandler(page.getByText('Vitals is ready to work offline.'), async () => {
		await page.getByRole('button', { name: 'OK' }).click();
	});
}

async function freshStudent(
	browser: Browser,
	baseURL: string | undefined,
	serviceWorkers: 'allow' | 'block' = 'allow'
) {
	const context = await browser.newContext({
		baseURL,
		viewport: { width: 360, height: 740 },
		serviceWorkers
	});
	const page = await context.newPage();
	await dismissToasts(page);
	return { context, page };
}

function deck(overrides: Partial<SharedDeck>): SharedDeck {
	return {
		id: 'e2etest01',
		title: 'E2E deck',
		description: '',
		author: 'Tester',
		version: 1,
		createdAt: 1,
		updatedAt: 1,
		itemRefs: [],
		items: [{ id: 'deck-e2etest01-0001', kind: 'card', front: 'Front one', back: 'Back one' }],
		...overrides
	};
}

test('build, share, open in a fresh browser, study offline, then update in place', async ({
	page,
	browser,
	baseURL
}) => {
	// Instructor.
	await dismissToasts(page);
	await page.goto('/decks');
	await page.getByRole('link', { name: 'New deck' }).click();
	await page.getByRole('textbox', { name: /^Title/ }).fill('Week 3: venipuncture');
	await page.getByRole('textbox', { name: /^Author/ }).fill('Ms. Rivera');
	await page
		.getByRole('combobox', { name: /^Exam/ })
		.selectOption({ label: 'Certified Phlebotomy Technician (CPT)' });
	const picks = page.getByRole('group', { name: 'Pick items from the banks' }).getByRole('checkbox');
	for (let i = 0; i < 3; i++) await picks.nth(i).check();
	for (const [front, back] of [
		['What does a lavender top hold?', 'EDTA'],
		['Tourniquet limit?', 'One minute']
	] as const) {
		await page.getByRole('textbox', { name: /^Front/ }).fill(front);
		await page.getByRole('textbox', { name: /^Back/ }).fill(back);
		await page.getByRole('button', { name: 'Add card' }).click();
	}
	await expect(page.getByRole('heading', { name: 'In this deck (5)' })).toBeVisible();
	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(page.getByRole('heading', { name: 'Share version 1' })).toBeVisible();
	const link1 = await page.getByLabel(/^Deck link/).inputValue();
	expect(link1).toMatch(/\/deck#d=1\.[A-Za-z0-9_-]+$/);
	await page.getByRole('button', { name: 'Show QR code' }).click();
	await expect(page.getByRole('img', { name: 'QR code of the deck link' })).toBeVisible();

	// Student, in a browser that has never seen Vitals.
	const student = await freshStudent(browser, baseURL);
	const s = student.page;
	await s.goto(link1);
	await expect(s.getByRole('heading', { name: 'Week 3: venipuncture' })).toBeVisible();
	await expect(s.getByText('5 items')).toBeVisible();
	await expect(s.getByText('By Ms. Rivera')).toBeVisible();
	await s.getByRole('button', { name: 'Add to my decks' }).click();
	await expect(s.getByRole('status').filter({ hasText: 'Added “Week 3: venipuncture”' })).toBeVisible();

	// Offline: the worker serves the app and the banks; the deck is on the device.
	await s.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await s.reload();
	await expect.poll(() => s.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await student.context.setOffline(true);
	await s.goto('/');
	await s.getByRole('link', { name: 'Study Week 3: venipuncture' }).click();
	await expect(s.getByRole('heading', { level: 1, name: 'Week 3: venipuncture' })).toBeVisible();
	await expect(counts(s)).toHaveAttribute('aria-label', /0 learning, 5 new/);
	await s.keyboard.press('Space');
	await s.keyboard.press('3');
	await expect(counts(s)).toHaveAttribute('aria-label', /1 learning, 4 new/);

	// Instructor adds a card and saves version 2.
	await page.getByRole('textbox', { name: /^Front/ }).fill('Order of draw: first tube?');
	await page.getByRole('textbox', { name: /^Back/ }).fill('Blood culture');
	await page.getByRole('button', { name: 'Add card' }).click();
	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(page.getByRole('heading', { name: 'Share version 2' })).toBeVisible();
	const link2 = await page.getByLabel(/^Deck link/).inputValue();

	// Student (still offline) opens the new link: an update in place, progress kept.
	await s.goto(link2);
	await expect(s.getByText('You have version 1 of this deck.')).toBeVisible();
	await s.getByRole('button', { name: 'Update my copy to version 2' }).click();
	await expect(s.getByRole('status').filter({ hasText: 'Updated to version 2 (was 1)' })).toBeVisible();
	await s.getByRole('link', { name: 'Study this deck' }).click();
	await expect(counts(s)).toHaveAttribute('aria-label', /1 learning, 5 new/);
	await s.goto('/decks');
	await expect(s.getByRole('article')).toHaveCount(1);
	await expect(s.getByRole('article')).toContainText('6 items · version 2');
	await student.context.close();
});

test('HTML and script in a card are shown as text, never run', async ({ browser, baseURL }) => {
	const attack = '<img src=x onerror="window.__pwned=1">';
	const payload = await encodeDeckLink(
		deck({
			title: '<script>window.__pwned=2</script>',
			items: [{ id: 'deck-e2etest01-0001', kind: 'card', front: attack, back: '<b>bold?</b>' }]
		})
	);
	const { context, page } = await freshStudent(browser, baseURL);
	await page.goto(`/deck#d=${payload}`);
	await expect(page.getByRole('heading', { name: '<script>window.__pwned=2</script>' })).toBeVisible();
	await expect(page.getByText(attack)).toBeVisible();
	await page.getByRole('button', { name: 'Add to my decks' }).click();
	await page.getByRole('link', { name: 'Study this deck' }).click();
	await expect(page.getByRole('region', { name: 'Flashcard' })).toContainText(attack);
	await page.keyboard.press('Space');
	await expect(page.getByRole('region', { name: 'Flashcard' })).toContainText('<b>bold?</b>');
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.locator('main img, main b')).toHaveCount(0);
	await context.close();
});

test('broken links and bad hosted decks name the problem and store nothing', async ({ browser, baseURL }) => {
	// Service workers are blocked here so page.route sees the page's fetches of hosted decks.
	const { context, page } = await freshStudent(browser, baseURL, 'block');
	const uncaught: string[] = [];
	page.on('pageerror', (e) => uncaught.push(String(e)));
	const good = await encodeDeckLink(deck({}));
	const cases: [string, RegExp][] = [
		// A malformed % escape must not throw from the router (an uncaught URIError) either; first, so that
		// it is a full page load, as when a student opens the link.
		['/deck#d=1.%E0%A4%A', /not valid base64url/],
		['/deck#d=1.@@@@', /not valid base64url/],
		[`/deck#d=${good.slice(0, -8)}`, /damaged|cut off/],
		[`/deck#d=7.${good.slice(2)}`, /format 7/],
		['/deck', /no deck in it/],
		[
			`/deck#d=${await encodeDeckLink(deck({ itemRefs: ['cpt-pp-0001', 'cpt-zz-9998', 'cpt-zz-9999'] }))}`,
			/does not have: cpt-zz-9998, cpt-zz-9999/
		]
	];
	const host = 'https://decks.example.org';
	const cors = { 'access-control-allow-origin': '*' };
	await page.route(`${host}/**`, (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/missing.json') return route.fulfill({ status: 404, headers: cors, body: 'not here' });
		if (path === '/page.json')
			return route.fulfill({ headers: cors, contentType: 'text/html', body: '<html></html>' });
		if (path === '/huge.json') return route.fulfill({ headers: cors, body: ' '.repeat(21 * 1024 * 1024) });
		if (path === '/v9.json')
			return route.fulfill({
				headers: cors,
				body: JSON.stringify({ format: 'vitals-deck', formatVersion: 9, deck: {} })
			});
		return route.fulfill({
			headers: cors,
			contentType: 'application/json',
			body: toDeckFile(deck({ title: 'Hosted deck' }))
		});
	});
	const hosted = (p: string) => `/deck?url=${encodeURIComponent(host + p)}`;
	cases.push(
		[hosted('/missing.json'), /could not be loaded \(HTTP 404\)/],
		[hosted('/page.json'), /not JSON/],
		[hosted('/huge.json'), /larger than 20 MB/],
		[hosted('/v9.json'), /format version 9/]
	);
	for (const [url, message] of cases) {
		await page.goto(url);
		await expect(page.getByRole('alert')).toHaveText(message);
		await expect(page.getByText('Nothing on this device was changed.')).toBeVisible();
	}
	expect(uncaught).toEqual([]);
	await page.goto('/decks');
	await expect(page.getByText('No decks yet.')).toBeVisible();

	// A good hosted deck is fetched only now, previewed and added.
	await page.goto(hosted('/week1.json'));
	await expect(page.getByRole('heading', { name: 'Hosted deck' })).toBeVisible();
	await page.getByRole('button', { name: 'Add to my decks' }).click();
	await page.goto('/decks');
	await expect(page.getByRole('article', { name: 'Hosted deck' })).toBeVisible();
	// The hosted address is kept, so the student can fetch the instructor's newer version later.
	await page.getByRole('link', { name: 'Check for a newer version' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'This deck is already in your decks.' })
	).toBeVisible();
	await context.close();
});

/** Presses Tab until the named control has focus, as a keyboard user would. */
async function tabTo(page: Page, role: 'button' | 'link', name: string) {
	const target = page.getByRole(role, { name });
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`Tab never reached ${role} "${name}"`);
}

test('pasted rows are previewed; the deck exports as JSON, CSV and Anki text and the JSON imports elsewhere', async ({
	page,
	browser,
	baseURL
}) => {
	await dismissToasts(page);
	await page.goto('/decks/edit');
	await page.getByRole('textbox', { name: /^Title/ }).fill('Pasted deck');
	const why = 'A 21-gauge needle is standard for routine venipuncture on adults with normal veins.';
	await page
		.getByRole('textbox', { name: /^Rows/ })
		.fill(`front\tback\nNeedle gauge?\t21G\nRoutine gauge?\t18G\t21G\t25G\t27G\tB\t${why}\nbroken row`);
	const preview = page.getByRole('list', { name: 'How each row was read' });
	await expect(preview.getByRole('listitem')).toHaveText([
		'Row 2: card — Needle gauge?',
		'Row 3: MCQ — Routine gauge?',
		/Row 4: not added: expected 2 columns \(front, back\) or 7/
	]);
	await page.getByRole('button', { name: 'Add 2 items' }).click();
	await page.getByRole('button', { name: 'Save deck' }).click();

	const read = async (button: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: button }).click()
		]);
		return { name: download.suggestedFilename(), path: (await download.path())! };
	};
	const json = await read('Download JSON');
	expect(json.name).toBe('pasted-deck.vitals-deck.json');
	const csv = await read('Download CSV');
	expect(readFileSync(csv.path, 'utf8')).toBe(`Needle gauge?,21G\r\nRoutine gauge?,18G,21G,25G,27G,B,${why}`);
	const anki = await read('Download Anki text');
	expect(readFileSync(anki.path, 'utf8')).toMatch(
		/^#separator:tab\n#html:false\n#columns:Front\tBack\nNeedle gauge\?\t21G\n/
	);

	// A hosted link names where the instructor put the JSON file, and has its own QR code.
	await page.getByText('Host the deck file yourself').click();
	await page
		.getByRole('textbox', { name: 'Address of the JSON file' })
		.fill('https://decks.example.org/pasted.json');
	await expect(page.getByRole('textbox', { name: 'Hosted deck link' })).toHaveValue(
		/\/deck\?url=https%3A%2F%2Fdecks\.example\.org%2Fpasted\.json$/
	);
	await expect(page.getByRole('img', { name: 'QR code of the hosted deck link' })).toBeVisible();

	// Another browser imports the JSON file, then studies it by keyboard alone.
	const { context, page: s } = await freshStudent(browser, baseURL);
	await s.goto('/decks');
	await s.getByLabel('Import a deck file (.json)').setInputFiles(json.path);
	await expect(s.getByRole('status').filter({ hasText: 'Added “Pasted deck”.' })).toBeVisible();
	await s.getByLabel('Import a deck file (.json)').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"vitals-deck","formatVersion":1,"deck":{"id":"x"}}')
	});
	await expect(s.getByRole('alert')).toHaveText(
		/^bad\.json: The deck is not valid: .* Nothing was changed\.$/
	);
	await expect(s.getByRole('article')).toHaveCount(1);
	await tabTo(s, 'link', 'Study Pasted deck');
	await s.keyboard.press('Enter');
	await expect(counts(s)).toHaveAttribute('aria-label', /0 learning, 2 new/);
	await s.keyboard.press('Space');
	await s.keyboard.press('1');
	await expect(counts(s)).toHaveAttribute('aria-label', /1 learning, 1 new/);
	await context.close();
});

test('a deck link opens and is added by keyboard alone', async ({ browser, baseURL }) => {
	const { context, page } = await freshStudent(browser, baseURL);
	await page.goto(`/deck#d=${await encodeDeckLink(deck({ title: 'Keyboard deck' }))}`);
	await expect(page.getByRole('heading', { name: 'Keyboard deck' })).toBeVisible();
	await tabTo(page, 'button', 'Add to my decks');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Added “Keyboard deck”' })).toBeVisible();
	await tabTo(page, 'link', 'Study this deck');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Keyboard deck' })).toBeVisible();
	await context.close();
});
