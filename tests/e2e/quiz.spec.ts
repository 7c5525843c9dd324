// Proves: a tutor quiz runs entirely by keyboard (A–D/1–4 answer, feedback with the rationale, Enter next,
// F flag) and ends in a report; flagged items feed the "Flagged" shortcut quiz.
import { expect, test } from '@playwright/test';

test('a tutor quiz by keyboard, with feedback after each answer', async ({ page }) => {
	await page.goto('/quiz?set=cpt');
	await expect(
		page.getByRole('heading', { name: /Practice quiz: Certified Phlebotomy Technician/ })
	).toBeVisible();
	await expect(page.getByLabel(/Tutor/)).toBeChecked();
	await page.getByRole('button', { name: /Quick 10/ }).click();

	for (let i = 1; i <= 10; i++) {
		await expect(page.getByText(`Question ${i} of 10`)).toBeVisible();
		await page.keyboard.press(i % 2 ? 'a' : '2');
		const feedback = page.getByRole('region', { name: 'Feedback' });
		await expect(feedback).toContainText(/^(Correct|Incorrect)/);
		// The rationale is shown, and the answer can no longer be changed.
		await expect(feedback.locator('p').last()).not.toBeEmpty();
		await expect(page.getByRole('radio').first()).toBeDisabled();
		if (i === 3) {
			await page.keyboard.press('f');
			await expect(page.getByRole('button', { name: /^Flagged/ })).toHaveAttribute('aria-pressed', 'true');
		}
		await page.keyboard.press('Enter');
	}

	await expect(page).toHaveURL(/\/results\?id=\d+/);
	await expect(page.getByRole('heading', { name: 'Quick 10: results' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Score' })).toContainText(/\d+ of 10 right · 0 unanswered/);

	await page.goto('/quiz?set=cpt');
	await page.getByRole('button', { name: /Flagged/ }).click();
	await expect(page.getByText('Question 1 of 1')).toBeVisible();
});

test('a shortcut with nothing to ask says so', async ({ page }) => {
	await page.goto('/quiz?set=cpt');
	await page.getByRole('button', { name: /Missed items/ }).click();
	await expect(page.getByRole('alert')).toHaveText(/No missed items/);
});
