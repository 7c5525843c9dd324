// Proves: a small deck and a CET rhythm-strip selection print, through the print stylesheet, as PDFs Chromium
// makes from the print dialog's output: the quiz's question text and the key's letters are in the PDF's text,
// each key letter is the printed position of the item's right answer (looked up in the deck file or the bank's
// JSON, not taken from the app), the seed shows on quiz and key, the key starts on its own page, a strip is drawn
// as SVG with its text alternative, page counts stay in range on A4 and Letter, the flashcard cut-sheets print
// fronts and mirrored backs on facing pages, the app's chrome and controls do not print, the dark theme prints
// black on white, bad input is refused with a message naming it, the Print button opens the print dialog, and
// the print screen passes axe at 360 px in both themes; and a deck's Anki export draws its strip as inline SVG
// while its CSV export, which cannot, says so beside the button.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expectGoodScreen } from './helpers/screen-checks';

interface Mcq {
	id: string;
	kind: 'mcq';
	stem: string;
	choices: string[];
	answer: number;
	rationale: string;
}
interface Card {
	id: string;
	kind: 'card';
	front: string;
	back: string;
}

const mcqs: Mcq[] = [
	{
		id: 'deck-printdeck1-0001',
		kind: 'mcq',
		stem: 'What is a normal adult resting respiratory rate in breaths per minute?',
		choices: ['4 to 8', '12 to 20', '24 to 30', '32 to 40'],
		answer: 1,
		rationale:
			'Adults at rest usually breathe 12 to 20 times a minute; 24 to 30 is fast (tachypnea) for an adult.'
	},
	{
		id: 'deck-printdeck1-0002',
		kind: 'mcq',
		stem: 'Which vein is the first choice for routine venipuncture?',
		choices: ['Median cubital', 'Basilic', 'Great saphenous', 'Jugular'],
		answer: 0,
		rationale:
			'The median cubital vein is large, close to the surface and well anchored, so it is tried first.'
	},
	{
		id: 'deck-printdeck1-0003',
		kind: 'mcq',
		stem: 'Which tube additive prevents clotting by binding calcium for a CBC?',
		choices: ['Sodium fluoride', 'Thrombin', 'Silica', 'EDTA'],
		answer: 3,
		rationale:
			'EDTA (lavender top) binds calcium and keeps cells intact, so it is the tube for a complete blood count.'
	}
];
const cards: Card[] = [
	{
		id: 'deck-printdeck1-0004',
		kind: 'card',
		front: 'Normal adult pulse',
		back: '60 to 100 beats per minute'
	},
	{
		id: 'deck-printdeck1-0005',
		kind: 'card',
		front: 'Normal oral temperature',
		back: 'About 37 °C (98.6 °F)'
	}
];
const deckFile = {
	format: 'vitals-deck',
	formatVersion: 1,
	deck: {
		id: 'printdeck1',
		title: 'Print basics',
		description: 'Three questions and two cards',
		author: '',
		version: 1,
		createdAt: 0,
		updatedAt: 0,
		itemRefs: [],
		items: [...mcqs, ...cards]
	}
};

async function importDeck(page: Page) {
	await page.goto('/decks');
	await page.getByLabel('Import a deck file (.json)').setInputFiles({
		name: 'print.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(deckFile))
	});
	await expect(page.getByText('Added “Print basics”.')).toBeVisible();
}

/** Each page's text, as a PDF reader extracts it. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
	const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		// Runs split where a ligature glyph sits ("fi"), so runs join as they are and a space marks a line end.
		const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? ' ' : '') : '')).join('');
		pages.push(text.normalize('NFKC').replace(/\s+/g, ' '));
	}
	await doc.destroy();
	return pages;
}

/** The letter each printed question's right answer sits at, from the printed choices and the item's own key. */
async function expectedKey(page: Page, answerOf: (id: string) => { choices: string[]; answer: number }) {
	const questions = page.locator('.quiz-sheet li[data-item-id]');
	const key = new Map<string, string>();
	for (const question of await questions.all()) {
		const id = (await question.getAttribute('data-item-id'))!;
		const printed = (await question.locator('.choices li').allInnerTexts()).map((t) =>
			t.replace(/^[A-D]\.\s*/, '')
		);
		const item = answerOf(id);
		const at = printed.indexOf(item.choices[item.answer]!);
		expect(at, `${id}: right answer printed`).toBeGreaterThanOrEqual(0);
		key.set(id, 'ABCD'[at]!);
	}
	return key;
}

async function printToPdf(page: Page, format: 'A4' | 'Letter') {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format });
	await page.emulateMedia({ media: 'screen' });
	return pdfPages(pdf);
}

test('a small deck prints as a numbered quiz with its key on its own page, and as cut-sheets', async ({
	page
}) => {
	await importDeck(page);
	await page.getByRole('link', { name: 'Print Print basics' }).click();
	await expect(page.getByRole('heading', { name: 'Print: Print basics' })).toBeVisible();
	await page.getByLabel('Seed').fill('777');

	const key = await expectedKey(page, (id) => mcqs.find((m) => m.id === id)!);
	expect(key.size).toBe(3);
	const order = await page
		.locator('.quiz-sheet li[data-item-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')!));

	// Print media: the options, the nav and every button are gone; the printout stays.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'What to print' })).toBeHidden();
	await expect(page.locator('.quiz-sheet')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	for (const format of ['A4', 'Letter'] as const) {
		const pages = await printToPdf(page, format);
		// Three questions fit one page; the key starts a page of its own.
		expect(pages, format).toHaveLength(2);
		const [quiz, answers] = pages as [string, string];
		expect(quiz).toContain('Quiz · 3 questions · Seed 777');
		expect(quiz).toContain('Name');
		for (const m of mcqs) expect(quiz).toContain(m.stem);
		expect(quiz).not.toContain(mcqs[0]!.rationale);
		expect(answers).toContain('Answer key · 3 questions · Seed 777');
		order.forEach((id, n) => expect(answers).toContain(`${n + 1}. ${key.get(id)}`));
		for (const m of mcqs) expect(answers).toContain(m.rationale);
		expect(quiz + answers).not.toContain('What to print');
	}

	// The same seed prints the same quiz after a reload, so a key printed later matches.
	await page.goto('/print?set=deck-printdeck1&seed=777');
	await expect(page.locator('.quiz-sheet li[data-item-id]')).toHaveCount(3);
	expect(await expectedKey(page, (id) => mcqs.find((m) => m.id === id)!)).toEqual(key);

	await page.getByRole('radio', { name: /Flashcard cut-sheets/ }).check();
	await expect(page.locator('.card-sheets .card:not(.empty)')).toHaveCount(10);
	const sheets = await printToPdf(page, 'A4');
	expect(sheets).toHaveLength(2);
	expect(sheets[0]).toContain('fronts');
	expect(sheets[1]).toContain('backs');
	for (const c of cards) {
		expect(sheets[0]).toContain(c.front);
		expect(sheets[1]).toContain(c.back);
	}
	// Long-edge flip: the back of the card printed top left sits top right on the backs page.
	const frontCells = page.locator('.card-sheets .page').nth(0).locator('.card');
	const backCells = page.locator('.card-sheets .page').nth(1).locator('.card');
	const firstFront = (await frontCells.nth(0).innerText()).trim();
	const topRightBack = (await backCells.nth(1).innerText()).trim();
	const item = [...mcqs, ...cards].find(
		(i) => (i.kind === 'card' ? i.front : i.stem) === firstFront.split('\n')[0]
	);
	expect(item, firstFront).toBeDefined();
	expect(topRightBack).toContain(item!.kind === 'card' ? item!.back : item!.rationale);
});

test('a CET strip selection prints its strips as SVG, and its key matches the bank', async ({ page }) => {
	const bank = (await (await page.request.get('/banks/cet.json')).json()) as {
		domains: { id: string; name: string }[];
		items: (Mcq & { figure?: { kind: string } })[];
	};
	const byId = new Map(bank.items.map((i) => [i.id, i]));
	await page.goto('/print?set=cet&seed=4242');
	await expect(page.getByRole('heading', { name: /^Print: / })).toBeVisible();
	for (const d of bank.domains)
		if (d.id !== 'ekg-analysis-interpretation') await page.getByRole('checkbox', { name: d.name }).uncheck();
	await page.getByLabel('How many questions').fill('12');
	await expect(page.locator('.quiz-sheet li[data-item-id]')).toHaveCount(12);

	const ids = await page
		.locator('.quiz-sheet li[data-item-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')!));
	const withStrips = ids.filter((id) => byId.get(id)?.figure?.kind === 'strip');
	expect(withStrips.length, 'the seed draws strip items').toBeGreaterThan(0);
	const key = await expectedKey(page, (id) => byId.get(id)!);

	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	const strips = page.locator('.quiz-sheet svg.strip');
	await expect(strips).toHaveCount(withStrips.length);
	await expect(strips.first()).toBeVisible();
	await expect(strips.first()).toHaveAccessibleName(/^A 6-second strip/);
	// Black on white even in the dark theme, and the EKG paper's grid kept (not dropped as a background).
	const colours = await page.evaluate(() => {
		const body = getComputedStyle(document.body);
		const grid = getComputedStyle(document.querySelector('.quiz-sheet svg.strip path.large')!);
		return { text: body.color, background: body.backgroundColor, grid: grid.stroke };
	});
	expect(colours).toEqual({
		text: 'rgb(0, 0, 0)',
		background: 'rgb(255, 255, 255)',
		grid: 'rgb(192, 57, 43)'
	});
	// No question or figure runs past the page width.
	const widest = await page
		.locator('.quiz-sheet .question')
		.evaluateAll((els) => Math.max(...els.map((e) => e.scrollWidth - e.clientWidth)));
	expect(widest).toBeLessThanOrEqual(0);
	await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

	for (const format of ['A4', 'Letter'] as const) {
		const pages = await printToPdf(page, format);
		expect(pages.length, format).toBeGreaterThanOrEqual(3);
		expect(pages.length, format).toBeLessThanOrEqual(12);
		const text = pages.join(' ');
		for (const id of ids) expect(text).toContain(byId.get(id)!.stem.replace(/\s+/g, ' ').slice(0, 40));
		const keyStart = pages.findIndex((p) => p.includes('Answer key · 12 questions · Seed 4242'));
		expect(keyStart, 'the key starts a page').toBeGreaterThan(0);
		expect(pages.slice(0, keyStart).join(' ')).toContain('Quiz · 12 questions · Seed 4242');
		const answers = pages.slice(keyStart).join(' ');
		ids.forEach((id, n) => expect(answers).toContain(`${n + 1}. ${key.get(id)}`));
		// A strip's description would give the answer away on the quiz: it prints in the key instead.
		expect(answers).toContain('Strip: A 6-second strip');
		expect(pages.slice(0, keyStart).join(' ')).not.toContain('Strip: A 6-second strip');
	}
});

test('bad print options are refused with a message, and Print opens the print dialog', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await importDeck(page);
	await page.goto('/print?set=deck-printdeck1');
	await page.getByLabel('How many questions').fill('two');
	await expect(page.getByRole('alert')).toHaveText('How many: enter a whole number from 1 to 3 (got “two”).');
	await expect(page.getByRole('button', { name: 'Print' })).toBeDisabled();
	await page.getByLabel('How many questions').fill('2');
	await page.getByLabel('Seed').fill('-5');
	await expect(page.getByRole('alert')).toHaveText('Seed: enter a whole number from 1 to 999999 (got “-5”).');
	await page.getByLabel('Seed').fill('5');
	await page.getByRole('group', { name: 'Domains' }).getByRole('checkbox').first().uncheck();
	await expect(page.getByRole('alert')).toHaveText('Choose at least one domain.');
	await page.getByRole('group', { name: 'Domains' }).getByRole('checkbox').first().check();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.locator('.quiz-sheet li[data-item-id]')).toHaveCount(2);
	await page.getByRole('button', { name: 'Print' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the print screen passes axe at 360 px in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/quiz?set=cet');
		await page.getByRole('link', { name: 'Print a paper quiz or flashcards' }).click();
		await expect(page.locator('.quiz-sheet li[data-item-id]')).toHaveCount(20);
		await expectGoodScreen(page, 'print quiz');
		await page.getByRole('radio', { name: /Answer key only/ }).check();
		await expectGoodScreen(page, 'print key');
		await page.getByRole('radio', { name: /Flashcard cut-sheets/ }).check();
		await expect(page.locator('.card-sheets .card').first()).toBeVisible();
		await expectGoodScreen(page, 'print cut-sheets');
	});
}

test('the Anki export keeps a strip as inline SVG; the CSV export says it cannot', async ({ page }) => {
	await page.addLocatorHandler(page.getByText('Vitals is ready to work offline.'), async () => {
		await page.getByRole('button', { name: 'OK' }).click();
	});
	await page.goto('/decks/edit');
	await page.getByRole('textbox', { name: /^Title/ }).fill('Strip export');
	await page.getByRole('combobox', { name: 'Exam', exact: true }).selectOption('cet');
	await page.getByLabel('Search').fill('6-second lead II strip');
	await page.getByRole('checkbox', { name: /^cet-ana-0115 / }).check();
	await page.getByRole('button', { name: 'Save deck' }).click();
	await expect(page.locator('.figure-note')).toHaveText(
		"1 item has a figure (a rhythm strip or a drawing). CSV rows have no place for one, so the CSV file leaves it out. The JSON file and the Anki text keep it (in Anki, drawn on the card's front)."
	);

	const read = async (button: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: button }).click()
		]);
		return readFileSync((await download.path())!, 'utf8');
	};
	const anki = await read('Download Anki text');
	expect(anki).toMatch(/^#separator:tab\n#html:true\n/);
	expect(anki).toMatch(
		/<div role=""img"" aria-label=""A 6-second strip, lead II\.[^"]+""><svg [^\n]+<\/svg><\/div>"\t/
	);
	expect(await read('Download CSV')).not.toContain('<svg');
});
