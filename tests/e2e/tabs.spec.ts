// Proves: two tabs studying the same exam stay correct — grading the same card in both keeps both reviews,
// the second applied on top of the first (no lost write), and the progress screen in another tab follows live;
// and when another tab upgrades the database, this tab says so instead of silently breaking.
import { expect, test, type Page } from '@playwright/test';

async function counts(page: Page) {
	return page.getByLabel(/^Cards left:/).getAttribute('aria-label');
}

/** The stored review log and the card's state, read with the plain IndexedDB API. */
function readDb(page: Page) {
	return page.evaluate(
		() =>
			new Promise<{ reviews: { itemId: string; before: unknown; after: { reps: number } }[] }>(
				(resolve, reject) => {
					const req = indexedDB.open('vitals');
					req.onerror = () => reject(req.error);
					req.onsuccess = () => {
						const db = req.result;
						const get = db.transaction('reviews').objectStore('reviews').getAll();
						get.onsuccess = () => {
							db.close();
							resolve({ reviews: get.result });
						};
					};
				}
			)
	);
}

test('two pages grading the same card lose no review; a progress page follows them live', async ({
	context
}) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto('/study?set=cpt');
	await b.goto('/study?set=cpt');
	await expect.poll(() => counts(a)).toMatch(/0 learning, 20 new/);
	await expect.poll(() => counts(b)).toMatch(/0 learning, 20 new/);
	const front = await b.getByRole('region', { name: 'Flashcard' }).locator('.front').textContent();

	await a.getByRole('button', { name: /Show answer/ }).click();
	await a.getByRole('button', { name: /^Good, next review/ }).click();
	await expect.poll(() => counts(a)).toMatch(/1 learning, 19 new/);
	// Tab B still shows the card it had open; grading it there applies on top of tab A's grade.
	await expect(b.getByRole('region', { name: 'Flashcard' }).locator('.front')).toHaveText(front!);
	await b.getByRole('button', { name: /Show answer/ }).click();
	await b.getByRole('button', { name: /^Good, next review/ }).click();

	await expect.poll(async () => (await readDb(a)).reviews.length).toBe(2);
	const { reviews } = await readDb(a);
	expect(reviews[0]!.itemId).toBe(reviews[1]!.itemId);
	expect(reviews[1]!.before).toEqual(reviews[0]!.after); // B's grade started from A's state
	expect(reviews[1]!.after.reps).toBe(2);

	// A progress page open in a third tab updates as cards are graded elsewhere (live query).
	const p = await context.newPage();
	await p.goto('/progress?set=cpt');
	const seen = p.getByRole('region', { name: 'Today' }).getByText(/^Seen/).locator('..');
	await expect(seen).toContainText(/1 of \d+/);
	await a.getByRole('button', { name: /Show answer/ }).click();
	await a.getByRole('button', { name: /^Easy, next review/ }).click();
	await expect(seen).toContainText(/2 of \d+/);
});

test('a database upgrade in another tab shows a reload message', async ({ context }) => {
	const a = await context.newPage();
	await a.goto('/study?set=cpt');
	await expect(a.getByRole('button', { name: /Show answer/ })).toBeVisible();
	const b = await context.newPage();
	await b.goto('/settings');
	// Open the database at a higher version, as a newer Vitals would.
	await b.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('vitals', 1000);
				req.onsuccess = () => {
					req.result.close();
					resolve();
				};
				req.onerror = () => reject(req.error);
			})
	);
	await expect(a.getByRole('alert')).toContainText('Vitals was updated in another tab');
	await expect(a.getByRole('button', { name: 'Reload' })).toBeVisible();
});
