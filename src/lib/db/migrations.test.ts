// Each schema version opens a database written by the version before it, with realistic data, and keeps it.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler, newMemory } from '$lib/domain/study/scheduling';
import { SCHEMA, VitalsDatabase } from './database';

let n = 0;
const names: string[] = [];
const fresh = () => {
	const name = `migration-test-${++n}`;
	names.push(name);
	return name;
};
afterEach(async () => {
	while (names.length) await Dexie.delete(names.pop()!);
});

const t0 = Date.UTC(2026, 0, 5, 9);

/** Writes what the foundation (v1) wrote in real use: progress, a review log, settings. */
async function writeV1(name: string) {
	const v1 = new Dexie(name);
	v1.version(1).stores(SCHEMA[1]);
	const s = createScheduler({ desiredRetention: 0.9 });
	const after = s.grade(newMemory(t0), t0, 'good').memory;
	await v1.table('progress').bulkPut([
		{ ...after, itemId: 'cpt-rbc-0001', bankId: 'cpt' },
		{ ...s.grade(after, after.due, 'easy').memory, itemId: 'cpt-rbc-0002', bankId: 'cpt' }
	]);
	await v1.table('reviews').bulkAdd([
		{ itemId: 'cpt-rbc-0001', bankId: 'cpt', grade: 'good', reviewedAt: t0, before: null, after },
		{ itemId: 'cpt-rbc-0002', bankId: 'cpt', grade: 'easy', reviewedAt: after.due, before: after, after }
	]);
	await v1.table('settings').bulkPut([
		{ key: 'dailyNewLimit', value: 35 },
		{ key: 'theme', value: 'dark' }
	]);
	const snapshot = {
		progress: await v1.table('progress').toArray(),
		reviews: await v1.table('reviews').toArray(),
		settings: await v1.table('settings').toArray()
	};
	v1.close();
	return snapshot;
}

describe('schema upgrades', () => {
	it('v1 → current keeps progress, reviews and settings, and adds the quiz and deck tables', async () => {
		const name = fresh();
		const before = await writeV1(name);
		const db = new VitalsDatabase(name);
		await db.open();
		expect(db.verno).toBe(4);
		expect(await db.progress.toArray()).toEqual(before.progress);
		expect(await db.reviews.toArray()).toEqual(before.reviews);
		expect(await db.settings.toArray()).toEqual(before.settings);
		expect(await db.progress.where('[bankId+due]').between(['cpt', 0], ['cpt', Infinity]).count()).toBe(2);
		expect(await db.attempts.count()).toBe(0);
		expect(await db.decks.count()).toBe(0);
		db.close();
	});

	it('v3 → v4 summarises existing reviews and answers into quarter-hour activity', async () => {
		const name = fresh();
		await writeV1(name);
		const v3 = new Dexie(name);
		v3.version(1).stores(SCHEMA[1]);
		v3.version(2).stores(SCHEMA[2]);
		v3.version(3).stores(SCHEMA[3]);
		await v3.table('answers').bulkAdd([
			{
				attemptId: 1,
				itemId: 'cpt-rbc-0003',
				bankId: 'cpt',
				domain: 'd',
				choice: 1,
				correct: true,
				answeredAt: t0 + 60_000,
				flagged: false
			},
			{
				attemptId: 1,
				itemId: 'ccma-ap-0001',
				bankId: 'ccma',
				domain: 'd',
				choice: 0,
				correct: false,
				answeredAt: t0,
				flagged: false
			}
		]);
		const reviews = await v3.table('reviews').toArray();
		v3.close();

		const db = new VitalsDatabase(name);
		const rows = await db.activity.toArray();
		const quarter = (at: number) => Math.floor(at / 900_000);
		// v1 wrote two CPT reviews (at t0 and ten minutes later); the answers add one CPT and one CCMA event.
		const cptEvents = [...reviews.map((r) => r.reviewedAt as number), t0 + 60_000];
		const expected = new Map<number, number>();
		for (const at of cptEvents) expected.set(quarter(at), (expected.get(quarter(at)) ?? 0) + 1);
		expect(rows.filter((r) => r.bankId === 'cpt').map((r) => [r.quarter, r.count])).toEqual(
			[...expected.entries()].sort((a, b) => a[0] - b[0])
		);
		expect(rows.filter((r) => r.bankId === 'ccma')).toEqual([
			{ bankId: 'ccma', quarter: quarter(t0), count: 1 }
		]);
		db.close();
	});

	it('v2 → v3 keeps attempts, answers and item stats', async () => {
		const name = fresh();
		await writeV1(name);
		const v2 = new Dexie(name);
		v2.version(1).stores(SCHEMA[1]);
		v2.version(2).stores(SCHEMA[2]);
		const attempt = {
			bankId: 'cpt',
			kind: 'exam',
			mode: 'exam',
			title: 'Full-length exam',
			itemIds: ['cpt-rbc-0003'],
			choiceOrders: [[2, 0, 3, 1]],
			seed: 7,
			startedAt: t0,
			timeLimitMs: 7_200_000,
			submittedAt: null,
			status: 'active',
			currentIndex: 0,
			score: null
		};
		const attemptId = (await v2.table('attempts').add(attempt)) as number;
		const answer = {
			attemptId,
			itemId: 'cpt-rbc-0003',
			bankId: 'cpt',
			domain: 'routine-blood-collections',
			choice: 2,
			correct: true,
			answeredAt: t0 + 5000,
			flagged: true
		};
		await v2.table('answers').add(answer);
		const stat = {
			itemId: 'cpt-rbc-0003',
			bankId: 'cpt',
			domain: 'routine-blood-collections',
			seen: 1,
			correct: 1,
			lastAnsweredAt: t0,
			missed: false,
			rightSinceMiss: 0,
			flagged: true,
			recent: [{ at: t0, correct: true }]
		};
		await v2.table('itemStats').add(stat);
		v2.close();

		const db = new VitalsDatabase(name);
		expect(await db.attempts.get(attemptId)).toEqual({ ...attempt, id: attemptId });
		expect(await db.answers.get([attemptId, 'cpt-rbc-0003'])).toEqual(answer);
		expect(await db.itemStats.get('cpt-rbc-0003')).toEqual(stat);
		expect(await db.attempts.where('status').equals('active').count()).toBe(1);
		db.close();
	});
});
