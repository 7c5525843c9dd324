import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler, newMemory } from '$lib/domain/study/scheduling';
import { openRepositories, VitalsDatabase } from './index';

let n = 0;
const open = () => openRepositories(new VitalsDatabase(`progress-test-${++n}`));
const t0 = Date.UTC(2026, 0, 5, 9);
const scheduler = createScheduler({ desiredRetention: 0.9 });
let repos: ReturnType<typeof open>;
afterEach(async () => repos?.db.delete());

describe('progress repository', () => {
	it('records a grading as the new state plus a review-log row', async () => {
		repos = open();
		const after = scheduler.grade(newMemory(t0), t0, 'good').memory;
		const id = await repos.progress.recordGrade({
			itemId: 'cpt-rbc-0001',
			bankId: 'cpt',
			grade: 'good',
			reviewedAt: t0,
			before: null,
			after
		});
		const memories = await repos.progress.forBank('cpt');
		expect(memories.get('cpt-rbc-0001')).toEqual(after);
		expect(await repos.db.reviews.get(id)).toMatchObject({
			itemId: 'cpt-rbc-0001',
			grade: 'good',
			before: null
		});
		expect(await repos.progress.newStartedSince('cpt', t0)).toBe(1);
		expect(await repos.progress.newStartedSince('cpt', t0 + 1)).toBe(0);
		expect(await repos.progress.dueCount('cpt', after.due)).toBe(1);
		expect(await repos.progress.dueCount('cpt', after.due - 1)).toBe(0);
		expect(await repos.progress.forBank('ccma')).toEqual(new Map());
		expect(await repos.progress.forItems(['cpt-rbc-0001', 'nope-0001'])).toEqual(memories);
	});

	it('writes neither the state nor the log when the log write fails', async () => {
		repos = open();
		repos.db.reviews.hook('creating', () => {
			throw new Error('disk full');
		});
		const after = scheduler.grade(newMemory(t0), t0, 'good').memory;
		await expect(
			repos.progress.recordGrade({
				itemId: 'a-0001',
				bankId: 'cpt',
				grade: 'good',
				reviewedAt: t0,
				before: null,
				after
			})
		).rejects.toThrow('disk full');
		expect(await repos.db.progress.count()).toBe(0);
		expect(await repos.db.reviews.count()).toBe(0);
	});

	it('undo restores the previous state, or removes a first grading entirely', async () => {
		repos = open();
		const first = scheduler.grade(newMemory(t0), t0, 'good').memory;
		await repos.progress.recordGrade({
			itemId: 'a-0001',
			bankId: 'cpt',
			grade: 'good',
			reviewedAt: t0,
			before: null,
			after: first
		});
		const second = scheduler.grade(first, first.due, 'again').memory;
		const id2 = await repos.progress.recordGrade({
			itemId: 'a-0001',
			bankId: 'cpt',
			grade: 'again',
			reviewedAt: first.due,
			before: first,
			after: second
		});

		await repos.progress.undoGrade(id2);
		expect((await repos.progress.forBank('cpt')).get('a-0001')).toEqual(first);
		expect(await repos.db.reviews.count()).toBe(1);

		const [firstLog] = await repos.db.reviews.toArray();
		await repos.progress.undoGrade(firstLog!.id!);
		expect(await repos.db.progress.count()).toBe(0);
		expect(await repos.db.reviews.count()).toBe(0);
		expect(await repos.progress.undoGrade(9999)).toBeUndefined();
	});

	it('keeps the activity summary in step with gradings and undo', async () => {
		repos = open();
		const after = scheduler.grade(newMemory(t0), t0, 'good').memory;
		const id = await repos.progress.recordGrade({
			itemId: 'a-0001',
			bankId: 'cpt',
			grade: 'good',
			reviewedAt: t0,
			before: null,
			after
		});
		await repos.progress.recordGradeLatest({
			itemId: 'a-0002',
			bankId: 'cpt',
			grade: 'good',
			reviewedAt: t0 + 1000,
			schedule: () => after
		});
		expect(await repos.db.activity.toArray()).toEqual([
			{ bankId: 'cpt', quarter: Math.floor(t0 / 900_000), count: 2 }
		]);
		await repos.progress.undoGrade(id);
		expect((await repos.db.activity.toArray())[0]?.count).toBe(1);
	});

	it('keeps a bank item in its own bank when it is studied inside a deck', async () => {
		repos = open();
		const after = scheduler.grade(newMemory(t0), t0, 'good').memory;
		await repos.progress.recordGrade({
			itemId: 'cpt-rbc-0001',
			bankId: 'deck-abc',
			homeBankId: 'cpt',
			grade: 'good',
			reviewedAt: t0,
			before: null,
			after
		});
		expect((await repos.db.progress.get('cpt-rbc-0001'))?.bankId).toBe('cpt');
		expect((await repos.db.reviews.toArray())[0]?.bankId).toBe('deck-abc');
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
