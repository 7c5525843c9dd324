// Proves: on the results page, "Flag for review" shows as pressed once clicked, survives a reload, feeds the
// Flagged filter and the "Flagged" shortcut quiz (the item's history), and a second click unflags all of it.
import { expect, test, type Page } from '@playwright/test';

async function finishQuick10(page: Page) {
	await page.goto('/quiz?set=cpt');
	await page.getByRole('button', { name: /Quick 10/ }).click();
	for (let i = 1; i <= 10; i++) {
		await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
		await page.keyboard.press('a');
		await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: 'Quick 10: results' })).toBeVisible();
}

test('flag and unflag a question on the results page', async ({ page }) => {
	await finishQuick10(page);
	const results = page.url();
	const question2 = page.getByRole('article', { name: /Question 2$/ });
	const flag = question2.getByRole('button', { name: /for review/ });
	await expect(flag).toHaveAttribute('aria-pressed', 'false');

	await flag.click();
	await expect(flag).toHaveAccessibleName('Flagged for review');
	await expect(flag).toHaveAttribute('aria-pressed', 'true');
	await page.reload();
	await expect(flag).toHaveAttribute('aria-pressed', 'true');
	await page.getByLabel('Flagged').check();
	await expect(page.getByRole('article')).toHaveCount(1);
	await expect(question2).toBeVisible();

	// The item's history has the flag: the Flagged shortcut asks exactly that question.
	await page.goto('/quiz?set=cpt');
	await page.getByRole('button', { name: /^Flagged/ }).click();
	await expect(page.getByText('Question 1 of 1')).toBeVisible();

	await page.goto(results);
	await expect(flag).toHaveAttribute('aria-pressed', 'true');
	await flag.click();
	await expect(flag).toHaveAccessibleName('Flag for review');
	await expect(flag).toHaveAttribute('aria-pressed', 'false');
	await page.reload();
	await expect(flag).toHaveAttribute('aria-pressed', 'false');
	await page.getByLabel('Flagged').check();
	await expect(page.getByText('Nothing to show here.')).toBeVisible();

	await page.goto('/quiz?set=cpt');
	await page.getByRole('button', { name: /^Flagged/ }).click();
	await expect(page.getByRole('alert')).toHaveText(/No flagged items yet/);
});
