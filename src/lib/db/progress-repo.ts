/** Flashcard progress and the review log. Every write that touches both goes through one transaction. */
import type { Memory } from '$lib/domain/study/scheduling';
import { isCardReview } from '$lib/domain/records/review';
import { bumpActivity } from './activity-store';
import { createGradeWriter, toMemory } from './grade-write';
import type { ProgressRow, ReviewRow, VitalsDatabase } from './database';

function toMemories(rows: ProgressRow[]): Map<string, Memory> {
	return new Map(rows.map((row) => [row.itemId, toMemory(row)]));
}

export function createProgressRepo(db: VitalsDatabase) {
	const grades = createGradeWriter(db);
	const newStartedSince = (bankId: string, since: number) =>
		db.reviews
			.where('[bankId+reviewedAt]')
			.between([bankId, since], [bankId, Infinity])
			.filter((r) => isCardReview(r) && (r.before === null || r.before.state === 'new'))
			.count();

	return {
		/** Progress of the given items, whichever bank or deck they belong to. */
		async forItems(itemIds: readonly string[]): Promise<Map<string, Memory>> {
			if (itemIds.length === 0) return new Map();
			// One ranged read, not one request per item: a bank's 500 gets cost the flashcard screen's start
			// 150–250 ms of request events at 4× CPU throttle. A bank's ids share its prefix, so the range
			// from the least to the greatest id holds little else; whatever else it holds is dropped here.
			const sorted = [...itemIds].sort();
			const wanted = new Set(itemIds);
			const rows = await db.progress.where('itemId').between(sorted[0], sorted.at(-1), true, true).toArray();
			return toMemories(rows.filter((r) => wanted.has(r.itemId)));
		},

		/**
		 * Records one grading: the card's new state, a review-log row and the activity mark, against the
		 * state stored now (see grade-write.ts: with `assumed`, durable before the caller does anything else).
		 */
		recordGradeLatest: grades.record,

		/** Undoes one grading: puts the previous state back and removes the log row, atomically. */
		async undoGrade(reviewId: number): Promise<ReviewRow | undefined> {
			return db.transaction('rw', db.progress, db.reviews, db.activity, async () => {
				const review = await db.reviews.get(reviewId);
				if (!review) return undefined;
				// Another tab graded the card after this grading: putting `before` back would erase that.
				const now = await db.progress.get(review.itemId);
				if (now && now.lastReview !== review.after.lastReview)
					throw new Error(
						'This card was studied again in another tab or answered in a quiz since, so this grade can no longer be undone.'
					);
				// Keep the item in its own bank (a bank item studied inside a deck stays in its bank).
				if (review.before)
					await db.progress.put({
						...review.before,
						itemId: review.itemId,
						bankId: now?.bankId ?? review.bankId
					});
				else await db.progress.delete(review.itemId);
				await db.reviews.delete(reviewId);
				await bumpActivity(db, review.bankId, review.reviewedAt, -1);
				grades.forget(review.bankId, review.reviewedAt);
				return review;
			});
		},

		/** New items first studied as flashcards since `since` (for the daily new-card limit). */
		newStartedSince
	};
}
export type ProgressRepo = ReturnType<typeof createProgressRepo>;
export type { ProgressRow };
