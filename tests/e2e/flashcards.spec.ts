// Proves: a student picks an exam and studies cards by keyboard (Space, 1-4) and by click, each grading
// is stored (the counts survive a reload), undo takes a grading back, and the grade buttons show intervals.
import { expect, test, type Page } from '@playwright/test';

const CPT = 'Certified Phlebotomy Technician (CPT)';

async function counts(page: Page) {
	const text = await page.getByLabel(/^Cards left:/).getAttribute('aria-label');
	const [, due, learning, fresh] = text!.match(/(\d+) due, (\d+) learning, (\d+) new/)!.map(Number);
	return { due, learning, new: fresh };
}

test('study three cards by keyboard and by click, reload, and find the counts changed', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: `Flashcards for ${CPT}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: CPT })).toBeVisible();
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 0, new: 20 });

	// 1: keyboard — Space shows the answer, 3 grades Good (a 10-minute learning step).
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^Good, next review in 10m/ })).toBeVisible();
	await page.keyboard.press('3');
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 1, new: 19 });

	// 2: click — the Show answer button, then the Again button.
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('button', { name: /^Again, next review in 1m/ }).click();
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 2, new: 18 });

	// 3: keyboard Easy sends the card to review a week out, so it leaves today's queue.
	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 2, new: 17 });

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: CPT })).toBeVisible();
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 2, new: 17 });

	// The home screen counts what was seen.
	await page.getByRole('link', { name: 'Exams' }).click();
	await expect(page.getByRole('article', { name: CPT })).toContainText(/3 of \d+ seen/);
});

test('undo takes back the last grade', async ({ page }) => {
	await page.goto('/study?set=cpt');
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 0, new: 20 });
	const front = await page.getByRole('region', { name: 'Flashcard' }).locator('.front').textContent();
	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 1, new: 19 });
	await page.getByRole('button', { name: /Undo last grade/ }).click();
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 0, new: 20 });
	await expect(page.getByRole('region', { name: 'Flashcard' }).locator('.front')).toHaveText(front!);
	await page.reload();
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 0, new: 20 });
});

test('the daily new-card limit comes from Settings', async ({ page }) => {
	await page.goto('/settings');
	await page.getByLabel('New cards per day').fill('2');
	await page.getByLabel('New cards per day').press('Tab');
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.goto('/study?set=cpt');
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 0, new: 2 });
	for (let i = 0; i < 2; i++) {
		await page.keyboard.press('Space');
		await page.keyboard.press('4');
	}
	await expect(page.getByRole('heading', { name: 'All caught up' })).toBeVisible();
	await expect(page.getByText(/Next card is due/)).toBeVisible();
});

test('on a touch screen, swiping right grades Good and left grades Again', async ({ page }) => {
	await page.goto('/study?set=cpt');
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 0, new: 20 });
	const card = page.getByRole('region', { name: 'Flashcard' });
	const swipe = async (dx: number) => {
		const box = (await card.boundingBox())!;
		const y = box.y + box.height / 2;
		const x = box.x + box.width / 2;
		await card.dispatchEvent('pointerdown', {
			pointerType: 'touch',
			pointerId: 7,
			clientX: x,
			clientY: y,
			bubbles: true
		});
		await card.dispatchEvent('pointerup', {
			pointerType: 'touch',
			pointerId: 7,
			clientX: x + dx,
			clientY: y + 5,
			bubbles: true
		});
	};
	// Before the answer shows, a swipe does nothing.
	await swipe(120);
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 0, new: 20 });
	await page.getByRole('button', { name: /Show answer/ }).tap();
	await swipe(120);
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 1, new: 19 });
	await page.getByRole('button', { name: /Show answer/ }).tap();
	await swipe(-120);
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 2, new: 18 });
});

test('focus follows the card: Show answer, then Good, then the next card', async ({ page }) => {
	await page.goto('/study?set=cpt');
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^Good, next review/ })).toBeFocused();
	// Enter on the focused Good button grades it, like Anki's "Space/Enter = Good".
	await page.keyboard.press('Enter');
	await expect.poll(() => counts(page)).toEqual({ due: 0, learning: 1, new: 19 });
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeFocused();
});
