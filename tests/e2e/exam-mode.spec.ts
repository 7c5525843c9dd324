// Proves: exam mode end to end. Cards studied two days ago are due in plain mode; setting an exam date on
// the progress screen turns its plan into the scheduler's own (study days left, today's planned reviews,
// a bar chart with a table), a smaller daily budget changes the plan and the shortfall says by how much;
// the study screen then shows exam mode (days left, done / planned, predicted recall), its first card is
// not plain mode's, it stops at the plan's count with "Today's plan is done", and "Study more anyway"
// goes on beyond the plan. Every new screen passes expectGoodScreen in both themes at 360 px.
import { expect, test, type Page } from '@playwright/test';
import { expectGoodScreen } from './helpers/screen-checks';

const DAY = 86_400_000;
const T0 = new Date('2027-03-01T12:00:00Z').getTime();

const front = (page: Page) => page.getByRole('region', { name: 'Flashcard' }).locator('.front');

async function gradeGood(page: Page) {
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('button', { name: /^Good, next review/ }).click();
}

async function bothThemes(page: Page, screen: string) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectGoodScreen(page, `${screen} (${colorScheme})`);
	}
	await page.emulateMedia({ colorScheme: 'light' });
}

test('an exam date turns the plan and the flashcard queue into exam mode', async ({ page }) => {
	test.setTimeout(120_000);
	await page.clock.setFixedTime(T0);
	await page.goto('/study?set=cpt');
	const studied: string[] = [];
	for (let i = 0; i < 4; i++) {
		studied.push((await front(page).textContent())!);
		await gradeGood(page);
	}
	await expect(page.getByText('Undo last grade')).toBeVisible();

	// Two days later, plain FSRS: the cards left in learning come first.
	await page.clock.setFixedTime(T0 + 2 * DAY);
	await page.goto('/study?set=cpt');
	await expect(page.getByLabel(/^Cards left:/)).toBeVisible();
	const plainFirst = (await front(page).textContent())!;
	expect(studied).toContain(plainFirst);
	await expect(page.getByRole('region', { name: 'Exam mode' })).toHaveCount(0);

	// The exam in 30 days: the progress screen shows the scheduler's plan.
	await page.goto('/progress?set=cpt');
	const examDate = await page.evaluate(
		(at) => {
			const d = new Date(at);
			return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
		},
		T0 + 32 * DAY
	);
	await page.getByLabel('Exam date').fill(examDate);
	await page.getByLabel('Exam date').press('Tab');
	const plan = page.getByRole('region', { name: 'Daily plan' });
	await expect(plan.getByTestId('plan-days-left')).toHaveText('30');
	await expect(plan.getByRole('table', { name: 'Planned reviews per day to the exam' })).toBeAttached();
	await expect(
		plan.getByRole('table', { name: 'Planned reviews per day to the exam' }).locator('tbody tr')
	).toHaveCount(30);
	await expect(plan.locator('figcaption')).toContainText(/30 study days, [\d,]+ reviews/);
	const plannedAt100 = Number(await plan.getByTestId('plan-today').textContent());
	expect(plannedAt100).toBeGreaterThan(0);
	expect(plannedAt100).toBeLessThanOrEqual(100);

	// A bad budget is named and nothing changes; a small one changes the plan and shows the shortfall.
	const budget = plan.getByLabel('Daily study budget');
	await budget.fill('0');
	await budget.press('Tab');
	await expect(plan.getByRole('alert')).toHaveText(
		'Reviews a day must be a whole number from 1 to 1000 (got 0).'
	);
	await expect(budget).toHaveValue('100');
	await expect(plan.getByTestId('plan-today')).toHaveText(String(plannedAt100));
	await budget.fill('5');
	await budget.press('Tab');
	await expect(plan.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await expect(plan.getByTestId('plan-today')).toHaveText('5');
	await expect(plan.getByTestId('plan-shortfall')).toContainText(
		/At 5 reviews a day the plan reaches \d+% recall on exam day, \d+ points? short of the 90% target/
	);
	await bothThemes(page, 'progress with an exam plan');

	// The study screen follows that plan.
	await page.goto('/study?set=cpt');
	const examMode = page.getByRole('region', { name: 'Exam mode' });
	await expect(examMode.getByTestId('days-left')).toHaveText('30 days');
	await expect(examMode.getByTestId('plan-done')).toHaveText('0');
	await expect(examMode.getByTestId('plan-planned')).toHaveText('5');
	await expect(examMode.getByTestId('predicted-recall')).toHaveText(/^\d+%$/);
	await expect(examMode.getByTestId('shortfall')).toContainText('short of the 90% target');
	const examFirst = (await front(page).textContent())!;
	expect(examFirst).not.toBe(plainFirst);
	await bothThemes(page, 'study in exam mode');

	for (let i = 0; i < 5; i++) {
		await gradeGood(page);
		await expect(examMode.getByTestId('plan-done')).toHaveText(String(i + 1));
	}
	await expect(page.getByRole('heading', { name: 'Today’s plan is done' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Flashcard' })).toHaveCount(0);
	await bothThemes(page, 'exam plan done');

	await page.getByRole('button', { name: 'Study more anyway (beyond today’s plan)' }).click();
	await expect(page.getByRole('region', { name: 'Flashcard' })).toBeVisible();
	await expect(examMode).toContainText('Beyond today’s plan');
});

test('Settings keeps the exam-day target and budget, refusing bad values by name', async ({ page }) => {
	await page.goto('/settings');
	const target = page.getByLabel('Target recall on exam day (%)');
	await expect(target).toHaveValue('90');
	await target.fill('100');
	await target.press('Tab');
	await expect(page.getByRole('alert')).toHaveText(
		'Target recall on exam day must be a whole percent from 70 to 99 (got 100).'
	);
	await expect(target).toHaveValue('90');
	await target.fill('85');
	await target.press('Tab');
	await page.getByLabel('Budget unit').selectOption('minutes');
	await page.getByLabel('Daily study budget').fill('20');
	await page.getByLabel('Daily study budget').press('Tab');
	await expect(page.getByText('Minutes become reviews at your own pace')).toBeVisible();
	await page.reload();
	await expect(target).toHaveValue('85');
	await expect(page.getByLabel('Budget unit')).toHaveValue('minutes');
	await expect(page.getByLabel('Daily study budget')).toHaveValue('20');
	await bothThemes(page, 'settings with exam mode');
});
