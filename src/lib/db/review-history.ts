/** The review log as the FSRS fit reads it: how many reviews there are, and each as (card, grade, time). */
import type { ReviewEvent } from '$lib/domain/study/fit-check';
import type { VitalsDatabase } from './database';

export function createReviewHistoryRepo(db: VitalsDatabase) {
	return {
		count: (): Promise<number> => db.reviews.count(),
		/** Every review, oldest first. */
		async all(): Promise<ReviewEvent[]> {
			const rows = await db.reviews.orderBy('reviewedAt').toArray();
			return rows.map(({ itemId, grade, reviewedAt }) => ({ itemId, grade, reviewedAt }));
		}
	};
}
export type ReviewHistoryRepo = ReturnType<typeof createReviewHistoryRepo>;
