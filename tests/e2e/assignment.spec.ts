// Proves: an instructor makes a class, builds a deck and assigns it to the class as a timed test; a student
// in another browser opens the assigned link, sees who assigned what and by when, finds it on the home
// screen, takes it as a timed test, gives a name and gets a result link (…/classes#r=…) and its QR code;
// the assignment then leaves the home screen; a second student gets a different link. The screens pass
// axe at 360 px in light and dark. (The class view that imports the links is tested with it.)
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectGoodScreen } from './helpers/screen-checks';

async function dismissToasts(page: Page) {
	await page.addLocatorHandler(page.getByText('Vitals is ready to work offline.'), async () => {
		await page.getByRole('button', { name: 'OK' }).click();
	});
}

async function freshBrowser(browser: Browser, baseURL: string | undefined, colorScheme: 'light' | 'dark') {
	const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, colorScheme });
	const page = await context.newPage();
	await dismissToasts(page);
	return { context, page };
}

async function makeAssignedLink(page: Page): Promise<string> {
	await page.goto('/classes');
	await page.getByLabel('Class name').fill('Phlebotomy 101');
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByText('Created the class “Phlebotomy 101”.')).toBeVisible();

	await page.goto('/decks');
	await page.getByRole('link', { name: 'New deck' }).click();
	await page.getByRole('textbox', { name: /^Title/ }).fill('Order of draw');
	await page
		.getByRole('combobox', { name: /^Exam/ })
		.selectOption({ label: 'Certified Phlebotomy Technician (CPT)' });
	await page.getByRole('combobox', { name: /^Kind/ }).selectOption('mcq');
	const picks = page.getByRole('group', { name: 'Pick items from the banks' }).getByRole('checkbox');
	for (let i = 0; i < 3; i++) await picks.nth(i).check();
	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(page.getByRole('heading', { name: 'Share version 1' })).toBeVisible();

	await page.getByText('Assign to a class').click();
	await expect(page.getByRole('combobox', { name: 'Class' })).toHaveValue(/.+/);
	// Bad input first: a message, and no link.
	await page.getByRole('button', { name: 'Create assigned link' }).click();
	await expect(page.getByRole('alert')).toHaveText('Give the assignment a title.');
	await page.getByLabel('Assignment title').fill('Week 1: order of draw');
	await page.getByLabel('Due date (optional)').fill('2099-12-08');
	await page.getByLabel('Due time').fill('23:00');
	await page.getByLabel('Timed test').check();
	await page.getByLabel('Time limit (minutes)').fill('30');
	await page.getByRole('button', { name: 'Create assigned link' }).click();
	await expect(page.getByText('Assigned “Week 1: order of draw” to Phlebotomy 101.')).toBeVisible();
	await expect(page.getByRole('img', { name: 'QR code of the assigned deck link' })).toBeVisible();
	const link = await page.getByLabel(/^Assigned deck link/).inputValue();
	expect(link).toMatch(/\/deck#d=1\.[A-Za-z0-9_-]+$/);
	return link;
}

async function studentSends(page: Page, link: string, name: string, theme: string): Promise<string> {
	await page.goto(link);
	await expect(page.getByRole('heading', { name: 'Order of draw' })).toBeVisible();
	await expect(
		page.getByText(
			/^Phlebotomy 101 assigned ‘Week 1: order of draw’ · due \w{3} 8 Dec, 23:00 · timed test, 30 min$/
		)
	).toBeVisible();
	await expectGoodScreen(page, `assigned deck preview (${theme})`);
	await page.getByRole('button', { name: 'Add to my decks' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added “Order of draw”' })).toBeVisible();

	await page.goto('/');
	const assigned = page.getByRole('region', { name: 'Assigned to you' });
	await expect(assigned).toContainText('Week 1: order of draw');
	await expect(assigned).toContainText('Phlebotomy 101 · due');
	await expectGoodScreen(page, `home with an assignment (${theme})`);
	await assigned.getByRole('link', { name: 'Open Week 1: order of draw' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Week 1: order of draw' })).toBeVisible();
	await expectGoodScreen(page, `assignment (${theme})`);
	await page.getByRole('button', { name: 'Start the assignment' }).click();

	// A timed test: the exam screen with the 30-minute clock.
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	await expect(page.getByRole('timer')).toBeVisible();
	for (let i = 0; i < 3; i++) {
		await expect(page.getByText(`Question ${i + 1} of 3`)).toBeVisible();
		await page.keyboard.press('a');
		// The answer counts once stored; Enter before that would rightly ask to confirm a blank.
		await expect(page.getByText(`${i + 1} of 3 answered`)).toBeVisible();
		// Enter on the last question submits (nothing is left blank, so nothing to confirm).
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: 'Week 1: order of draw: results' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Score' })).toContainText('of 30 min');

	const send = page.getByRole('region', { name: 'Send results' });
	await expect(send).toContainText('not proctored');
	await send.getByRole('button', { name: 'Send results' }).click();
	await expect(send.getByRole('alert')).toContainText('Type your name');
	await send.getByLabel('Your name').fill(name);
	await send.getByRole('button', { name: 'Send results' }).click();
	const result = await send.getByLabel('Result link for your instructor').inputValue();
	expect(result).toMatch(/^http:\/\/[^/]+\/classes#r=1\.[A-Za-z0-9_-]{8,64}\.[A-Za-z0-9_-]+$/);
	await expect(send.getByRole('img', { name: 'QR code of your result link' })).toBeVisible();
	await expectGoodScreen(page, `results with a result link (${theme})`);

	// Done: off the home list; the name is remembered and the result can be sent again.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'My decks' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Assigned to you' })).toHaveCount(0);
	await page.goBack();
	await expect(send.getByLabel('Your name')).toHaveValue(name);
	await expect(send.getByRole('button', { name: 'Send again' })).toBeVisible();
	return result;
}

test('an assigned deck runs as a timed test and sends a sealed result link', async ({ browser, baseURL }) => {
	test.setTimeout(180_000);
	const instructor = await freshBrowser(browser, baseURL, 'light');
	const link = await makeAssignedLink(instructor.page);

	const maya = await freshBrowser(browser, baseURL, 'light');
	const first = await studentSends(maya.page, link, 'Maya Lopez', 'light');
	const sam = await freshBrowser(browser, baseURL, 'dark');
	const second = await studentSends(sam.page, link, 'Sam Okafor', 'dark');
	expect(second).not.toBe(first);

	for (const c of [instructor, maya, sam]) await c.context.close();
});
