// Proves: the per-exam progress screen (reached from the exam tile) counts what was studied, shows today's
// goal and streak, readiness says plainly when there is too little data, an exam date turns into exam mode's
// plan and is kept, the charts carry text equivalents, and the screen passes axe in both themes at 360 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const CPT = 'Certified Phlebotomy Technician (CPT)';

async function studyCards(page: Page, n: number) {
	await page.goto('/study?set=cpt');
	for (let i = 0; i < n; i++) {
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.getByRole('button', { name: /^Easy, next review/ }).click();
	}
	await expect(page.getByLabel(/^Cards left:/)).toHaveAttribute('aria-label', new RegExp(`${20 - n} new`));
}

test('progress shows studied cards, the goal, readiness and a plan toward the exam date', async ({
	page
}) => {
	await studyCards(page, 3);
	await page.goto('/');
	await page.getByRole('link', { name: `Progress in ${CPT}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: CPT })).toBeVisible();

	const today = page.getByRole('region', { name: 'Today' });
	await expect(today.getByText(/^Seen/).locator('..')).toContainText(/3 of \d+/);
	await expect(today).toContainText('17 more cards or questions today to meet your goal');
	await expect(page.getByRole('region', { name: 'Readiness' })).toContainText('Not enough data yet');
	await expect(page.getByRole('region', { name: 'Readiness' })).toContainText('How this is worked out');
	await expect(page.getByRole('region', { name: 'Activity' })).toContainText(
		/studied on 1 of \d+ days, 3 cards and questions/
	);
	await expect(page.getByRole('region', { name: 'Exam simulation scores' })).toContainText(
		'No exam simulations yet'
	);

	const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
	await page.getByLabel('Exam date').fill(date);
	await page.getByLabel('Exam date').press('Tab');
	const plan = page.getByRole('region', { name: 'Daily plan' });
	// The exam-mode plan (exam-mode.spec.ts covers it in depth).
	await expect(plan.getByTestId('plan-days-left')).toHaveText(/^(19|20|21)$/);
	await expect(plan.getByRole('table')).toBeAttached();

	await page.reload();
	await expect(page.getByLabel('Exam date')).toHaveValue(date);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`progress and backup screens pass axe in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await studyCards(page, 1);
		for (const path of ['/progress?set=cpt', '/backup', '/settings']) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		}
	});
}
