// Each schema version opens a database written by the version before it, with realistic data, and keeps it.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler, newMemory } from '$lib/domain/study/scheduling';
import { openAsShipped } from './as-shipped';
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
		expect(db.verno).toBe(7);
		expect(await db.progress.toArray()).toEqual(before.progress);
		// Every review before v7 was a flashcard grade.
		expect(await db.reviews.toArray()).toEqual(before.reviews.map((r) => ({ ...r, source: 'card' })));
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

describe('v4 → v5 removes rows no version of the app writes', () => {
	const DAY = 86_400_000;
	const memory = {
		due: t0 + 3 * DAY,
		stability: 3.2,
		difficulty: 5.3,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 2,
		lapses: 0,
		state: 'review',
		lastReview: t0
	};
	const card = (itemId: string, changes: object = {}) => ({ ...memory, itemId, bankId: 'cpt', ...changes });
	const review = (id: number, changes: object = {}) => ({
		itemId: 'cpt-rbc-0001',
		bankId: 'cpt',
		grade: 'good',
		reviewedAt: t0 + id * 60_000,
		before: null,
		after: memory,
		id,
		...changes
	});
	const attempt = (id: number, changes: object = {}) => ({
		bankId: 'cpt',
		kind: 'quiz',
		mode: 'test',
		title: 'Quick 10',
		itemIds: ['cpt-rbc-0002', 'cpt-rbc-0003'],
		choiceOrders: [
			[1, 0, 3, 2],
			[0, 1, 2, 3]
		],
		seed: 5,
		startedAt: t0,
		timeLimitMs: null,
		submittedAt: null,
		status: 'active',
		currentIndex: 1,
		score: null,
		id,
		...changes
	});
	const answer = (attemptId: number, changes: object = {}) => ({
		attemptId,
		itemId: 'cpt-rbc-0002',
		bankId: 'cpt',
		domain: 'routine-blood-collections',
		choice: 1,
		correct: true,
		answeredAt: t0 + attemptId * 1000,
		flagged: false,
		...changes
	});
	const stat = {
		itemId: 'cpt-rbc-0002',
		bankId: 'cpt',
		domain: 'routine-blood-collections',
		seen: 1,
		correct: 1,
		lastAnsweredAt: t0,
		missed: false,
		rightSinceMiss: 0,
		flagged: false,
		recent: [{ at: t0, correct: true }]
	};
	const deck = (id: string, changes: object = {}) => ({
		id,
		title: 'Week 1',
		description: '',
		author: '',
		version: 1,
		createdAt: t0,
		updatedAt: t0,
		itemRefs: ['cpt-rbc-0001'],
		items: [],
		origin: 'local',
		...changes
	});

	it('keeps every row the app wrote, removes crafted ones, strips stray fields, rebuilds activity', async () => {
		const name = fresh();
		const v4 = openAsShipped(name, 4);
		await v4.table('settings').bulkPut([
			{ key: 'dailyNewLimit', value: 35 },
			{ key: 'theme', value: 'dark' },
			{ key: '__proto__', value: { '~run': 1 } },
			{ key: 'constructor', value: 1 },
			{ key: 'fontSize', value: 14 },
			{ key: 'desiredRetention', value: 'lots' }
		]);
		await v4
			.table('progress')
			.bulkPut([
				card('cpt-rbc-0001'),
				card('cpt-rbc-0002', { due: 1e300 }),
				card('cpt-rbc-0003', { reps: -1 }),
				card('cpt-rbc-0004', { lastReview: Infinity }),
				card('cpt-rbc-0005', { stability: Number.NaN })
			]);
		await v4.table('reviews').bulkAdd([review(1), review(2), review(3, { reviewedAt: Infinity })]);
		await v4.table('attempts').bulkAdd([
			attempt(1),
			attempt(2, {
				choiceOrders: [
					[0, 0, 1, 2],
					[0, 1, 2, 3]
				]
			}),
			attempt(3, {
				choiceOrders: [
					[0, 1, 2, 5],
					[0, 1, 2, 3]
				]
			}),
			attempt(4, { seed: Infinity }),
			attempt(5, { timeLimitMs: Infinity }),
			attempt(6, { currentIndex: 7 })
		]);
		await v4
			.table('answers')
			.bulkAdd([
				answer(1),
				answer(2),
				answer(3),
				answer(4),
				answer(5),
				answer(6),
				answer(1, { itemId: 'cpt-rbc-0003', choice: 4 })
			]);
		// The history row as the old emptyItemStat stored it: the answer's fields spread into it.
		await v4.table('itemStats').bulkPut([
			{ attemptId: 1, choice: 1, answeredAt: t0, ...stat },
			{ ...stat, itemId: 'cpt-rbc-0009', seen: -1 }
		]);
		await v4.table('decks').bulkPut([deck('good0001'), deck('bad00001', { createdAt: 1e300 })]);
		await v4.table('activity').bulkPut([{ bankId: 'cpt', quarter: 1, count: 99 }]);
		v4.close();

		const db = new VitalsDatabase(name);
		await db.open();
		expect(db.verno).toBe(7);
		expect(await db.settings.toArray()).toEqual([
			{ key: 'dailyNewLimit', value: 35 },
			{ key: 'theme', value: 'dark' }
		]);
		expect(await db.progress.toArray()).toEqual([card('cpt-rbc-0001')]);
		expect(await db.reviews.toArray()).toEqual([
			review(1, { source: 'card' }),
			review(2, { source: 'card' })
		]);
		expect(await db.attempts.toArray()).toEqual([attempt(1)]);
		expect(await db.answers.toArray()).toEqual([answer(1)]);
		const stats = await db.itemStats.toArray();
		expect(stats).toStrictEqual([stat]);
		expect(await db.decks.toArray()).toEqual([deck('good0001')]);
		// Two reviews (t0 + 1 and 2 minutes) and one answer (t0 + 1 s): one quarter-hour, three events.
		expect(await db.activity.toArray()).toEqual([
			{ bankId: 'cpt', quarter: Math.floor(t0 / 900_000), count: 3 }
		]);
		db.close();
	});

	it('changes nothing in a database the app wrote', async () => {
		const name = fresh();
		const v4 = openAsShipped(name, 4);
		await v4.table('progress').bulkPut([card('cpt-rbc-0001')]);
		await v4.table('reviews').bulkAdd([review(1)]);
		await v4.table('attempts').bulkAdd([attempt(1)]);
		await v4.table('answers').bulkAdd([answer(1)]);
		await v4.table('itemStats').bulkPut([stat]);
		await v4.table('decks').bulkPut([deck('good0001')]);
		await v4.table('settings').bulkPut([{ key: 'examDates', value: { cpt: '2026-04-01' } }]);
		const activity = [{ bankId: 'cpt', quarter: Math.floor(t0 / 900_000), count: 2 }];
		await v4.table('activity').bulkPut(activity);
		const snapshot = async (d: Dexie) =>
			Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()])));
		const before = await snapshot(v4);
		v4.close();

		const db = new VitalsDatabase(name);
		await db.open();
		// v6 adds the (empty) class tables, v7 marks the reviews as flashcard grades, and nothing else changes.
		expect(await snapshot(db)).toStrictEqual({
			...before,
			reviews: [review(1, { source: 'card' })],
			classes: [],
			classResults: []
		});
		db.close();
	});

	// Nested to reuse the rows written above, as v5 wrote them.
	describe('then v5 → v6 adds the class tables', () => {
		it('keeps every row v5 wrote and opens empty, queryable classes and classResults', async () => {
			const name = fresh();
			const v5 = openAsShipped(name, 5);
			await v5.table('progress').bulkPut([card('cpt-rbc-0001')]);
			await v5.table('reviews').bulkAdd([review(1)]);
			await v5.table('attempts').bulkAdd([attempt(1)]);
			await v5.table('answers').bulkAdd([answer(1)]);
			await v5.table('itemStats').bulkPut([stat]);
			await v5.table('decks').bulkPut([deck('good0001')]);
			await v5.table('settings').bulkPut([{ key: 'theme', value: 'dark' }]);
			await v5.table('activity').bulkPut([{ bankId: 'cpt', quarter: Math.floor(t0 / 900_000), count: 2 }]);
			const snapshot = async (d: Dexie) =>
				Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()])));
			const before = await snapshot(v5);
			v5.close();

			const db = new VitalsDatabase(name);
			await db.open();
			expect(db.verno).toBe(7);
			expect(await snapshot(db)).toStrictEqual({
				...before,
				reviews: [review(1, { source: 'card' })],
				classes: [],
				classResults: []
			});
			expect(await db.classResults.where('[classId+assignmentId]').equals(['c', 'a']).count()).toBe(0);
			db.close();
		});
	});
});

describe('v6 → v7 gives every review a source', () => {
	it('marks v6 reviews as flashcard grades and keeps every other row as v6 wrote it', async () => {
		const name = fresh();
		const v6 = openAsShipped(name, 6);
		const s = createScheduler({ desiredRetention: 0.9 });
		const first = s.grade(newMemory(t0), t0, 'good').memory;
		const second = s.grade(first, first.due, 'again').memory;
		await v6.table('progress').bulkPut([{ ...second, itemId: 'cpt-rbc-0001', bankId: 'cpt' }]);
		const reviews = [
			{ itemId: 'cpt-rbc-0001', bankId: 'cpt', grade: 'good', reviewedAt: t0, before: null, after: first },
			{
				itemId: 'cpt-rbc-0001',
				bankId: 'cpt',
				grade: 'again',
				reviewedAt: first.due,
				before: first,
				after: second
			}
		];
		await v6.table('reviews').bulkAdd(reviews);
		const exam = {
			bankId: 'cpt',
			kind: 'exam',
			mode: 'exam',
			title: 'Half-length exam',
			itemIds: ['cpt-rbc-0002'],
			choiceOrders: [[0, 1, 2, 3]],
			seed: 9,
			startedAt: t0,
			timeLimitMs: 3_600_000,
			submittedAt: t0 + 60_000,
			status: 'submitted',
			currentIndex: 0,
			score: { correct: 1, total: 1, answered: 1, byDomain: [], timeUsedMs: 60_000 }
		};
		await v6.table('attempts').add(exam);
		await v6.table('itemStats').put({
			itemId: 'cpt-rbc-0002',
			bankId: 'cpt',
			domain: 'routine-blood-collections',
			seen: 1,
			correct: 1,
			lastAnsweredAt: t0 + 30_000,
			missed: false,
			rightSinceMiss: 0,
			flagged: false,
			recent: [{ at: t0 + 30_000, correct: true }]
		});
		await v6.table('activity').bulkPut([{ bankId: 'cpt', quarter: Math.floor(t0 / 900_000), count: 2 }]);
		await v6.table('classes').put({ id: 'c1', name: 'Evening', createdAt: t0, publicKey: 'k' });
		const snapshot = async (d: Dexie) =>
			Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()])));
		const before = await snapshot(v6);
		v6.close();

		const db = new VitalsDatabase(name);
		await db.open();
		expect(db.verno).toBe(7);
		const after = await snapshot(db);
		expect(after.reviews).toStrictEqual([
			{ ...reviews[0], source: 'card', id: 1 },
			{ ...reviews[1], source: 'card', id: 2 }
		]);
		// Old item history has no MCQ day and old attempts no prediction: both stay absent, not invented.
		expect(after).toStrictEqual({ ...before, reviews: after.reviews });
		expect(Object.keys(after.itemStats[0] as object)).not.toContain('lastMcqDay');
		expect(Object.keys(after.attempts[0] as object)).not.toContain('predictedScore');
		db.close();
	});
});
