// The fit reads every review (card, grade, time), oldest first, whatever order they were written in.
import { afterEach, describe, expect, it } from 'vitest';
import { VitalsDatabase } from './database';
import { createReviewHistoryRepo } from './review-history';
import { newMemory } from '$lib/domain/study/scheduling';

let db: VitalsDatabase | undefined;
afterEach(async () => db?.delete());

describe('review history', () => {
	it('counts reviews and lists them oldest first, as the fit needs them', async () => {
		db = new VitalsDatabase(`review-history-${Date.now()}`);
		const after = newMemory(1000);
		await db.reviews.bulkAdd([
			{ itemId: 'b', bankId: 'cpt', grade: 'again', reviewedAt: 3000, before: null, after },
			{ itemId: 'a', bankId: 'cpt', grade: 'good', reviewedAt: 1000, before: null, after },
			{ itemId: 'a', bankId: 'cma', grade: 'easy', reviewedAt: 2000, before: null, after }
		] as never);
		const repo = createReviewHistoryRepo(db);
		expect(await repo.count()).toBe(3);
		expect(await repo.all()).toStrictEqual([
			{ itemId: 'a', grade: 'good', reviewedAt: 1000 },
			{ itemId: 'a', grade: 'easy', reviewedAt: 2000 },
			{ itemId: 'b', grade: 'again', reviewedAt: 3000 }
		]);
	});
});
