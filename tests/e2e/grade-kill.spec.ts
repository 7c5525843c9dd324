// Proves: a flashcard grade is stored by the time the next card shows. Chromium runs on a profile on disk;
// the page grades a card, and the moment the next card is in the DOM the page stops running (as if the
// browser died right then) and the browser process is SIGKILLed, not closed. Relaunched on the same
// profile, the app still has the grade (the counts and the review log).
import { mkdtemp, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browser-path.js';

const executablePath = chromiumPath();

function launch(profile: string, baseURL: string): Promise<BrowserContext> {
	return chromium.launchPersistentContext(profile, {
		baseURL,
		viewport: { width: 360, height: 740 },
		args: CHROMIUM_ARGS,
		...(executablePath ? { executablePath } : {})
	});
}

/** The browser process's id, from the profile lock Chromium holds ("<host>-<pid>"). */
async function browserPid(profile: string): Promise<number> {
	const lock = await readlink(join(profile, 'SingletonLock'));
	const pid = Number(lock.slice(lock.lastIndexOf('-') + 1));
	expect(pid).toBeGreaterThan(0);
	return pid;
}

async function counts(page: Page) {
	return page.getByLabel(/^Cards left:/).getAttribute('aria-label');
}

function storedReviews(page: Page) {
	return page.evaluate(
		() =>
			new Promise<{ itemId: string; grade: string }[]>((resolve, reject) => {
				const req = indexedDB.open('vitals');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const get = req.result.transaction('reviews').objectStore('reviews').getAll();
					get.onsuccess = () => resolve(get.result);
					get.onerror = () => reject(get.error);
				};
			})
	);
}

test('a grade survives the browser being killed as soon as the next card shows', async ({ baseURL }) => {
	const profile = await mkdtemp(join(tmpdir(), 'vitals-kill-'));
	try {
		const first = await launch(profile, baseURL!);
		const page = first.pages()[0] ?? (await first.newPage());
		await page.goto('/study?set=cpt');
		await expect.poll(() => counts(page)).toBe('Cards left: 0 due, 0 learning, 20 new');
		const graded = await page.getByRole('region', { name: 'Flashcard' }).locator('.front').textContent();
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^Good, next review in/ })).toBeVisible();

		// The moment a new card is in the DOM: say so, then stop the page (the next task never finishes).
		await page.evaluate(() => {
			const before = document.querySelector('[aria-label="Flashcard"]');
			const observer = new MutationObserver(() => {
				const card = document.querySelector('[aria-label="Flashcard"]');
				if (!card || card === before || !card.querySelector('.reveal')) return;
				observer.disconnect();
				console.log('vitals:next-card');
				setTimeout(() => {
					const until = Date.now() + 60_000;
					while (Date.now() < until) {
						// Busy: nothing else runs in this page until the browser is killed.
					}
				});
			});
			observer.observe(document.querySelector('main')!, { childList: true, subtree: true });
		});
		const pid = await browserPid(profile);
		const nextCard = page.waitForEvent('console', (m) => m.text() === 'vitals:next-card');
		// Not awaited: the key press may never finish, as the page stops once the next card shows.
		const pressed = page.keyboard.press('3').catch(() => undefined);
		await nextCard;
		process.kill(pid, 'SIGKILL');
		await pressed;
		await first.close().catch(() => undefined);

		const second = await launch(profile, baseURL!);
		try {
			const again = second.pages()[0] ?? (await second.newPage());
			await again.goto('/study?set=cpt');
			await expect.poll(() => counts(again)).toBe('Cards left: 0 due, 1 learning, 19 new');
			const reviews = await storedReviews(again);
			expect(reviews).toHaveLength(1);
			expect(reviews[0]!.grade).toBe('good');
			await expect(again.getByRole('region', { name: 'Flashcard' }).locator('.front')).not.toHaveText(
				graded!
			);
		} finally {
			await second.close();
		}
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
});
