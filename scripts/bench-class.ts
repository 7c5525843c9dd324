/**
 * Benchmark (prints JSON, asserts nothing): a class of 40 students × 50 items. Seals 40 result links to
 * a class key, then times what the instructor's device does with them pasted as one block: decode (ECDH +
 * AES-GCM + inflate + schema, per link), store (one Dexie transaction, fake-indexeddb in Node), and the
 * class view's analysis (roster, domains, item analysis). Target: under 1 s in all. Median of 5 runs,
 * each into a fresh database.
 *
 *   npm run bench:class
 */
import 'fake-indexeddb/auto';
import { openRepositories, VitalsDatabase } from '../src/lib/db/index';
import { assignmentGroups, assignmentReport } from '../src/lib/domain/class/assignment-report';
import { decodeBatch } from '../src/lib/domain/class/import-batch';
import type { ItemKey } from '../src/lib/domain/class/roster';
import { assignment, makeClass, result, seal } from '../src/test/class-fixture';

const STUDENTS = 40;
const ITEMS = 50;
const RUNS = 5;
const TARGET_MS = 1000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

const itemIds = Array.from({ length: ITEMS }, (_, i) => `bench-q-${String(i + 1).padStart(4, '0')}`);
const keys = new Map<string, ItemKey>(
	itemIds.map((id, i) => [
		id,
		{
			id,
			answer: i % 4,
			choiceCount: 4,
			domain: `Domain ${i % 5}`,
			prompt: `Question ${i + 1}`,
			choices: ['a', 'b', 'c', 'd']
		}
	])
);
const week = assignment({ id: 'bench-week1', itemIds });
const cls = await makeClass('Bench class', [week]);

// Deterministic answers: student s gets item i right with a probability that falls with i and rises with s.
let seed = 42;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const payloads = Array.from({ length: STUDENTS }, (_, s) =>
	result(
		cls,
		`Student ${s + 1}`,
		itemIds.map((_, i) => {
			if (rand() < 0.05) return null;
			return rand() < 0.35 + s / 100 + (ITEMS - i) / 200 ? i % 4 : (i + 1 + Math.floor(rand() * 3)) % 4;
		}),
		{},
		week
	)
);
const encodeStart = performance.now();
const links = await Promise.all(payloads.map((p) => seal(p, cls)));
const encodeMs = performance.now() - encodeStart;
const paste = links.map((l) => `https://vitals.example/classes#r=${l}`).join('\n');

const runs: { decode: number; store: number; analysis: number; total: number }[] = [];
for (let run = 0; run < RUNS; run++) {
	const db = new VitalsDatabase(`bench-class-${run}`);
	const repos = openRepositories(db);
	await repos.classes.add(cls);
	const t0 = performance.now();
	const batch = await decodeBatch(paste, await repos.classes.list(), crypto.subtle, Date.now());
	const t1 = performance.now();
	const added = await repos.classes.addResults(batch.rows);
	const t2 = performance.now();
	const [group] = assignmentGroups((await repos.classes.get(cls.id))!, await repos.classes.results(cls.id));
	const report = assignmentReport(group!, keys);
	const t3 = performance.now();
	if (
		added !== STUDENTS ||
		batch.refused.length ||
		report.roster.length !== STUDENTS ||
		report.items.length !== ITEMS
	)
		throw new Error(`run ${run}: expected ${STUDENTS} students and ${ITEMS} items, got ${added} added`);
	runs.push({ decode: t1 - t0, store: t2 - t1, analysis: t3 - t2, total: t3 - t0 });
	await db.delete();
}

const totalMs = median(runs.map((r) => r.total));
console.log(
	JSON.stringify(
		{
			students: STUDENTS,
			items: ITEMS,
			linkChars: { median: median(links.map((l) => l.length)), max: Math.max(...links.map((l) => l.length)) },
			encode40Ms: round(encodeMs),
			medianOf: RUNS,
			decodeMs: round(median(runs.map((r) => r.decode))),
			storeMs: round(median(runs.map((r) => r.store))),
			analysisMs: round(median(runs.map((r) => r.analysis))),
			totalMs: round(totalMs),
			targetMs: TARGET_MS,
			withinTarget: totalMs < TARGET_MS
		},
		null,
		2
	)
);
