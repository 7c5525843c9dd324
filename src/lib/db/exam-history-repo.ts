/** What exam mode reads of a bank's history to plan the day: today's reviews, recent pace and attendance. */
import { isCardReview } from '$lib/domain/records/review';
import { activityTimes } from '$lib/domain/progress/activity';
import { QUARTER_MS } from '$lib/domain/records/quarter';
import type { BankHistory } from '$lib/domain/schedule/bank-plan';
import type { VitalsDatabase } from './database';

/** Enough reviews for a stable median pace, few enough to read at every session start. */
export const PACE_REVIEWS = 200;

export function createExamHistoryRepo(db: VitalsDatabase) {
	return {
		/** `dayStart`: the start of today; `since`: how far back to look for attendance. */
		async forBank(bankId: string, dayStart: number, since: number): Promise<BankHistory> {
			return db.transaction('r', db.reviews, db.activity, async () => {
				const today = db.reviews.where('[bankId+reviewedAt]').between([bankId, dayStart], [bankId, Infinity]);
				const [reviewsToday, newStartedToday, recent, activity] = await Promise.all([
					// The budget and the pace are the flashcards': quiz and exam answers feed memory, not the budget.
					today.clone().filter(isCardReview).count(),
					today
						.clone()
						.filter((r) => isCardReview(r) && (r.before === null || r.before.state === 'new'))
						.count(),
					db.reviews
						.where('[bankId+reviewedAt]')
						.between([bankId, -Infinity], [bankId, Infinity])
						.reverse()
						.filter(isCardReview)
						.limit(PACE_REVIEWS)
						.toArray(),
					db.activity
						.where('[bankId+quarter]')
						.between([bankId, Math.floor(since / QUARTER_MS)], [bankId, Infinity])
						.toArray()
				]);
				return {
					reviewsToday,
					newStartedToday,
					reviewTimes: recent.map((r) => r.reviewedAt),
					studyTimes: activityTimes(activity)
				};
			});
		}
	};
}
export type ExamHistoryRepo = ReturnType<typeof createExamHistoryRepo>;
