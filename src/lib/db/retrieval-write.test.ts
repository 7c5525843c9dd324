// Proves every retrieval feeds the one memory: a submitted quiz or exam (and each tutor or trainer answer)
// updates each answered item's FSRS memory as Again (wrong) or Good (right), at most once per item per day,
// with a review-log row naming its source, in the submit's transaction (a failed submit writes nothing);
// an item never studied gets a memory from its first answer; activity counts each answer once; the
// flashcard undo still undoes only its own grade; and the 200-item exam submit is timed.
import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerRecord, AttemptRecord } from '$lib/domain/attempt/types';
import { dayResolver } from '$lib/domain/calendar';
import { TRAINER_TITLE } from '$lib/domain/strip/trainer-sets';
import { createScheduler, newMemory, type Memory } from '$lib/domain/study/scheduling';
import { openRepositories, VitalsDatabase } from './index';

let n = 0;
let repos: ReturnType<typeof openRepositories>;
afterEach(async () => repos?.db.delete());
const open = () => (repos = openRepositories(new VitalsDatabase(`retrieval-test-${++n}`)));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 09:00 UTC on a Monday: the test's calendar is UTC, so a day is [00:00, 24:00) UTC.
const t0 = Date.UTC(2026, 4, 4, 9);
const scheduler = createScheduler({ desiredRetention: 0.9 });
const feed = { scheduler, dayOf: dayResolver('UTC') };
const score = { correct: 0, total: 1, answered: 1, byDomain: [], timeUsedMs: 1000 };

const attempt = (
	itemIds: string[],
	mode: AttemptRecord['mode'],
	extra: Partial<AttemptRecord> = {}
): AttemptRecord => ({
	bankId: 'cpt',
	kind: mode === 'exam' ? 'exam' : 'quiz',
	mode,
	title: 'Quick 10',
	itemIds,
	choiceOrders: itemIds.map(() => [0, 1, 2, 3]),
	seed: 1,
	startedAt: t0,
	timeLimitMs: mode === 'exam' ? 2 * HOUR : null,
	submittedAt: null,
	status: 'active',
	currentIndex: 0,
	score: null,
	...extra
});
const answer = (attemptId: number, itemId: string, correct: boolean, at: number): AnswerRecord => ({
	attemptId,
	itemId,
	bankId: 'cpt',
	domain: 'routine-blood-collections',
	choice: correct ? 1 : 2,
	correct,
	answeredAt: at,
	flagged: false
});

/** Takes a test-mode quiz (or an exam) on `items` ([id, right?]) and submits it at `at`. */
async function take(items: [string, boolean][], at: number, mode: 'test' | 'exam' = 'test') {
	const id = await repos.attempts.create(
		attempt(
			items.map(([i]) => i),
			mode,
			{ startedAt: at - 60_000 }
		)
	);
	for (const [itemId, correct] of items)
		await repos.attempts.saveAnswer(
			answer(id, itemId, correct, at - 1000),
			{ currentIndex: 0, final: false },
			feed
		);
	await repos.attempts.submit(id, score, at, feed);
	return id;
}

/** A card studied as a flashcard twice (Good, then Good a day later): in review, with real stability. */
async function learnCard(itemId: string): Promise<Memory> {
	for (const at of [t0 - 3 * DAY, t0 - 2 * DAY])
		await repos.progress.recordGradeLatest({
			itemId,
			bankId: 'cpt',
			grade: 'good',
			reviewedAt: at,
			schedule: (m) => scheduler.grade(m ?? newMemory(at), at, 'good').memory
		});
	return (await repos.progress.forItems([itemId])).get(itemId)!;
}

const reviewsOf = async (itemId: string) =>
	(await repos.db.reviews.where('itemId').equals(itemId).sortBy('id')).map((r) => ({
		grade: r.grade,
		source: r.source,
		reviewedAt: r.reviewedAt
	}));

describe('quiz and exam answers feed the item’s memory', () => {
	it('a wrong answer is Again: stability drops and a lapse is counted; a right one is Good', async () => {
		open();
		const learned = await learnCard('cpt-rbc-0001');
		expect(learned.state).toBe('review');
		await learnCard('cpt-rbc-0002');
		await take(
			[
				['cpt-rbc-0001', false],
				['cpt-rbc-0002', true]
			],
			t0
		);
		const after = await repos.progress.forItems(['cpt-rbc-0001', 'cpt-rbc-0002']);
		const wrong = after.get('cpt-rbc-0001')!;
		expect(wrong.stability).toBeLessThan(learned.stability);
		expect(wrong.lapses).toBe(learned.lapses + 1);
		expect(wrong.state).toBe('relearning');
		expect(wrong.lastReview).toBe(t0);
		const right = after.get('cpt-rbc-0002')!;
		expect(right).toEqual(scheduler.grade(learned, t0, 'good').memory);
		expect(right.stability).toBeGreaterThan(learned.stability);
		expect(right.reps).toBe(learned.reps + 1);
		expect(await reviewsOf('cpt-rbc-0001')).toEqual([
			{ grade: 'good', source: 'card', reviewedAt: t0 - 3 * DAY },
			{ grade: 'good', source: 'card', reviewedAt: t0 - 2 * DAY },
			{ grade: 'again', source: 'quiz', reviewedAt: t0 }
		]);
		// The log row carries the states either side, so history can be replayed and FSRS re-fit.
		const [last] = await repos.db.reviews.where('itemId').equals('cpt-rbc-0002').reverse().sortBy('id');
		expect(last).toMatchObject({ before: learned, after: right, bankId: 'cpt' });
	});

	it('an item answered in two quizzes on one day updates once; the next day it updates again', async () => {
		open();
		const learned = await learnCard('cpt-rbc-0001');
		await take([['cpt-rbc-0001', true]], t0);
		const once = (await repos.progress.forItems(['cpt-rbc-0001'])).get('cpt-rbc-0001')!;
		// Same day, eight hours later, wrong this time: stored memory and log stay as the first quiz left them.
		await take([['cpt-rbc-0001', false]], t0 + 8 * HOUR);
		expect((await repos.progress.forItems(['cpt-rbc-0001'])).get('cpt-rbc-0001')).toEqual(once);
		expect(once).toEqual(scheduler.grade(learned, t0, 'good').memory);
		// The answer still counts in the item's history (missed, accuracy).
		expect(await repos.db.itemStats.get('cpt-rbc-0001')).toMatchObject({ seen: 2, correct: 1, missed: true });
		await take([['cpt-rbc-0001', false]], t0 + DAY);
		expect((await reviewsOf('cpt-rbc-0001')).filter((r) => r.source !== 'card')).toEqual([
			{ grade: 'good', source: 'quiz', reviewedAt: t0 },
			{ grade: 'again', source: 'quiz', reviewedAt: t0 + DAY }
		]);
		expect(await repos.db.itemStats.get('cpt-rbc-0001')).toMatchObject({
			lastMcqDay: Math.floor((t0 + DAY) / DAY)
		});
	});

	it('a flashcard grade between two same-day quizzes does not open a second quiz update', async () => {
		open();
		await learnCard('cpt-rbc-0001');
		await take([['cpt-rbc-0001', true]], t0);
		await repos.progress.recordGradeLatest({
			itemId: 'cpt-rbc-0001',
			bankId: 'cpt',
			grade: 'hard',
			reviewedAt: t0 + HOUR,
			schedule: (m) => scheduler.grade(m!, t0 + HOUR, 'hard').memory
		});
		await take([['cpt-rbc-0001', false]], t0 + 2 * HOUR);
		expect((await reviewsOf('cpt-rbc-0001')).slice(2)).toEqual([
			{ grade: 'good', source: 'quiz', reviewedAt: t0 },
			{ grade: 'hard', source: 'card', reviewedAt: t0 + HOUR }
		]);
	});

	it('exam, quiz and trainer answers each write their source', async () => {
		open();
		await take([['cpt-rbc-0001', true]], t0, 'exam');
		await take([['cpt-rbc-0002', false]], t0);
		const trainer = await repos.attempts.create(
			attempt(['trainer-cet-sinus-rhythm'], 'tutor', { bankId: 'cet', title: TRAINER_TITLE })
		);
		await repos.attempts.saveAnswer(
			{ ...answer(trainer, 'trainer-cet-sinus-rhythm', true, t0), bankId: 'cet' },
			{ currentIndex: 0, final: true },
			feed
		);
		const rows = await repos.db.reviews.orderBy('id').toArray();
		expect(rows.map((r) => [r.itemId, r.source, r.grade, r.bankId])).toEqual([
			['cpt-rbc-0001', 'exam', 'good', 'cpt'],
			['cpt-rbc-0002', 'quiz', 'again', 'cpt'],
			['trainer-cet-sinus-rhythm', 'trainer', 'good', 'cet']
		]);
	});

	it('an item never studied gets its memory from its first answer, but no flashcard’s new-card place', async () => {
		open();
		await take([['cpt-rbc-0009', true]], t0);
		const row = await repos.db.progress.get('cpt-rbc-0009');
		expect(row).toEqual({
			...scheduler.grade(newMemory(t0), t0, 'good').memory,
			itemId: 'cpt-rbc-0009',
			bankId: 'cpt'
		});
		expect(row!.state).not.toBe('new');
		const [review] = await repos.db.reviews.toArray();
		expect(review).toMatchObject({ before: null, source: 'quiz' });
		expect(await repos.progress.newStartedSince('cpt', t0 - HOUR)).toBe(0);
	});

	it('tutor answers count as they are given, and not again at submit', async () => {
		open();
		const id = await repos.attempts.create(attempt(['cpt-rbc-0001', 'cpt-rbc-0002'], 'tutor'));
		await repos.attempts.saveAnswer(
			answer(id, 'cpt-rbc-0001', false, t0),
			{ currentIndex: 0, final: true },
			feed
		);
		expect(await reviewsOf('cpt-rbc-0001')).toEqual([{ grade: 'again', source: 'quiz', reviewedAt: t0 }]);
		await repos.attempts.submit(id, score, t0 + 60_000, feed);
		expect(await repos.db.reviews.count()).toBe(1);
	});

	it('activity counts each answer once, not again for its memory update', async () => {
		open();
		await take(
			[
				['cpt-rbc-0001', true],
				['cpt-rbc-0002', false],
				['cpt-rbc-0003', true]
			],
			t0
		);
		expect(await repos.db.reviews.count()).toBe(3);
		// Three answers saved a second before the submit, all in one quarter-hour.
		expect(await repos.db.activity.toArray()).toEqual([
			{ bankId: 'cpt', quarter: Math.floor((t0 - 1000) / 900_000), count: 3 }
		]);
	});

	it('a failed submit writes nothing: no memory, no log row, no history, the attempt still open', async () => {
		open();
		const learned = await learnCard('cpt-rbc-0001');
		const id = await repos.attempts.create(attempt(['cpt-rbc-0001', 'cpt-rbc-0002'], 'exam'));
		await repos.attempts.saveAnswer(
			answer(id, 'cpt-rbc-0001', false, t0),
			{ currentIndex: 0, final: false },
			feed
		);
		await repos.attempts.saveAnswer(
			answer(id, 'cpt-rbc-0002', true, t0),
			{ currentIndex: 1, final: false },
			feed
		);
		const reviewsBefore = await repos.db.reviews.toArray();
		repos.db.reviews.hook('creating', () => {
			throw new Error('QuotaExceededError');
		});
		await expect(repos.attempts.submit(id, score, t0 + 1000, feed)).rejects.toThrow();
		expect(await repos.db.reviews.toArray()).toEqual(reviewsBefore);
		expect((await repos.progress.forItems(['cpt-rbc-0001', 'cpt-rbc-0002'])).get('cpt-rbc-0001')).toEqual(
			learned
		);
		expect(await repos.db.progress.get('cpt-rbc-0002')).toBeUndefined();
		expect(await repos.db.itemStats.count()).toBe(0);
		expect(await repos.attempts.get(id)).toMatchObject({ status: 'active', score: null });
	});

	it('a clock set back behind the last review still stores the answer, leaving the memory', async () => {
		open();
		const learned = await learnCard('cpt-rbc-0001');
		await take([['cpt-rbc-0001', true]], t0 - 5 * DAY);
		expect((await repos.progress.forItems(['cpt-rbc-0001'])).get('cpt-rbc-0001')).toEqual(learned);
		expect(await repos.db.itemStats.get('cpt-rbc-0001')).toMatchObject({ seen: 1, correct: 1 });
	});

	it('the flashcard undo still undoes only that card’s grade, and refuses once a quiz moved the card', async () => {
		open();
		await learnCard('cpt-rbc-0001');
		const graded = await repos.progress.recordGradeLatest({
			itemId: 'cpt-rbc-0002',
			bankId: 'cpt',
			grade: 'good',
			reviewedAt: t0 - HOUR,
			schedule: (m) => scheduler.grade(m ?? newMemory(t0 - HOUR), t0 - HOUR, 'good').memory
		});
		await take([['cpt-rbc-0001', true]], t0);
		await repos.progress.undoGrade(graded.reviewId);
		expect(await repos.db.progress.get('cpt-rbc-0002')).toBeUndefined();
		expect(await reviewsOf('cpt-rbc-0001')).toHaveLength(3);

		const again = await repos.progress.recordGradeLatest({
			itemId: 'cpt-rbc-0003',
			bankId: 'cpt',
			grade: 'good',
			reviewedAt: t0 - HOUR,
			schedule: (m) => scheduler.grade(m ?? newMemory(t0 - HOUR), t0 - HOUR, 'good').memory
		});
		await take([['cpt-rbc-0003', false]], t0);
		await expect(repos.progress.undoGrade(again.reviewId)).rejects.toThrow('answered in a quiz');
	});

	it('times a 200-item exam submit (fake-indexeddb; median of 5, a day apart so every answer updates)', async () => {
		open();
		const ids = Array.from({ length: 200 }, (_, i) => `cpt-rbc-${String(i + 1).padStart(4, '0')}`);
		// Half the items studied before, as a student a few weeks in would have.
		const studied = scheduler.grade(newMemory(t0 - DAY), t0 - DAY, 'good').memory;
		await repos.db.progress.bulkPut(
			ids.slice(0, 100).map((itemId) => ({ ...studied, itemId, bankId: 'cpt' }))
		);
		const times: number[] = [];
		for (let k = 0; k < 5; k++) {
			const at = t0 + k * DAY;
			const id = await repos.attempts.create(attempt(ids, 'exam', { startedAt: at - HOUR }));
			await repos.db.answers.bulkPut(
				ids.map((itemId, i) => answer(id, itemId, (i + k) % 3 !== 0, at - 60_000))
			);
			const start = performance.now();
			await repos.attempts.submit(id, score, at, feed);
			times.push(performance.now() - start);
		}
		const median = [...times].sort((a, b) => a - b)[2]!;
		console.log(
			`200-item exam submit: median ${median.toFixed(1)} ms of ${times.map((t) => t.toFixed(0)).join(', ')}`
		);
		expect(await repos.db.reviews.where('itemId').anyOf(ids).count()).toBe(1000);
	});
});
