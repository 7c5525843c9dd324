/**
 * Benchmark (prints, asserts nothing): export and restore of a year of heavy use in real Chromium, through
 * the app's own Backup screen. Generates 50,000 card reviews over 365 days, 2,000 cards with progress,
 * 200 exam simulations of 100 answers each, and item history; then times Download backup, the file size,
 * reading + previewing the file, and a Replace restore into an empty profile, and the progress screen.
 *
 *   npm run build && npx vite preview --port 4183 --strictPort &   then   npx tsx scripts/bench-backup.ts
 */
import { chromium, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { CHROMIUM_ARGS, chromiumPath } from './browser-path.js';

const BASE = process.env.BENCH_URL ?? 'http://localhost:4183';

/** Writes the synthetic year straight into IndexedDB (the shapes the app stores). */
async function seedYear(page: Page) {
	// tsx (esbuild keepNames) wraps named functions in __name(), which the page does not have.
	await page.evaluate('globalThis.__name = (f) => f');
	await page.evaluate(async () => {
		const DAY = 86_400_000;
		const end = Date.now();
		const start = end - 365 * DAY;
		const memory = (t: number, reps: number) => ({
			due: t + Math.min(90, reps * 3) * DAY,
			stability: 1 + reps * 2.5,
			difficulty: 5.2,
			scheduledDays: Math.min(90, reps * 3),
			learningSteps: 0,
			reps,
			lapses: reps % 7 === 0 ? 1 : 0,
			state: 'review',
			lastReview: t
		});
		const db: IDBDatabase = await new Promise((res, rej) => {
			const r = indexedDB.open('vitals');
			r.onsuccess = () => res(r.result);
			r.onerror = () => rej(r.error);
		});
		const tx = db.transaction(['progress', 'reviews', 'attempts', 'answers', 'itemStats'], 'readwrite');
		const items = Array.from({ length: 2000 }, (_, i) => `cpt-d${i % 5}-${String(i).padStart(4, '0')}`);
		const reps = new Map<string, number>();
		for (let i = 0; i < 50_000; i++) {
			const itemId = items[i % items.length]!;
			const t = start + Math.floor((i / 50_000) * 365 * DAY);
			const n = (reps.get(itemId) ?? 0) + 1;
			reps.set(itemId, n);
			tx.objectStore('reviews').add({
				itemId,
				bankId: 'cpt',
				grade: i % 9 === 0 ? 'again' : 'good',
				reviewedAt: t,
				before: n === 1 ? null : memory(t - 3 * DAY, n - 1),
				after: memory(t, n)
			});
			tx.objectStore('progress').put({ ...memory(t, n), itemId, bankId: 'cpt' });
		}
		for (let a = 0; a < 200; a++) {
			const t = start + a * (365 / 200) * DAY;
			const itemIds = Array.from({ length: 100 }, (_, k) => items[(a * 37 + k) % items.length]!);
			const req = tx.objectStore('attempts').add({
				bankId: 'cpt',
				kind: 'exam',
				mode: 'exam',
				title: 'Full-length exam',
				itemIds,
				choiceOrders: itemIds.map(() => [2, 0, 3, 1]),
				seed: a,
				startedAt: t,
				timeLimitMs: 7_200_000,
				submittedAt: t + 5_400_000,
				status: 'submitted',
				currentIndex: 99,
				score: {
					correct: 55 + Math.floor(a / 6),
					total: 100,
					answered: 100,
					byDomain: [0, 1, 2, 3, 4].map((d) => ({ domain: `d${d}`, correct: 11, total: 20 })),
					timeUsedMs: 5_000_000
				}
			});
			req.onsuccess = () => {
				itemIds.forEach((itemId, k) =>
					tx.objectStore('answers').add({
						attemptId: req.result,
						itemId,
						bankId: 'cpt',
						domain: `d${k % 5}`,
						choice: k % 4,
						correct: (k + a) % 3 !== 0,
						answeredAt: t + k * 50_000,
						flagged: k % 17 === 0
					})
				);
			};
		}
		for (const itemId of items.slice(0, 1500))
			tx.objectStore('itemStats').put({
				itemId,
				bankId: 'cpt',
				domain: 'd0',
				seen: 10,
				correct: 7,
				lastAnsweredAt: end - DAY,
				missed: false,
				rightSinceMiss: 2,
				flagged: false,
				recent: Array.from({ length: 10 }, (_, k) => ({ at: end - k * 20 * DAY, correct: k % 3 !== 0 }))
			});
		await new Promise((res, rej) => {
			tx.oncomplete = res;
			tx.onerror = () => rej(tx.error);
		});
		db.close();
	});
}

const ms = (t0: number) => `${Math.round(performance.now() - t0)} ms`;

async function main() {
	const executablePath = chromiumPath();
	const browser = await chromium.launch({
		args: CHROMIUM_ARGS,
		...(executablePath ? { executablePath } : {})
	});
	const first = await browser.newContext({ baseURL: BASE });
	const page = await first.newPage();
	await page.goto('/backup');
	await page.getByRole('button', { name: 'Download backup' }).waitFor();
	let t = performance.now();
	await seedYear(page);
	console.log(`seed 50,000 reviews + 200 exams × 100 answers: ${ms(t)}`);
	await page.reload();

	t = performance.now();
	await page.goto('/progress?set=cpt');
	await page.getByRole('heading', { name: 'Readiness' }).waitFor();
	console.log(`progress screen with a year of data: ${ms(t)}`);

	await page.goto('/backup');
	const downloading = page.waitForEvent('download');
	t = performance.now();
	await page.getByRole('button', { name: 'Download backup' }).dispatchEvent('click');
	const download = await downloading;
	console.log(`export (read every table, JSON, download): ${ms(t)}`);
	const text = await readFile((await download.path())!, 'utf8');
	console.log(`backup file: ${(Buffer.byteLength(text) / 1_048_576).toFixed(1)} MiB`);
	await first.close();

	const second = await browser.newContext({ baseURL: BASE });
	const fresh = await second.newPage();
	await fresh.goto('/backup');
	t = performance.now();
	await fresh.getByLabel('Choose a backup file').setInputFiles({
		name: 'year.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await fresh.getByRole('button', { name: 'Restore' }).waitFor();
	console.log(`read + validate + preview: ${ms(t)}`);
	await fresh.getByRole('radio', { name: /^Replace/ }).check();
	t = performance.now();
	await fresh.getByRole('button', { name: 'Restore' }).dispatchEvent('click');
	await fresh.getByText(/^Restored \d+ records/).waitFor({ timeout: 300_000 });
	console.log(`restore (replace, one transaction): ${ms(t)}`);
	await second.close();
	await browser.close();
}

await main();
