import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler, newMemory, type Grade, type Memory } from '$lib/domain/study/scheduling';
import { openRepositories, VitalsDatabase } from './index';

let n = 0;
const open = () => openRepositories(new VitalsDatabase(`progress-test-${++n}`));
const t0 = Date.UTC(2026, 0, 5, 9);
const scheduler = createScheduler({ desiredRetention: 0.9 });
let repos: ReturnType<typeof open>;
afterEach(async () => repos?.db.delete());

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The app's FSRS step: a grade at a time, applied to a state (a new card when none). */
const schedule = (current: Memory | null, at: number, grade: Grade) =>
	scheduler.grade(current ?? newMemory(at), at, grade).memory;
const grading = (itemId: string, grade: Grade, at: number, bankId = 'cpt') => ({
	itemId,
	bankId,
	grade,
	reviewedAt: at,
	schedule
});
const quarterOf = (at: number) => Math.floor(at / (15 * MINUTE));

describe('progress repository', () => {
	it('records a grading as the new state, a review-log row and an activity mark, read back as stored', async () => {
		repos = open();
		const { reviewId, before, after } = await repos.progress.recordGradeLatest(
			grading('cpt-rbc-0001', 'good', t0)
		);
		expect(before).toBeNull();
		// FSRS's default learning steps are 1 and 10 minutes: Good on a new card is due again in 10.
		expect(after).toMatchObject({ state: 'learning', due: t0 + 10 * MINUTE, reps: 1, lastReview: t0 });
		expect(await repos.db.progress.get('cpt-rbc-0001')).toEqual({
			...after,
			itemId: 'cpt-rbc-0001',
			bankId: 'cpt'
		});
		expect(await repos.db.reviews.toArray()).toEqual([
			{
				id: reviewId,
				itemId: 'cpt-rbc-0001',
				bankId: 'cpt',
				grade: 'good',
				reviewedAt: t0,
				before: null,
				after,
				source: 'card'
			}
		]);
		expect(await repos.db.activity.toArray()).toEqual([
			{ bankId: 'cpt', quarter: Math.floor(t0 / (15 * MINUTE)), count: 1 }
		]);
		expect(await repos.progress.forItems(['cpt-rbc-0001', 'nope-0001'])).toEqual(
			new Map([['cpt-rbc-0001', after]])
		);
		expect(await repos.progress.newStartedSince('cpt', t0)).toBe(1);
		expect(await repos.progress.newStartedSince('cpt', t0 + 1)).toBe(0);
		expect(await repos.progress.newStartedSince('ccma', 0)).toBe(0);
	});

	it('grades the state stored now, not the one the caller last saw (another tab graded in between)', async () => {
		repos = open();
		const first = await repos.progress.recordGradeLatest(grading('a-0001', 'good', t0));
		const seen: (Memory | null)[] = [];
		const later = t0 + 11 * MINUTE;
		const second = await repos.progress.recordGradeLatest({
			...grading('a-0001', 'good', later),
			schedule: (current) => {
				seen.push(current);
				return scheduler.grade(current ?? newMemory(later), later, 'good').memory;
			}
		});
		expect(seen).toEqual([first.after]);
		expect(second.before).toEqual(first.after);
		expect((await repos.db.progress.get('a-0001'))?.reps).toBe(2);
		expect(await repos.db.reviews.count()).toBe(2);
		// 09:00 and 09:11: one quarter-hour, marked twice.
		expect(await repos.db.activity.toArray()).toEqual([
			{ bankId: 'cpt', quarter: Math.floor(t0 / (15 * MINUTE)), count: 2 }
		]);
	});

	it('writes neither the state, the log nor the activity when one write fails', async () => {
		repos = open();
		await repos.progress.recordGradeLatest(grading('a-0001', 'good', t0));
		const stored = await repos.db.progress.get('a-0001');
		repos.db.reviews.hook('creating', () => {
			throw new Error('disk full');
		});
		await expect(repos.progress.recordGradeLatest(grading('a-0001', 'again', t0 + DAY))).rejects.toThrow(
			'disk full'
		);
		await expect(repos.progress.recordGradeLatest(grading('a-0002', 'good', t0))).rejects.toThrow(
			'disk full'
		);
		expect(await repos.db.progress.toArray()).toEqual([stored]);
		expect(await repos.db.reviews.count()).toBe(1);
		expect(await repos.db.activity.toArray()).toMatchObject([{ count: 1 }]);
	});

	it('undo restores the previous state, or removes a first grading entirely, with its activity mark', async () => {
		repos = open();
		const first = await repos.progress.recordGradeLatest(grading('a-0001', 'good', t0));
		const second = await repos.progress.recordGradeLatest(grading('a-0001', 'again', t0 + DAY));

		expect(await repos.progress.undoGrade(second.reviewId)).toMatchObject({ before: first.after });
		expect(await repos.progress.forItems(['a-0001'])).toEqual(new Map([['a-0001', first.after]]));
		expect(await repos.db.reviews.count()).toBe(1);
		expect(await repos.db.activity.toArray()).toMatchObject([{ quarter: Math.floor(t0 / (15 * MINUTE)) }]);

		await repos.progress.undoGrade(first.reviewId);
		expect(await repos.db.progress.count()).toBe(0);
		expect(await repos.db.reviews.count()).toBe(0);
		expect(await repos.db.activity.count()).toBe(0);
		expect(await repos.progress.undoGrade(9999)).toBeUndefined();
	});

	it('refuses to undo a grading once the card was graded again (in another tab)', async () => {
		repos = open();
		const first = await repos.progress.recordGradeLatest(grading('a-0001', 'good', t0));
		const second = await repos.progress.recordGradeLatest(grading('a-0001', 'good', t0 + DAY));
		await expect(repos.progress.undoGrade(first.reviewId)).rejects.toThrow('studied again in another tab');
		expect(await repos.progress.forItems(['a-0001'])).toEqual(new Map([['a-0001', second.after]]));
		expect(await repos.db.reviews.count()).toBe(2);
	});

	it('keeps a bank item in its own bank when it is studied inside a deck', async () => {
		repos = open();
		await repos.progress.recordGradeLatest({
			...grading('cpt-rbc-0001', 'good', t0, 'deck-abc'),
			homeBankId: 'cpt'
		});
		expect((await repos.db.progress.get('cpt-rbc-0001'))?.bankId).toBe('cpt');
		expect((await repos.db.reviews.toArray())[0]?.bankId).toBe('deck-abc');
		// Studied again without the deck, it stays in its bank.
		await repos.progress.recordGradeLatest(grading('cpt-rbc-0001', 'good', t0 + DAY, 'other'));
		expect((await repos.db.progress.get('cpt-rbc-0001'))?.bankId).toBe('cpt');
	});
});

describe('a grade written with the state the screen assumed (the study session: durable at once)', () => {
	it('stores the same rows as a grade that read first, when the assumption holds', async () => {
		repos = open();
		const first = await repos.progress.recordGradeLatest({ ...grading('a-0001', 'good', t0), assumed: null });
		const later = t0 + 11 * MINUTE;
		const second = await repos.progress.recordGradeLatest({
			...grading('a-0001', 'good', later),
			assumed: first.after
		});
		expect(second.before).toEqual(first.after);
		expect(second.after).toEqual(schedule(first.after, later, 'good'));
		expect(await repos.db.progress.get('a-0001')).toEqual({
			...second.after,
			itemId: 'a-0001',
			bankId: 'cpt'
		});
		expect((await repos.db.reviews.orderBy('id').toArray()).map((r) => [r.before, r.after])).toEqual([
			[null, first.after],
			[first.after, second.after]
		]);
		expect(await repos.db.activity.toArray()).toEqual([{ bankId: 'cpt', quarter: quarterOf(t0), count: 2 }]);
	});

	it('when another tab graded the card meanwhile, redoes this grade on top of that one', async () => {
		repos = open();
		const otherTab = openRepositories(repos.db);
		const theirs = await otherTab.progress.recordGradeLatest({
			...grading('a-0001', 'good', t0),
			assumed: null
		});
		// This tab still shows the card as new.
		const later = t0 + 2 * MINUTE;
		const mine = await repos.progress.recordGradeLatest({
			...grading('a-0001', 'again', later),
			assumed: null
		});

		const expected = schedule(theirs.after, later, 'again');
		expect(mine).toEqual({ reviewId: mine.reviewId, before: theirs.after, after: expected });
		expect(await repos.db.progress.get('a-0001')).toEqual({ ...expected, itemId: 'a-0001', bankId: 'cpt' });
		expect((await repos.db.reviews.orderBy('id').toArray()).map((r) => [r.grade, r.before, r.after])).toEqual(
			[
				['good', null, theirs.after],
				['again', theirs.after, expected]
			]
		);
		expect(await repos.db.activity.toArray()).toEqual([{ bankId: 'cpt', quarter: quarterOf(t0), count: 2 }]);
	});

	it('recounts the quarter-hour when something else marked it (a quiz answer, another tab)', async () => {
		repos = open();
		await repos.progress.recordGradeLatest({ ...grading('a-0001', 'good', t0), assumed: null });
		await repos.db.answers.add({
			attemptId: 1,
			itemId: 'cpt-q-0001',
			bankId: 'cpt',
			domain: 'd',
			choice: 1,
			correct: true,
			answeredAt: t0 + MINUTE,
			flagged: false
		});
		await repos.db.activity.put({ bankId: 'cpt', quarter: quarterOf(t0), count: 2 });
		await repos.progress.recordGradeLatest({ ...grading('a-0002', 'good', t0 + 2 * MINUTE), assumed: null });
		// Two reviews and one answer in that quarter-hour.
		expect(await repos.db.activity.toArray()).toEqual([{ bankId: 'cpt', quarter: quarterOf(t0), count: 3 }]);
	});

	it('after an undo, the next grade in that quarter-hour still counts right', async () => {
		repos = open();
		const a = await repos.progress.recordGradeLatest({ ...grading('a-0001', 'good', t0), assumed: null });
		await repos.progress.recordGradeLatest({ ...grading('a-0002', 'good', t0 + MINUTE), assumed: null });
		await repos.progress.undoGrade(a.reviewId);
		await repos.progress.recordGradeLatest({ ...grading('a-0003', 'good', t0 + 2 * MINUTE), assumed: null });
		expect(await repos.db.activity.toArray()).toEqual([{ bankId: 'cpt', quarter: quarterOf(t0), count: 2 }]);
	});
});

describe('settings repository', () => {
	it('returns defaults, saves valid values, and ignores malformed stored ones', async () => {
		repos = open();
		expect(await repos.settings.load()).toMatchObject({
			dailyNewLimit: 20,
			desiredRetention: 0.9,
			theme: 'system'
		});
		await repos.settings.save('dailyNewLimit', 35);
		await repos.settings.save('theme', 'dark');
		// Written around the typed table, as an older build or a crafted backup could have stored it.
		await repos.db.table('settings').put({ key: 'desiredRetention', value: 'lots' });
		expect(await repos.settings.load()).toMatchObject({
			dailyNewLimit: 35,
			desiredRetention: 0.9,
			theme: 'dark'
		});
		await expect(repos.settings.save('dailyNewLimit', -1)).rejects.toThrow();
		expect((await repos.settings.load()).dailyNewLimit).toBe(35);
	});
});
