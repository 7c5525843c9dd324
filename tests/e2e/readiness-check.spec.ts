// Proves: an exam simulation stores the readiness the progress screen showed just before it started, and the
// progress screen's "Predictions checked" shows, per simulation, that prediction next to the score obtained and
// the running mean error — each number computed here from what the test answered and read — and passes the
// screen checks (axe, 360 px, no broken words) in both themes.
import { expect, test, type Page } from '@playwright/test';
import type { Bank } from '../../src/lib/domain/bank/schema';
import { expectGoodScreen } from './helpers/screen-checks';

type Mcq = Extract<Bank['items'][number], { kind: 'mcq' }>;

/** Takes a half-length CPT simulation: question q is answered right, wrong or skipped as `plan(q)` says. */
async function takeHalfExam(
	page: Page,
	byStem: Map<string, Mcq>,
	plan: (q: number) => 'right' | 'wrong' | null
) {
	await page.goto('/exam?set=cpt');
	await page.getByRole('button', { name: /Half length: 60 questions/ }).click();
	let correct = 0;
	for (let q = 0; q < 60; q++) {
		const how = plan(q);
		if (how === null) break;
		await expect(page.getByText(`Question ${q + 1} of 60`)).toBeVisible();
		const item = byStem.get((await page.locator('legend .stem').textContent())!)!;
		const choice = how === 'right' ? item.answer : (item.answer + 1) % 4;
		await page.getByRole('radio', { name: item.choices[choice]!, exact: false }).check();
		await expect(page.getByText(`${q + 1} of 60 answered`)).toBeVisible();
		if (how === 'right') correct++;
		await page.keyboard.press('Enter');
	}
	await page.getByRole('button', { name: 'Submit now' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
	await expect(page.getByRole('region', { name: 'Score' })).toContainText(`${correct} of 60 right`);
	return correct;
}

async function shownReadiness(page: Page): Promise<number | null> {
	await page.goto('/progress?set=cpt');
	const region = page.getByRole('region', { name: 'Readiness', exact: true });
	await expect(region).toContainText(/ready|Not enough data yet/);
	const m = /(\d+)%\s*ready/.exec((await region.textContent()) ?? '');
	return m ? Number(m[1]) : null;
}

test('each simulation shows the readiness predicted before it next to its score, and the mean error', async ({
	page
}) => {
	test.setTimeout(120_000);
	const bank = (await (await page.request.get('/banks/cpt.json')).json()) as Bank;
	const byStem = new Map(bank.items.flatMap((i) => (i.kind === 'mcq' ? [[i.stem, i] as const] : [])));

	// Before any study there is no estimate: the first simulation has nothing to be checked against.
	expect(await shownReadiness(page)).toBeNull();
	const first = await takeHalfExam(page, byStem, (q) => (q >= 40 ? null : q % 2 === 0 ? 'right' : 'wrong'));
	expect(first).toBe(20);

	// Its 40 answers are evidence enough for an estimate, which the next simulation must store as it starts.
	const predicted = await shownReadiness(page);
	expect(predicted).not.toBeNull();
	const second = await takeHalfExam(page, byStem, (q) => (q >= 30 ? null : q % 3 !== 0 ? 'right' : 'wrong'));
	expect(second).toBe(20);

	await page.goto('/progress?set=cpt');
	const check = page.getByRole('region', { name: 'Predictions checked' });
	const obtained = (100 * second) / 60;
	const error = Math.abs(predicted! - obtained);
	await expect(check).toContainText(
		`Readiness has been off by ${Math.round(error)} point${Math.round(error) === 1 ? '' : 's'} on average over 1 simulation.`
	);
	const rows = check.getByRole('row');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(1)).toContainText(`—no estimate yet${Math.round((100 * first) / 60)}%—not checked`);
	await expect(rows.nth(2)).toContainText(`${predicted}%${Math.round(obtained)}%${Math.round(error)} points`);

	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectGoodScreen(page, `progress (${colorScheme})`);
	}
});
