// Proves: the exam setup screen says how many questions are new to the student, and after a simulation the
// questions it showed no longer count as new (the next simulation draws the others first).
import { expect, test } from '@playwright/test';

test('the setup screen counts the questions still new to the student', async ({ page, request }) => {
	// The bank's size, from the compiled bank file itself rather than from the app's code.
	const bank = await (await request.get('/banks/cpt.json')).json();
	const total = bank.items.filter((i: { kind: string }) => i.kind === 'mcq').length;

	await page.goto('/exam?set=cpt');
	await expect(page.getByText(`${total} of ${total}`)).toBeVisible();
	await expect(page.getByText(/questions are new to you/)).toBeVisible();

	await page.getByRole('button', { name: /Half length: 60 questions/ }).click();
	await expect(page.getByText('Question 1 of 60')).toBeVisible();
	await page.keyboard.press('a');
	await page.getByRole('button', { name: 'Submit now' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
	await expect(page.getByRole('region', { name: 'Score' })).toBeVisible();

	await page.goto('/exam?set=cpt');
	await expect(page.getByText(`${total - 60} of ${total}`)).toBeVisible();
});
