// The flashcard session against a real (fake-indexeddb) progress repository: a grade is stored as given,
// a failed write changes nothing and says so, undo takes a grade back, and two sessions on one database
// (two tabs) never lose each other's reviews.
import { afterEach, describe, expect, it } from 'vitest';
import { openRepositories, VitalsDatabase, type Repositories } from '$lib/db';
import { fakeBank } from '$test/test-fixtures';
import { StudySession } from './session.svelte';

const MINUTE = 60_000;
const t0 = Date.UTC(2026, 2, 2, 15);
const bank = fakeBank([{ id: 'a', weightPercent: 100, mcqs: 3 }]);
const [first, second] = bank.items.map((i) => i.id);
const options = { dailyNewLimit: 20, desiredRetention: 0.9 };

let n = 0;
let repos: Repositories;
afterEach(async () => repos?.db.delete());
const open = () => (repos = openRepositories(new VitalsDatabase(`study-session-${++n}`)));

async function session(clock: () => number) {
	const s = new StudySession({ progress: repos.progress, clock });
	await s.start(bank, options);
	return s;
}

describe('StudySession', () => {
	it('stores a grade as given: the card, the grade, the time and a ten-minute learning step', async () => {
		open();
		const s = await session(() => t0);
		expect(s.current?.id).toBe(first);
		expect(s.counts).toEqual({ due: 0, learning: 0, new: 3 });
		s.reveal();
		await s.grade('good');

		expect(s.current?.id).toBe(second);
		expect(s.counts).toEqual({ due: 0, learning: 1, new: 2 });
		const [review, ...others] = await repos.db.reviews.toArray();
		expect(others).toEqual([]);
		expect(review).toMatchObject({
			itemId: first,
			bankId: 'test',
			grade: 'good',
			reviewedAt: t0,
			before: null
		});
		// FSRS's default learning steps are 1 and 10 minutes: Good on a new card is due again in 10.
		expect(await repos.db.progress.get(first!)).toMatchObject({
			bankId: 'test',
			state: 'learning',
			due: t0 + 10 * MINUTE,
			reps: 1,
			lastReview: t0
		});
	});

	it("grades with the student's own FSRS parameters when settings hold them", async () => {
		open();
		// w2 (a first Good's stability, in days) raised from 2.3065 to 30: stored stability shows which ran.
		const personal = [0.212, 1.2931, 30, 40, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835];
		personal.push(0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
		const s = new StudySession({ progress: repos.progress, clock: () => t0 });
		await s.start(bank, { ...options, fsrsParameters: personal });
		s.reveal();
		await s.grade('good');
		expect((await repos.db.progress.get(first!))?.stability).toBeCloseTo(30, 6);
	});

	it('does not grade a card whose answer is not showing', async () => {
		open();
		const s = await session(() => t0);
		await s.grade('easy');
		expect(s.current?.id).toBe(first);
		expect(await repos.db.reviews.count()).toBe(0);
	});

	it('a failed grade write puts the card back and says so, and stores nothing', async () => {
		open();
		repos.db.reviews.hook('creating', () => {
			throw new Error('disk unplugged');
		});
		const s = await session(() => t0);
		s.reveal();
		await s.grade('good');

		expect(s.error).toMatch(/not saved.*disk unplugged/i);
		// The card is back in the queue as it was: new, and counted as new again.
		expect(s.counts).toEqual({ due: 0, learning: 0, new: 3 });
		expect(s.reviewedThisSession).toBe(0);
		expect(s.canUndo).toBe(false);
		expect(await repos.db.progress.count()).toBe(0);
		expect(await repos.db.reviews.count()).toBe(0);
		expect(await repos.db.activity.count()).toBe(0);
	});

	it('shows the next card at once; its grade is stored when grade() settles', async () => {
		open();
		const s = await session(() => t0);
		s.reveal();
		const storing = s.grade('good');
		expect(s.current?.id).toBe(second);
		expect(s.counts).toEqual({ due: 0, learning: 1, new: 2 });
		await storing;
		expect(await repos.db.reviews.count()).toBe(1);
	});

	it('undo takes the last grade back in memory and in storage', async () => {
		open();
		const s = await session(() => t0);
		s.reveal();
		await s.grade('again');
		expect(s.canUndo).toBe(true);
		await s.undo();

		expect(s.current?.id).toBe(first);
		expect(s.revealed).toBe(true);
		expect(s.counts).toEqual({ due: 0, learning: 0, new: 3 });
		expect(await repos.db.progress.count()).toBe(0);
		expect(await repos.db.reviews.count()).toBe(0);
	});

	it('two tabs grading the same card both count: the second grade applies to the stored state', async () => {
		open();
		const tabA = await session(() => t0);
		const tabB = await session(() => t0 + 11 * MINUTE);
		tabA.reveal();
		await tabA.grade('good');
		// Tab B loaded before tab A's grade, so it still shows the card as new.
		expect(tabB.current?.id).toBe(first);
		tabB.reveal();
		await tabB.grade('good');

		const reviews = await repos.db.reviews.orderBy('id').toArray();
		expect(reviews.map((r) => [r.itemId, r.reviewedAt])).toEqual([
			[first, t0],
			[first, t0 + 11 * MINUTE]
		]);
		expect(reviews[1]!.before).toEqual(reviews[0]!.after);
		expect((await repos.db.progress.get(first!))?.reps).toBe(2);
	});
});
