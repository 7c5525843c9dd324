// Proves: the deck screens (My decks, the builder with a paste preview and the share panel, and the link
// opener) pass axe in the light and the dark theme at 360 px wide, with no sideways scrolling and no word broken
// mid-word.
import { expect, test, type Page } from '@playwright/test';
import { expectGoodScreen } from './helpers/screen-checks';

const expectAccessible = (page: Page) => expectGoodScreen(page, page.url());

/** The "ready to work offline" toast sits over the bottom of the screen; dismiss it whenever it shows. */
async function dismissToasts(page: Page) {
	await page.addLocatorHandler(page.getByText('Vitals is ready to work offline.'), async () => {
		await page.getByRole('button', { name: 'OK' }).click();
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`deck screens pass axe in the ${colorScheme} theme`, async ({ page }) => {
		// Many screens, each read by axe and word by word: more than one test's usual minute on a busy machine.
		test.setTimeout(240_000);
		await page.emulateMedia({ colorScheme });
		await dismissToasts(page);
		await page.goto('/decks');
		await expect(page.getByRole('heading', { name: 'My decks' })).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('link', { name: 'New deck' }).click();
		await page.getByRole('textbox', { name: /^Title/ }).fill('Axe deck');
		await page.getByRole('combobox', { name: /^Exam/ }).selectOption({ index: 1 });
		await page
			.getByRole('group', { name: 'Pick items from the banks' })
			.getByRole('checkbox')
			.first()
			.check();
		await page.getByRole('radio', { name: 'Multiple choice' }).check();
		await page.getByRole('textbox', { name: /^Rows/ }).fill('Needle gauge\t21G\nonly one cell');
		await expect(page.getByRole('list', { name: 'How each row was read' })).toContainText('not added');
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Add 1 item' }).click();
		await page.getByRole('button', { name: 'Save deck' }).click();
		await page.getByRole('button', { name: 'Show QR code' }).click();
		await expect(page.getByRole('img', { name: 'QR code of the deck link' })).toBeVisible();
		await expectAccessible(page);

		const link = await page.getByLabel(/^Deck link/).inputValue();
		await page.goto(link);
		await expect(page.getByRole('heading', { name: 'Axe deck' })).toBeVisible();
		await expectAccessible(page);
		await page.goto('/deck#d=1.%%%');
		await expect(page.getByRole('alert')).toBeVisible();
		await expectAccessible(page);
	});
}
