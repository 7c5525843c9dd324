// Proves the instructor's loop end to end, each person in their own browser profile: an instructor makes a
// class and an assigned deck; two students open the link, take the test and send result links; the
// instructor opens one link and pastes the other, and sees the roster and item analysis with the numbers
// this test works out itself from the answers it chose and the bank's keys; a tampered result is refused.
import { expect, test, type Browser, type Page } from '@playwright/test';

interface BankItem {
	id: string;
	stem: string;
	choices: string[];
	answer: number;
}

async function freshBrowser(browser: Browser, baseURL: string | undefined) {
	const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.addLocatorHandler(page.getByText('Vitals is ready to work offline.'), async () => {
		await page.getByRole('button', { name: 'OK' }).click();
	});
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
	await page.getByLabel('Assignment title').fill('Week 1: order of draw');
	await page.getByLabel('Practice, test mode').check();
	await page.getByRole('button', { name: 'Create assigned link' }).click();
	await expect(page.getByText('Assigned “Week 1: order of draw” to Phlebotomy 101.')).toBeVisible();
	return page.getByLabel(/^Assigned deck link/).inputValue();
}

/** Takes the assignment choosing, per question in the order shown, the key or a set wrong choice. */
async function studentSends(
	page: Page,
	link: string,
	name: string,
	bank: BankItem[],
	plan: ('right' | 'wrong')[]
): Promise<{ link: string; chosen: Map<string, number> }> {
	await page.goto(link);
	await page.getByRole('button', { name: 'Add to my decks' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added “Order of draw”' })).toBeVisible();
	await page.goto('/');
	await page
		.getByRole('region', { name: 'Assigned to you' })
		.getByRole('link', { name: 'Open Week 1: order of draw' })
		.click();
	await page.getByRole('button', { name: 'Start the assignment' }).click();

	const chosen = new Map<string, number>();
	for (let i = 0; i < plan.length; i++) {
		await expect(page.getByText(`Question ${i + 1} of ${plan.length}`)).toBeVisible();
		const stem = (await page.locator('legend .stem').innerText()).trim();
		const item = bank.find((b) => b.stem.trim() === stem);
		expect(item, `bank item for “${stem}”`).toBeDefined();
		const choice = plan[i] === 'right' ? item!.answer : (item!.answer + 1) % 4;
		chosen.set(item!.id, choice);
		await page.getByRole('radio', { name: item!.choices[choice]!, exact: true }).check();
		if (i < plan.length - 1) await page.getByRole('button', { name: /^Next/ }).click();
		else await page.getByRole('button', { name: 'Submit', exact: true }).click();
	}
	const dialog = page.getByRole('dialog');
	if (await dialog.isVisible().catch(() => false))
		await dialog.getByRole('button', { name: /Submit/ }).click();
	await expect(page.getByRole('heading', { name: 'Week 1: order of draw: results' })).toBeVisible();

	const send = page.getByRole('region', { name: 'Send results' });
	await send.getByLabel('Your name').fill(name);
	await send.getByRole('button', { name: 'Send results' }).click();
	return { link: await send.getByLabel('Result link for your instructor').inputValue(), chosen };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

test('instructor → two students → results back: roster and item analysis match the answers', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(240_000);
	const instructor = await freshBrowser(browser, baseURL);
	const bank = (
		(await (await instructor.page.request.get('/banks/cpt.json')).json()) as { items: BankItem[] }
	).items;
	const deckLink = await makeAssignedLink(instructor.page);

	const maya = await freshBrowser(browser, baseURL);
	const mayaSent = await studentSends(maya.page, deckLink, 'Maya Lopez', bank, ['right', 'right', 'right']);
	const sam = await freshBrowser(browser, baseURL);
	const samSent = await studentSends(sam.page, deckLink, 'Sam Okafor', bank, ['right', 'wrong', 'wrong']);
	expect([...mayaSent.chosen.keys()].sort()).toEqual([...samSent.chosen.keys()].sort());

	// Maya's result opened as a link; Sam's pasted with the chatter of an inbox, plus a tampered copy.
	const page = instructor.page;
	await page.goto(mayaSent.link);
	await expect(page.getByRole('status').filter({ hasText: '1 added' })).toBeVisible();
	const token = samSent.link.slice(samSent.link.indexOf('#r=') + 3);
	const k = token.length - 30;
	const tampered = token.slice(0, k) + (token[k] === 'A' ? 'B' : 'A') + token.slice(k + 1);
	await page
		.getByLabel('Paste results')
		.fill(`From Sam: ${samSent.link}\nagain: ${mayaSent.link}\n${tampered}`);
	await page.getByRole('button', { name: 'Add results' }).click();
	const summary = page.getByRole('status').filter({ hasText: 'added' });
	await expect(summary).toContainText('1 added, 1 already had, 1 refused.');
	await expect(summary).toContainText('changed or damaged after it was made');

	await expect(page.getByText('2 students sent results')).toBeVisible();
	const itemIds = [...mayaSent.chosen.keys()];
	const byId = new Map(bank.map((b) => [b.id, b]));
	const roster = page.getByRole('list', { name: 'Roster' });
	for (const [student, sent] of [
		['Maya Lopez', mayaSent],
		['Sam Okafor', samSent]
	] as const) {
		const correct = itemIds.filter((id) => sent.chosen.get(id) === byId.get(id)!.answer).length;
		await expect(roster.getByRole('listitem').filter({ hasText: student })).toContainText(
			`${pct(correct / 3)} (${correct} of 3)`
		);
	}

	// Item analysis: share right and picks per choice, from the answers chosen above.
	const analysis = page.getByRole('list', { name: 'Item analysis' });
	await expect(analysis.locator(':scope > li')).toHaveCount(3);
	for (const id of itemIds) {
		const item = byId.get(id)!;
		const rights = [mayaSent, samSent].filter((s) => s.chosen.get(id) === item.answer).length;
		const li = analysis.locator(`:scope > li[aria-label="Item ${id}"]`);
		// Two students are too few for an upper and a lower group: the screen says so instead of a number.
		await expect(li).toContainText(
			`Right: ${pct(rights / 2)} (${rights} of 2) · Discrimination: needs 4 or more students`
		);
		const picks = li.getByRole('list', { name: `Picks for ${id}` }).getByRole('listitem');
		for (let c = 0; c < 4; c++) {
			const n = [mayaSent, samSent].filter((s) => s.chosen.get(id) === c).length;
			await expect(picks.nth(c)).toContainText(`${'ABCD'[c]}: ${n}${c === item.answer ? ' key' : ''}`);
		}
	}
	// Reteach first: the items Sam missed (right 1 of 2) come before the one both got.
	const first = await analysis.locator(':scope > li').first().getAttribute('aria-label');
	expect(samSent.chosen.get(first!.replace('Item ', ''))).not.toBe(
		byId.get(first!.replace('Item ', ''))!.answer
	);

	for (const c of [instructor, maya, sam]) await c.context.close();
});
