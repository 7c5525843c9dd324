// Proves: an exam simulation saves every answer as given and resumes after a reload with answers, position
// and the clock intact (time keeps running while away); warns at 10 and 1 minutes; submits itself at zero;
// and its score report's per-domain numbers match the answers given.
import { expect, test, type Page } from '@playwright/test';
import type { Bank } from '../../src/lib/domain/bank/schema';

const START = new Date('2026-05-01T09:00:00Z');

async function startHalfLengthCpt(page: Page) {
	await page.clock.install({ time: START });
	await page.goto('/exam?set=cpt');
	await page.getByRole('button', { name: /Half length: 60 questions, 60 min/ }).click();
	await expect(page.getByText('Question 1 of 60')).toBeVisible();
}

const timeLeft = (page: Page) => page.getByRole('timer', { name: 'Time left' });

test('reloaded halfway, the exam resumes with answers and remaining time intact', async ({ page }) => {
	await startHalfLengthCpt(page);
	const chosen: string[] = [];
	for (const [i, key] of ['a', 'b', 'c', 'd', 'a'].entries()) {
		await expect(page.getByText(`Question ${i + 1} of 60`)).toBeVisible();
		await page.keyboard.press(key);
		await expect(page.getByText(`${i + 1} of 60 answered`)).toBeVisible();
		chosen.push((await page.getByRole('radio', { checked: true }).locator('..').textContent())!);
		await page.keyboard.press('Enter');
	}
	await page.keyboard.press('f');
	await expect(page.getByText('5 of 60 answered, 1 flagged')).toBeVisible();

	await page.clock.fastForward('20:00');
	await page.reload();
	await expect(page.getByText('Question 6 of 60')).toBeVisible();
	await expect(page.getByText('5 of 60 answered, 1 flagged')).toBeVisible();
	await expect(timeLeft(page)).toContainText(/39:5\d|40:00/);

	// Earlier answers are still selected.
	for (let i = 4; i >= 0; i--) {
		await page.getByRole('button', { name: 'Previous' }).click();
		await expect(page.getByText(`Question ${i + 1} of 60`)).toBeVisible();
		await expect(page.getByRole('radio', { checked: true }).locator('..')).toHaveText(chosen[i]!);
	}

	// The grid shows answered, flagged and blank questions and jumps to any of them.
	await page.getByRole('button', { name: 'Show all questions' }).click();
	await expect(page.getByRole('button', { name: 'Question 6, blank, flagged' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Question 2, answered' })).toBeVisible();
	await page.getByRole('button', { name: 'Question 40, blank' }).click();
	await expect(page.getByText('Question 40 of 60')).toBeVisible();
});

test('warns at 10 and 1 minutes and submits itself when time runs out', async ({ page }) => {
	await startHalfLengthCpt(page);
	await page.keyboard.press('b');
	await expect(page.getByText('1 of 60 answered')).toBeVisible();

	await page.clock.fastForward('50:02');
	await expect(page.getByText(/Ten minutes remaining/)).toBeAttached();
	await expect(timeLeft(page)).toContainText(/9:5\d\s*Under 10 minutes/);
	await page.clock.fastForward('09:00');
	await expect(page.getByText(/One minute remaining/)).toBeAttached();

	await page.clock.fastForward('01:05');
	await expect(page).toHaveURL(/\/results\?id=\d+/);
	await expect(page.getByRole('region', { name: 'Score' })).toContainText(
		'59 unanswered · time used 1 h 0 min of 1 h 0 min'
	);
});

test('the score report per domain matches the answers given', async ({ page }) => {
	await startHalfLengthCpt(page);
	const bank = (await (await page.request.get('/banks/cpt.json')).json()) as Bank;
	const byStem = new Map(bank.items.flatMap((i) => (i.kind === 'mcq' ? [[i.stem, i] as const] : [])));
	const expected = new Map<string, number>();

	// Answer the first eight: right on even questions, wrong on odd ones.
	for (let q = 0; q < 8; q++) {
		await expect(page.getByText(`Question ${q + 1} of 60`)).toBeVisible();
		const stem = (await page.locator('legend .stem').textContent())!;
		const item = byStem.get(stem)!;
		const right = q % 2 === 0;
		const text = item.choices[right ? item.answer : (item.answer + 1) % 4]!;
		await page.getByRole('radio', { name: text, exact: false }).check();
		if (right) expected.set(item.domain, (expected.get(item.domain) ?? 0) + 1);
		await page.keyboard.press('Enter');
	}
	await page.getByRole('button', { name: 'Submit now' }).click();
	const dialog = page.getByRole('dialog', { name: 'Submit now?' });
	await expect(dialog).toContainText('52 questions are unanswered');
	await dialog.getByRole('button', { name: 'Submit' }).click();

	await expect(page.getByRole('region', { name: 'Score' })).toContainText('4 of 60 right · 52 unanswered');
	// Review shows every question with its rationale.
	await expect(page.getByRole('article')).toHaveCount(25);
	await page.getByRole('button', { name: 'Show more (35 left)' }).click();
	await expect(page.getByRole('article')).toHaveCount(60);

	// Each domain's total is counted here from the questions the exam asked (their stems, looked up in the
	// bank file), not from the app's own apportioning; the exam follows the blueprint's weights to within one.
	const asked = new Map<string, number>();
	for (const stem of await page.getByRole('article').locator('.stem').allTextContents()) {
		const domain = byStem.get(stem)!.domain;
		asked.set(domain, (asked.get(domain) ?? 0) + 1);
	}
	for (const domain of bank.domains) {
		const correct = expected.get(domain.id) ?? 0;
		const total = asked.get(domain.id) ?? 0;
		expect(Math.abs(total - (60 * domain.weightPercent) / 100)).toBeLessThan(1);
		const row = page.getByRole('row', { name: new RegExp(`^${domain.name}`) });
		await expect(row).toContainText(`${Math.round((correct / total) * 100)}% (${correct}/${total})`);
	}
	await page.getByLabel('Missed').check();
	await expect(page.getByRole('article')).toHaveCount(56);
});
