// Proves: an instructor's class view, fed the way results really arrive. A class is created on the
// Classes screen and given an assignment of five CPT items (written into its stored row, as the deck-link
// side does); students' results are sealed to the class key outside the app. One is opened by its link
// (added, the fragment removed from the address bar); the others are pasted as one block with a repeat,
// a tampered copy and chatter (named refusals; a result sent twice kept once). The roster, the per-domain
// shares and every item's share right, picks and discrimination match numbers computed here from the
// answers and the bank's keys; a student named like an HTML tag shows as text and runs nothing; the
// roster downloads as CSV; a tampered link opened by URL is refused with its message; the screen passes
// axe, does not scroll sideways at 360 px and breaks no word, in the light and the dark theme.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { encodeResultLink } from '../../src/lib/domain/class/result-link';
import type { ResultPayload } from '../../src/lib/domain/class/result-payload';
import { expectGoodScreen } from './helpers/screen-checks';

interface BankMcq {
	id: string;
	kind: string;
	stem: string;
	answer: number;
	domain: string;
}
const DAY = 86_400_000;
const now = Date.now();
const dueAt = now - DAY;
const XSS = '<img src=x onerror="window.__xss=1">';

async function storedClass(page: Page): Promise<{ id: string; publicKey: string }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('vitals');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('classes').objectStore('classes').getAll();
					get.onsuccess = () => {
						const [row] = get.result as { id: string; publicKey: string }[];
						open.result.close();
						resolve({ id: row!.id, publicKey: row!.publicKey });
					};
				};
			})
	);
}

/** What the deck-link side stores when the instructor attaches an assignment. */
async function addAssignment(page: Page, classId: string, assignment: object) {
	await page.evaluate(
		([id, a]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('vitals');
				open.onsuccess = () => {
					const tx = open.result.transaction('classes', 'readwrite');
					const store = tx.objectStore('classes');
					const get = store.get(id as string);
					get.onsuccess = () => store.put({ ...get.result, assignments: [a] });
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[classId, assignment] as const
	);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

test('an instructor imports results by link and by paste and reads the class view', async ({ page }) => {
	test.setTimeout(120_000);
	const bank = JSON.parse(await readFile('static/banks/cpt.json', 'utf8')) as {
		domains: { id: string; name: string }[];
		items: BankMcq[];
	};
	const mcqs = bank.items.filter((i) => i.kind === 'mcq');
	const items = [
		...mcqs.filter((i) => i.domain === 'patient-preparation').slice(0, 3),
		...mcqs.filter((i) => i.domain === 'safety-compliance').slice(0, 2)
	];
	const wrong = (i: number) => (items[i]!.answer + 1) % 4;
	const right = (i: number) => items[i]!.answer;

	await page.goto('/classes');
	await page.getByLabel('Class name').fill('Phlebotomy 101');
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByText('Created the class “Phlebotomy 101”.')).toBeVisible();
	const cls = await storedClass(page);
	await addAssignment(page, cls.id, {
		id: 'week1-quiz',
		title: 'Week 1: patient prep',
		mode: 'tutor',
		createdAt: now - 7 * DAY,
		dueAt,
		itemIds: items.map((i) => i.id)
	});

	// Picks per student, by item: Ana 5/5, Ben 4/5, Cy 2/5 (late, one blank), the tag-named student 1/5.
	const picks: [string, (number | null)[], number][] = [
		['Ana Ruiz', [0, 1, 2, 3, 4].map(right), dueAt - DAY],
		['Ben Ode', [right(0), right(1), right(2), right(3), wrong(4)], dueAt - 3600_000],
		['Cy Park', [right(0), right(1), wrong(2), wrong(3), null], dueAt + 3600_000],
		[XSS, [right(0), wrong(1), wrong(2), wrong(3), wrong(4)], dueAt - 2 * DAY]
	];
	const results: ResultPayload[] = picks.map(([student, choices, submittedAt], n) => ({
		v: 1,
		id: `result-${n}-${now}`,
		classId: cls.id,
		assignmentId: 'week1-quiz',
		student,
		startedAt: submittedAt - 600_000 - n * 60_000,
		submittedAt,
		timeMs: 600_000 + n * 60_000,
		answers: items.map((item, i) => ({ itemId: item.id, choice: choices[i]! }))
	}));
	const deps = {
		subtle: crypto.subtle,
		randomBytes: (k: number) => crypto.getRandomValues(new Uint8Array(k))
	};
	const links = await Promise.all(results.map((r) => encodeResultLink(r, cls.publicKey, deps)));
	const i = links[1]!.length - 40;
	const tampered = links[1]!.slice(0, i) + (links[1]![i] === 'A' ? 'B' : 'A') + links[1]!.slice(i + 1);

	// One student's result opened as a link.
	await page.goto(`/classes#r=${links[0]}`);
	await expect(page.getByRole('status').filter({ hasText: '1 added' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Phlebotomy 101', level: 1 })).toBeVisible();
	expect(new URL(page.url()).hash).toBe('');

	// The rest pasted from an inbox: a repeat, a tampered copy, chatter and quotes around a link.
	await page.getByLabel('Paste results').fill(
		[
			`From Ben: https://vitals.example/classes#r=${links[1]}`,
			'',
			`"${links[2]}"`,
			`${links[3]}`,
			`https://vitals.example/classes#r=${links[0]}`,
			tampered,
			'See you Monday!',
			// One long word (as a token's start is): its preview must wrap, not widen the page.
			'Z'.repeat(60)
		].join('\n')
	);
	await page.getByRole('button', { name: 'Add results' }).click();
	const summary = page.getByRole('status').filter({ hasText: 'added' });
	await expect(summary).toContainText('3 added, 1 already had, 3 refused.');
	await expect(summary).toContainText(/Line 6 .*changed or damaged after it was made/);
	await expect(summary).toContainText(/Line 7 .*See you Monday!.*not a result link/);
	await expect(summary).toContainText(/Line 8 .*ZZZZ.*not a result link/);
	await expect(page.getByLabel('Paste results')).not.toHaveValue('');

	// The roster, scored here from the answers and the bank's keys.
	await expect(page.getByText('4 students sent results')).toBeVisible();
	const roster = page.getByRole('list', { name: 'Roster' });
	for (const r of results) {
		const correct = r.answers.filter((a, k) => a.choice === items[k]!.answer).length;
		const row = roster.getByRole('listitem').filter({ hasText: r.student });
		await expect(row).toContainText(`${pct(correct / 5)} (${correct} of 5)`);
		await expect(row).toContainText(r.submittedAt > dueAt ? 'late' : 'on time');
		await expect(row).toContainText(`${r.timeMs / 60_000} min 00 s`);
	}
	// The tag-like name is text: no image was made from it, no script ran.
	await expect(roster.getByText(XSS)).toBeVisible();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

	// Per domain: the share right over all four students.
	for (const d of ['patient-preparation', 'safety-compliance']) {
		const idx = items.flatMap((it, k) => (it.domain === d ? [k] : []));
		const correct = results.reduce(
			(s, r) => s + idx.filter((k) => r.answers[k]!.choice === right(k)).length,
			0
		);
		const name = bank.domains.find((x) => x.id === d)!.name;
		await expect(
			page.getByRole('list', { name: 'Results by domain' }).getByRole('listitem').filter({ hasText: name })
		).toContainText(`${pct(correct / (idx.length * 4))} (${correct} of ${idx.length * 4})`);
	}

	// Item analysis: share right, picks per choice, and D from the top and bottom scorer (1 of 4 each).
	const scores = results.map((r) => r.answers.filter((a, k) => a.choice === right(k)).length);
	const top = scores.indexOf(Math.max(...scores));
	const bottom = scores.indexOf(Math.min(...scores));
	const expected = items.map((item, k) => {
		const rightCount = results.filter((r) => r.answers[k]!.choice === item.answer).length;
		const d =
			Number(results[top]!.answers[k]!.choice === item.answer) -
			Number(results[bottom]!.answers[k]!.choice === item.answer);
		return {
			item,
			rightCount,
			d,
			picks: [0, 1, 2, 3].map((c) => results.filter((r) => r.answers[k]!.choice === c).length)
		};
	});
	expected.sort((a, b) => a.rightCount - b.rightCount || a.d - b.d || a.item.id.localeCompare(b.item.id));
	const analysis = page.getByRole('list', { name: 'Item analysis' });
	await expect(analysis.locator(':scope > li')).toHaveCount(5);
	for (const [n, e] of expected.entries()) {
		const li = analysis.locator(':scope > li').nth(n);
		await expect(li).toHaveAttribute('aria-label', `Item ${e.item.id}`);
		await expect(li).toContainText(e.item.stem);
		await expect(li).toContainText(
			`Right: ${pct(e.rightCount / 4)} (${e.rightCount} of 4) · Discrimination: ${e.d.toFixed(2)}`
		);
		const pickItems = li.getByRole('list', { name: `Picks for ${e.item.id}` }).getByRole('listitem');
		for (let c = 0; c < 4; c++)
			await expect(pickItems.nth(c)).toContainText(
				`${'ABCD'[c]}: ${e.picks[c]}${c === e.item.answer ? ' key' : ''}`
			);
	}

	// The roster as CSV for a gradebook.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download roster (CSV)' }).click();
	const csv = await readFile(await (await download).path(), 'utf8');
	expect(csv.split('\r\n')[0]).toMatch(/^Student,Attempts,Latest score %/);
	expect(csv).toContain('"<img src=x onerror=""window.__xss=1"">",1,20.0,1,5,20.0,13.0,');

	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectGoodScreen(page, `class view (${colorScheme})`);
	}

	// A tampered link opened by URL is refused, and nothing is added.
	await page.goto(`/classes#r=${tampered}`);
	const refused = page.getByRole('status').filter({ hasText: 'refused' });
	await expect(refused).toContainText('0 added, 0 already had, 1 refused.');
	await expect(refused).toContainText('changed or damaged after it was made, so it cannot be trusted');
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await expectGoodScreen(page, `classes with a refused link (${colorScheme})`);
	}
});
