/** Flashcard progress and the review log. Every write that touches both goes through one transaction. */
import type { Grade, Memory } from '$lib/domain/study/scheduling';
import { bumpActivity } from './activity-store';
import type { ProgressRow, ReviewRow, VitalsDatabase } from './database';

function toMemories(rows: ProgressRow[]): Map<string, Memory> {
	return new Map(rows.map(({ itemId, bankId: _bank, ...memory }) => [itemId, memory]));
}

export function createProgressRepo(db: VitalsDatabase) {
	const newStartedSince = (bankId: string, since: number) =>
		db.reviews
			.where('[bankId+reviewedAt]')
			.between([bankId, since], [bankId, Infinity])
			.filter((r) => r.before === null || r.before.state === 'new')
			.count();

	return {
		async forBank(bankId: string): Promise<Map<string, Memory>> {
			return toMemories(await db.progress.where('bankId').equals(bankId).toArray());
		},

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

		/** Records one grading: the new state and a log row, both or neither. Returns the log row's id. */
		async recordGrade(input: {
			itemId: string;
			/** The bank or deck being studied (for the log). */
			bankId: string;
			/** The bank the item belongs to, when it differs (a bank item studied inside a deck). */
			homeBankId?: string;
			grade: Grade;
			reviewedAt: number;
			before: Memory | null;
			after: Memory;
		}): Promise<number> {
			return db.transaction('rw', db.progress, db.reviews, db.activity, async () => {
				const { homeBankId, ...review } = input;
				await db.progress.put({ ...input.after, itemId: input.itemId, bankId: homeBankId ?? input.bankId });
				await bumpActivity(db, review.bankId, review.reviewedAt, 1);
				return db.reviews.add(review);
			});
		},

		/**
		 * Records one grading against the state stored *now*, read inside the transaction: if another tab
		 * graded the item since this one loaded it, the grade applies to that newer state instead of
		 * overwriting it, so no review is lost. `schedule` computes the new state from the stored one.
		 */
		async recordGradeLatest(input: {
			itemId: string;
			bankId: string;
			homeBankId?: string;
			grade: Grade;
			reviewedAt: number;
			schedule: (current: Memory | null) => Memory;
		}): Promise<{ reviewId: number; before: Memory | null; after: Memory }> {
			return db.transaction('rw', db.progress, db.reviews, db.activity, async () => {
				const { homeBankId, schedule, ...rest } = input;
				const row = await db.progress.get(input.itemId);
				const before = row ? toMemories([row]).get(row.itemId)! : null;
				const after = schedule(before);
				await db.progress.put({
					...after,
					itemId: input.itemId,
					bankId: homeBankId ?? row?.bankId ?? input.bankId
				});
				const reviewId = await db.reviews.add({ ...rest, before, after });
				await bumpActivity(db, rest.bankId, rest.reviewedAt, 1);
				return { reviewId, before, after };
			});
		},

		/** Undoes one grading: puts the previous state back and removes the log row, atomically. */
		async undoGrade(reviewId: number): Promise<ReviewRow | undefined> {
			return db.transaction('rw', db.progress, db.reviews, db.activity, async () => {
				const review = await db.reviews.get(reviewId);
				if (!review) return undefined;
				// Another tab graded the card after this grading: putting `before` back would erase that.
				const now = await db.progress.get(review.itemId);
				if (now && now.lastReview !== review.after.lastReview)
					throw new Error(
						'This card was studied again in another tab, so this grade can no longer be undone.'
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
				return review;
			});
		},

		/** New items first studied since `since` (for the daily new-card limit). */
		newStartedSince,

		async reviewsSince(bankId: string, since: number): Promise<ReviewRow[]> {
			return db.reviews.where('[bankId+reviewedAt]').between([bankId, since], [bankId, Infinity]).toArray();
		},

		async dueCount(bankId: string, now: number): Promise<number> {
			return db.progress
				.where('[bankId+due]')
				.between([bankId, -Infinity], [bankId, now], true, true)
				.count();
		}
	};
}
export type ProgressRepo = ReturnType<typeof createProgressRepo>;
export type { ProgressRow };
