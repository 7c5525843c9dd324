// Backup → restore → backup loses nothing: a fully populated row of every table, built here by hand, comes
// back field for field; data written by the app's own code paths comes back byte for byte; the activity
// summary is rebuilt from the restored reviews and answers, not read from the file.
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, parseBackup, type Backup } from '$lib/domain/backup/schema';
import { createScheduler, newMemory } from '$lib/domain/study/scheduling';
import { attemptRowSchema } from '$lib/domain/records/attempt';
import { answerRowSchema } from '$lib/domain/records/answer';
import { resultPayloadSchema } from '$lib/domain/class/result-payload';
import { classAssignmentSchema } from '$lib/domain/class/assignment';
import { classPrivateKeySchema, classResultRowSchema, classRowSchema } from '$lib/domain/records/class';
import { deckRowSchema } from '$lib/domain/records/deck';
import { itemStatRowSchema } from '$lib/domain/records/item-stat';
import { memorySchema, progressRowSchema } from '$lib/domain/records/progress';
import { reviewRowSchema } from '$lib/domain/records/review';
import { DEFAULT_SETTINGS } from '$lib/domain/records/settings';
import { sampleDeck } from '$test/deck-test-data';
import { dayResolver } from '$lib/domain/calendar';
import { default_w } from 'ts-fsrs';
import { openRepositories, VitalsDatabase } from './index';

/** Fitted FSRS weights as a student's settings hold them (w2 differs from the default). */
const PERSONAL_WEIGHTS = default_w.map((w, i) => (i === 2 ? 4.5 : w));

let n = 0;
const opened: VitalsDatabase[] = [];
const open = () => {
	const db = new VitalsDatabase(`round-trip-${++n}`);
	opened.push(db);
	return openRepositories(db);
};
afterEach(async () => {
	while (opened.length) await opened.pop()!.delete();
});

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 5, 9);

/** Every field of every table set to something other than its default, written out by hand. */
function fullBackup(): Backup {
	const before = {
		due: t0,
		stability: 0.4,
		difficulty: 6.5,
		scheduledDays: 0,
		learningSteps: 1,
		reps: 1,
		lapses: 0,
		state: 'learning' as const,
		lastReview: t0 - 600_000
	};
	const after = {
		due: t0 + 3 * DAY,
		stability: 3.17,
		difficulty: 5.28,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 2,
		lapses: 1,
		state: 'review' as const,
		lastReview: t0
	};
	return {
		app: 'vitals',
		format: BACKUP_FORMAT,
		schemaVersion: 4,
		exportedAt: t0 + DAY,
		tables: {
			progress: [{ ...after, itemId: 'cpt-rbc-0001', bankId: 'cpt' }],
			reviews: [
				{
					itemId: 'cpt-rbc-0001',
					bankId: 'cpt',
					grade: 'hard',
					reviewedAt: t0,
					before,
					after,
					source: 'exam',
					id: 7
				}
			],
			settings: [
				// In key order, as the table lists them.
				{ key: 'dailyGoal', value: 30 },
				{ key: 'dailyNewLimit', value: 35 },
				{ key: 'desiredRetention', value: 0.85 },
				{ key: 'examDates', value: { cpt: '2026-04-01', 'deck-abcd1234': '2026-05-02' } },
				{ key: 'examTargetRecall', value: 0.95 },
				{ key: 'fsrsParameters', value: PERSONAL_WEIGHTS },
				{ key: 'storageReminderAt', value: t0 - DAY },
				{ key: 'studentName', value: 'Maya Lopez' },
				{ key: 'studyBudget', value: { unit: 'minutes', perDay: 25 } },
				{ key: 'theme', value: 'dark' }
			],
			attempts: [
				{
					bankId: 'ccma',
					kind: 'exam',
					mode: 'exam',
					title: 'Half-length exam',
					itemIds: ['ccma-pc-0001', 'ccma-pc-0002'],
					choiceOrders: [
						[2, 0, 3, 1],
						[1, 3, 0, 2]
					],
					seed: 4_000_000_123,
					startedAt: t0 - 3_600_000,
					timeLimitMs: 5_400_000,
					submittedAt: t0 - 60_000,
					status: 'submitted',
					currentIndex: 1,
					score: {
						correct: 1,
						total: 2,
						answered: 2,
						byDomain: [{ domain: 'pc', correct: 1, total: 2 }],
						timeUsedMs: 3_540_000
					},
					predictedScore: 61.5,
					id: 4
				}
			],
			answers: [
				{
					attemptId: 4,
					itemId: 'ccma-pc-0002',
					bankId: 'ccma',
					domain: 'pc',
					choice: 3,
					correct: true,
					answeredAt: t0 - 120_000,
					flagged: true
				}
			],
			itemStats: [
				{
					itemId: 'ccma-pc-0002',
					bankId: 'ccma',
					domain: 'pc',
					seen: 3,
					correct: 2,
					lastAnsweredAt: t0 - 60_000,
					missed: true,
					rightSinceMiss: 1,
					flagged: true,
					recent: [
						{ at: t0 - 2 * DAY, correct: false },
						{ at: t0 - 60_000, correct: true }
					],
					lastMcqDay: Math.floor((t0 - 60_000) / DAY)
				}
			],
			decks: [
				{
					id: 'abcd1234',
					title: 'Venipuncture review',
					description: 'Week 3',
					author: 'Ms. Rivera',
					version: 3,
					createdAt: t0 - 10 * DAY,
					updatedAt: t0 - DAY,
					itemRefs: ['cpt-sc-0001'],
					items: [
						{
							id: 'deck-abcd1234-0001',
							kind: 'mcq',
							stem: 'Which tube is drawn first?',
							choices: ['Blood culture', 'Light blue', 'Red', 'Lavender'],
							answer: 0,
							rationale: 'Sterile blood-culture bottles come first so the sample is not contaminated.',
							tags: ['order-of-draw'],
							source: 'CLSI GP41'
						},
						{
							id: 'deck-abcd1234-0002',
							kind: 'card',
							front: 'Lavender top additive',
							back: 'EDTA',
							tags: ['additives'],
							source: 'Course notes'
						}
					],
					origin: 'imported',
					sourceUrl: 'https://example.org/venipuncture.json',
					assignment: {
						id: 'wk1-venipuncture',
						classId: 'Zk3lQm9xTq2bVw8nRt5yHA',
						className: 'Phlebotomy 101, evening',
						publicKey: 'B' + 'A'.repeat(86),
						title: 'Week 1: venipuncture',
						dueAt: t0 - 20 * DAY,
						mode: 'timed',
						timeLimitMin: 30
					},
					assignmentWork: { assignmentId: 'wk1-venipuncture', attemptId: 1, sentAt: t0 - 21 * DAY }
				}
			],
			classes: [
				{
					id: 'Zk3lQm9xTq2bVw8nRt5yHA',
					name: 'Phlebotomy 101, evening',
					createdAt: t0 - 30 * DAY,
					publicKey: 'B' + 'A'.repeat(86),
					privateKey: {
						kty: 'EC',
						crv: 'P-256',
						x: 'x'.repeat(43),
						y: 'y'.repeat(43),
						d: 'd'.repeat(43),
						ext: true,
						key_ops: ['deriveBits']
					},
					assignments: [
						{
							id: 'wk1-venipuncture',
							title: 'Week 1: venipuncture',
							dueAt: t0 - 20 * DAY,
							mode: 'timed',
							timeLimitMin: 30,
							createdAt: t0 - 29 * DAY,
							itemIds: ['cpt-rbc-0001', 'cpt-rbc-0002'],
							deckId: 'deck-1'
						}
					]
				}
			],
			classResults: [
				{
					id: 'result-maya-0001',
					classId: 'Zk3lQm9xTq2bVw8nRt5yHA',
					assignmentId: 'week3-venipuncture',
					result: {
						v: 1,
						id: 'result-maya-0001',
						classId: 'Zk3lQm9xTq2bVw8nRt5yHA',
						assignmentId: 'week3-venipuncture',
						student: 'Maya Lopez',
						startedAt: t0 - DAY,
						submittedAt: t0 - DAY + 900_000,
						timeMs: 840_000,
						answers: [
							{ itemId: 'cpt-sc-0001', choice: 2 },
							{ itemId: 'deck-abcd1234-0001', choice: null }
						]
					},
					receivedAt: t0 - DAY + 3_600_000
				}
			]
		}
	};
}

/** The field names a record schema declares (through a pipe, if it has one). */
function fieldsOf(schema: v.GenericSchema): string[] {
	if ('entries' in schema) return Object.keys(schema.entries as object);
	if ('pipe' in schema) return fieldsOf((schema.pipe as v.GenericSchema[])[0]!);
	throw new Error('not an object schema');
}

describe('backup and restore round trip', () => {
	it('the hand-built backup sets every field every record schema declares', () => {
		// If a field is added to a record, this fails until the round trip below carries it too.
		const t = fullBackup().tables;
		const has = (row: object, schema: v.GenericSchema) =>
			expect(Object.keys(row).sort()).toEqual(fieldsOf(schema).sort());
		has(t.progress[0]!, progressRowSchema);
		has(t.reviews[0]!, reviewRowSchema);
		has(t.reviews[0]!.before!, memorySchema);
		has(t.attempts[0]!, attemptRowSchema);
		has(t.answers[0]!, answerRowSchema);
		has(t.itemStats[0]!, itemStatRowSchema);
		has(t.decks[0]!, deckRowSchema);
		has(t.classes[0]!, classRowSchema);
		has(t.classes[0]!.privateKey, classPrivateKeySchema);
		has(t.classes[0]!.assignments![0]!, classAssignmentSchema);
		has(t.classResults[0]!, classResultRowSchema);
		has(t.classResults[0]!.result, resultPayloadSchema);
		expect(t.settings.map((s) => s.key).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
	});

	it('restores a fully populated row of every table with no field lost, and rebuilds activity', async () => {
		const r = open();
		const parsed = parseBackup(JSON.stringify(fullBackup()));
		if (!parsed.ok) throw new Error(parsed.error);
		await r.backup.restore(parsed.backup, 'replace');
		const exported = await r.backup.exportAll(t0 + DAY);
		expect(exported.tables).toStrictEqual(fullBackup().tables);
		expect(await r.settings.load()).toStrictEqual({
			dailyNewLimit: 35,
			desiredRetention: 0.85,
			theme: 'dark',
			dailyGoal: 30,
			examDates: { cpt: '2026-04-01', 'deck-abcd1234': '2026-05-02' },
			storageReminderAt: t0 - DAY,
			examTargetRecall: 0.95,
			studyBudget: { unit: 'minutes', perDay: 25 },
			fsrsParameters: PERSONAL_WEIGHTS,
			studentName: 'Maya Lopez'
		});
		// One answer (ccma, two minutes before t0), by quarter-hour. The one review is an exam answer's memory
		// update: the answer is the activity, counted once, so the review adds no mark of its own.
		expect(await r.db.activity.toArray()).toStrictEqual([
			{ bankId: 'ccma', quarter: Math.floor((t0 - 120_000) / 900_000), count: 1 }
		]);
	});

	it('restores a backup from before review sources: its reviews are flashcard grades, counted as activity', async () => {
		const old = fullBackup();
		const { source: _source, ...review } = old.tables.reviews[0]!;
		const text = JSON.stringify({ ...old, tables: { ...old.tables, reviews: [review] } });
		expect(text).not.toContain('"source":"exam"');
		const parsed = parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.error);
		const r = open();
		await r.backup.restore(parsed.backup, 'replace');
		expect(await r.db.reviews.toArray()).toStrictEqual([{ ...review, source: 'card' }]);
		expect(await r.db.activity.toArray()).toStrictEqual([
			{ bankId: 'ccma', quarter: Math.floor((t0 - 120_000) / 900_000), count: 1 },
			{ bankId: 'cpt', quarter: Math.floor(t0 / 900_000), count: 1 }
		]);
	});

	it('backup → restore → backup of what the app itself wrote is byte for byte the same', async () => {
		const r = open();
		const scheduler = createScheduler({ desiredRetention: 0.9 });
		const feed = { scheduler, dayOf: dayResolver('UTC') };
		for (const [i, grade] of (['good', 'again', 'easy'] as const).entries()) {
			const at = t0 + i * DAY;
			await r.progress.recordGradeLatest({
				itemId: 'cpt-rbc-0001',
				bankId: 'cpt',
				grade,
				reviewedAt: at,
				schedule: (m) => scheduler.grade(m ?? newMemory(at), at, grade).memory
			});
		}
		// A bank item studied inside a deck keeps its own bank.
		await r.progress.recordGradeLatest({
			itemId: 'cpt-sc-0001',
			bankId: 'deck-abcd1234',
			homeBankId: 'cpt',
			grade: 'good',
			reviewedAt: t0,
			schedule: (m) => scheduler.grade(m ?? newMemory(t0), t0, 'good').memory
		});
		await r.settings.save('dailyNewLimit', 35);
		await r.settings.save('theme', 'light');
		await r.settings.save('examDates', { cpt: '2026-04-01' });
		await r.settings.save('storageReminderAt', t0);

		const quiz = {
			bankId: 'cpt',
			kind: 'quiz' as const,
			title: 'Quick 10',
			itemIds: ['cpt-rbc-0002', 'cpt-rbc-0003'],
			choiceOrders: [
				[1, 0, 3, 2],
				[0, 1, 2, 3]
			],
			seed: 77,
			startedAt: t0,
			timeLimitMs: null,
			submittedAt: null,
			status: 'active' as const,
			currentIndex: 0,
			score: null
		};
		const answer = (attemptId: number, itemId: string, choice: number | null, flagged = false) => ({
			attemptId,
			itemId,
			bankId: 'cpt',
			domain: 'routine-blood-collections',
			choice,
			correct: choice === 1,
			answeredAt: t0 + 60_000,
			flagged
		});
		const tutor = await r.attempts.create({ ...quiz, mode: 'tutor' });
		await r.attempts.saveAnswer(answer(tutor, 'cpt-rbc-0002', 1), { currentIndex: 0, final: true }, feed);
		await r.attempts.saveAnswer(
			answer(tutor, 'cpt-rbc-0003', null, true),
			{ currentIndex: 1, final: false },
			feed
		);
		await r.attempts.setFlag(
			tutor,
			{ itemId: 'cpt-rbc-0003', bankId: 'cpt', domain: 'routine-blood-collections' },
			true,
			t0 + 70_000
		);
		await r.attempts.submit(
			tutor,
			{ correct: 1, total: 2, answered: 1, byDomain: [], timeUsedMs: 90_000 },
			t0 + 90_000,
			feed
		);
		const test = await r.attempts.create({ ...quiz, mode: 'test', startedAt: t0 + DAY });
		await r.attempts.saveAnswer(answer(test, 'cpt-rbc-0002', 2), { currentIndex: 1, final: false }, feed);
		await r.attempts.setPosition(test, 1);
		await r.decks.save({ ...sampleDeck(1, 2, 'mine0001'), origin: 'local' });
		await r.decks.receive(sampleDeck(2, 1, 'theirs01'), 'https://example.org/deck.json');

		const first = JSON.stringify(await r.backup.exportAll(t0 + 2 * DAY));
		const parsed = parseBackup(first);
		if (!parsed.ok) throw new Error(parsed.error);
		const fresh = open();
		await fresh.backup.restore(parsed.backup, 'replace');
		const second = JSON.stringify(await fresh.backup.exportAll(t0 + 2 * DAY));
		expect(second).toBe(first);
		expect(parsed.backup.tables.itemStats).toHaveLength(2);
	});
});
