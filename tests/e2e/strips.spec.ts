// Proves: a strip item from the CET bank is answered in a quiz — reached through a deck that names it by id, as
// a deck link does — with the strip drawn, its text alternative read out as an image, and the rhythm's defining
// features after the answer and in the results review; the calipers read an interval by keyboard, and by touch a
// tap moves the nearer marker while a swipe scrolls the strip; a deck link previews the strip and the builder marks
// figure items; a rhythm-trainer round is answered, counted, and an unfinished block is offered for resuming on the
// quiz screen; the trainer works offline; the home page loads none of the strip code (the trainer does, as a
// control); and these screens pass axe at 360 px in the light and the dark theme.
import { expect, test, type Page } from '@playwright/test';
import { encodeDeckLink } from '../../src/lib/domain/deck/codec';
import { expectGoodScreen } from './helpers/screen-checks';

const STRIP_ITEM = 'cet-ana-0115';
const deckFile = {
	format: 'vitals-deck',
	formatVersion: 1,
	deck: {
		id: 'stripdeck1',
		title: 'Rate on a strip',
		description: 'One strip item from the CET bank',
		author: '',
		version: 1,
		createdAt: 0,
		updatedAt: 0,
		itemRefs: [STRIP_ITEM],
		items: []
	}
};

async function importStripDeck(page: Page) {
	await page.goto('/decks');
	await page.getByLabel('Import a deck file (.json)').setInputFiles({
		name: 'strip.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(deckFile))
	});
	await expect(page.getByText('Added “Rate on a strip”.')).toBeVisible();
}

async function startStripQuiz(page: Page) {
	await importStripDeck(page);
	await page.getByRole('link', { name: 'Quiz on Rate on a strip' }).click();
	await page.getByRole('button', { name: /Quick 10/ }).click();
	await expect(page.getByText('Question 1 of 1')).toBeVisible();
}

test('a strip item in a quiz: drawn, described, measured with the calipers by keyboard, explained', async ({
	page
}) => {
	await startStripQuiz(page);
	const strip = page.getByRole('img', { name: /^A 6-second strip, lead II\. 7 QRS complexes can be seen/ });
	await expect(strip).toBeVisible();
	await expect(strip).toHaveAccessibleName(/R-R regular, about 0\.80 s \(20 small boxes\)/);
	await expect(
		page.getByRole('region', { name: 'Rhythm strip for question 1 (scrolls sideways)' })
	).toBeVisible();

	// The markers start 0.80 s apart; five small boxes to the right is 1.20 s, an R-R of 0.60 s = 100/min.
	const first = page.getByRole('slider', { name: 'first caliper marker' });
	await first.focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(first).toHaveAttribute('aria-valuetext', '1.20 seconds');
	await expect(page.getByText('Interval: 0.60 s, 15 small boxes (as an R-R: 100/min)')).toBeVisible();
	// One large box back: 1.00 s, and the markers span one R-R of this strip again.
	await page.keyboard.press('Shift+ArrowLeft');
	await expect(page.getByText('Interval: 0.80 s, 20 small boxes (as an R-R: 75/min)')).toBeVisible();

	await page.getByRole('radio', { name: /About 75\/min/ }).check();
	const feedback = page.getByRole('region', { name: 'Feedback' });
	await expect(feedback).toContainText(/^Correct/);
	await expect(feedback).toContainText('Normal sinus rhythm: what defines it');
	await expect(feedback.getByRole('listitem').first()).toHaveText('Rate 60–100/min');

	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Quick 10: results' })).toBeVisible();
	const review = page.getByRole('article');
	await expect(review.getByRole('img', { name: /^A 6-second strip/ })).toBeVisible();
	await expect(review).toContainText('Normal sinus rhythm: what defines it');
});

/** Resolves once `read` gives the same value on two reads 150 ms apart: layout or a scroll has come to rest. */
async function settled<T>(read: () => Promise<T>): Promise<T> {
	let last = JSON.stringify(await read());
	for (;;) {
		await new Promise((r) => setTimeout(r, 150));
		const now = await read();
		if (JSON.stringify(now) === last) return now;
		last = JSON.stringify(now);
	}
}

// Under load this failed often (6 of 10 at a load near 20) for one reason: each gesture used coordinates
// read earlier, and a page that scrolled in between made the tap or swipe miss the strip. Each gesture now
// reads the strip's place as it is made; the swipe rests before it lifts, so the strip does not fling on.
test('calipers by touch: a tap brings the nearer marker, a swipe scrolls the strip and moves none', async ({
	page
}) => {
	await startStripQuiz(page);
	const first = page.getByRole('slider', { name: 'first caliper marker' });
	const second = page.getByRole('slider', { name: 'second caliper marker' });
	const region = page.getByRole('region', { name: 'Rhythm strip for question 1 (scrolls sideways)' });
	const strip = page.getByRole('img', { name: /^A 6-second strip/ });
	const scrollLeft = () => region.evaluate((el) => el.scrollLeft);
	const cdp = await page.context().newCDPSession(page);
	// A swipe from right to left across the strip: the strip scrolls; the markers stay at 1.00 and 1.80 s.
	// The strip's place is read just before the gesture (a page that scrolled since would make it miss), and
	// a gesture that Chrome dropped under load is made again: what is asserted is what a swipe does.
	await expect(async () => {
		await region.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
		const box = (await settled(() => strip.boundingBox()))!;
		const y = box.y + box.height / 2;
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
		await touch('touchStart', box.x + 250);
		for (let x = 240; x >= 60; x -= 20) await touch('touchMove', box.x + x);
		// The finger rests before it lifts, so the strip does not fling on.
		for (let i = 0; i < 3; i++) {
			await touch('touchMove', box.x + 60);
			await page.waitForTimeout(50);
		}
		await touch('touchEnd', 0);
		expect(await settled(scrollLeft)).toBeGreaterThan(50);
	}).toPass({ timeout: 30_000 });
	await expect(first).toHaveAttribute('aria-valuetext', '1.00 seconds');
	await expect(second).toHaveAttribute('aria-valuetext', '1.80 seconds');

	// A tap at 2.6 s brings the nearer marker (the second) there.
	await region.evaluate((el) => el.scrollTo({ left: 0, behavior: 'instant' }));
	expect(await settled(scrollLeft)).toBe(0);
	const at = (await settled(() => strip.boundingBox()))!;
	// Tapped through the locator, which takes the strip's position at the moment of the tap: a page that
	// scrolled in between (a late focus or layout under load) made a tap at stored coordinates miss the strip.
	await strip.tap({ position: { x: (2.6 / 6) * at.width, y: at.height / 2 } });
	await expect(second).toHaveAttribute('aria-valuetext', /^2\.(59|60|61) seconds$/);
	await expect(first).toHaveAttribute('aria-valuetext', '1.00 seconds');
});

test('a rhythm-trainer round is answered, scored, and resumable from the quiz screen', async ({ page }) => {
	await page.goto('/quiz?set=cet');
	await page.getByRole('link', { name: /Rhythm trainer/ }).click();
	await expect(page.getByText('Strip 1', { exact: true })).toBeVisible();
	await expect(page.getByRole('img', { name: /^A 6-second strip, lead II\./ })).toBeVisible();
	await expect(page.getByRole('radio')).toHaveCount(4);
	await expect(page.getByText('Score: 0 of 0 right')).toBeVisible();

	await page.keyboard.press('b');
	const feedback = page.getByRole('region', { name: 'Feedback' });
	await expect(feedback).toContainText(/^(Correct|Incorrect)/);
	await expect(feedback).toContainText('what defines it');
	await expect(feedback.getByRole('listitem').first()).not.toBeEmpty();
	await expect(page.getByText(/^Score: [01] of 1 right \((0|100)%\)$/)).toBeVisible();
	await expect(page.getByRole('radio').first()).toBeDisabled();

	await page.keyboard.press('Enter');
	await expect(page.getByText('Strip 2', { exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Feedback' })).toHaveCount(0);

	// The block is stored as an unfinished attempt: the quiz screen offers it back, in the trainer.
	await page.goto('/quiz?set=cet');
	const notice = page.getByRole('region', { name: 'Unfinished attempt' });
	await expect(notice).toContainText('Rhythm trainer is unfinished (strip 2 of 10)');
	await notice.getByRole('link', { name: 'Resume trainer' }).click();
	await expect(page).toHaveURL(/\/trainer\?set=cet$/);
	await expect(page.getByText('Strip 2', { exact: true })).toBeVisible();
	await expect(page.getByText(/^Score: [01] of 1 right/)).toBeVisible();
});

test('a deck link previews the strip of a bank item it names; the builder marks items with figures', async ({
	page
}) => {
	await page.goto(`/deck#d=${await encodeDeckLink(deckFile.deck)}`);
	await expect(page.getByRole('heading', { name: 'Rate on a strip' })).toBeVisible();
	await expect(page.getByRole('img', { name: /^A 6-second strip, lead II\./ })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Rhythm strip on item 1 (scrolls sideways)' })).toBeVisible();

	await page.goto('/decks/edit');
	await page.getByRole('combobox', { name: 'Exam', exact: true }).selectOption('cet');
	await page.getByLabel('Search').fill('6-second lead II strip');
	await expect(page.getByText(`${STRIP_ITEM} What is the heart rate`)).toContainText('· with a rhythm strip');
});

test('the trainer and its strips work offline after the first visit', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await context.setOffline(true);
	// Never loaded online: the route and the strip code come from the precache.
	await page.goto('/trainer?set=cet');
	await expect(page.getByRole('img', { name: /^A 6-second strip, lead II\./ })).toBeVisible();
	await page.keyboard.press('a');
	await expect(page.getByRole('region', { name: 'Feedback' })).toContainText('what defines it');
});

/** Text of every script the page has loaded so far. */
async function loadedScripts(page: Page, path: string): Promise<string[]> {
	const urls: string[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') urls.push(r.url());
	});
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	return Promise.all(urls.map(async (u) => (await page.request.get(u)).text()));
}

// Strings only the strip code holds: the rhythm catalogue and the strip's scroll region.
const STRIP_MARKERS = ['flutter (F) waves', 'scrolls sideways'];

test('the home page loads none of the strip code; the trainer does', async ({ page }) => {
	const home = await loadedScripts(page, '/');
	await expect(page.getByRole('heading', { name: 'Choose an exam' })).toBeVisible();
	expect(home.length).toBeGreaterThan(5);
	for (const marker of STRIP_MARKERS)
		expect(
			home.some((js) => js.includes(marker)),
			marker
		).toBe(false);

	const trainer = await loadedScripts(page, '/trainer?set=cet');
	await expect(page.getByRole('img', { name: /^A 6-second strip/ })).toBeVisible();
	for (const marker of STRIP_MARKERS)
		expect(
			trainer.some((js) => js.includes(marker)),
			marker
		).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`strip screens pass axe at 360 px in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await startStripQuiz(page);
		await expect(page.getByRole('img', { name: /^A 6-second strip/ })).toBeVisible();
		await expectGoodScreen(page, 'strip question');
		await page.getByRole('radio', { name: /About 60\/min/ }).check();
		await expect(page.getByRole('region', { name: 'Feedback' })).toContainText('what defines it');
		await expectGoodScreen(page, 'strip feedback');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('article').getByRole('img', { name: /^A 6-second strip/ })).toBeVisible();
		await expectGoodScreen(page, 'strip review');

		await page.goto('/study?set=deck-stripdeck1');
		await expect(page.getByRole('img', { name: /^A 6-second strip/ })).toBeVisible();
		await expectGoodScreen(page, 'strip flashcard');

		await page.goto('/trainer?set=cet');
		await expect(page.getByRole('img', { name: /^A 6-second strip/ })).toBeVisible();
		await page.getByText(/^Rhythms: \d of 8 groups$/).click();
		await expect(page.getByRole('group', { name: 'Rhythms to practise' })).toBeVisible();
		await expectGoodScreen(page, 'trainer');
		await page.getByRole('radio').nth(2).check();
		await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
		await expectGoodScreen(page, 'trainer feedback');
	});
}
