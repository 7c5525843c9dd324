/** What the per-exam progress screen reads, as a live query: it re-runs whenever any tab writes. */
import { liveQuery } from 'dexie';
import { activityTimes } from '$lib/domain/progress/activity';
import { isCardReview } from '$lib/domain/records/review';
import type { ItemStat } from '$lib/domain/attempt/types';
import type { AttemptRow, ProgressRow, VitalsDatabase } from './database';
import { PACE_REVIEWS } from './exam-history-repo';

export interface ExamStats {
	progress: ProgressRow[];
	/** When each card review and each quiz answer happened (for the streak and the heatmap). */
	activity: number[];
	itemStats: ItemStat[];
	/** Submitted exam simulations, oldest first. */
	exams: AttemptRow[];
	/** Items first studied since the start of today (they count against the daily new limit). */
	newStartedToday: number;
	/** Reviews since the start of today, and when the latest ones happened (exam mode's budget and pace). */
	reviewsToday: number;
	reviewTimes: number[];
}

export function createStatsRepo(db: VitalsDatabase) {
	const range = (bankId: string): [[string, number], [string, number]] => [
		[bankId, -Infinity],
		[bankId, Infinity]
	];

	async function load(bankId: string, dayStart: number): Promise<ExamStats> {
		const [lo, hi] = range(bankId);
		const today = () => db.reviews.where('[bankId+reviewedAt]').between([bankId, dayStart], hi);
		const [progress, activity, itemStats, attempts, newStartedToday, reviewsToday, recent] =
			await Promise.all([
				db.progress.where('bankId').equals(bankId).toArray(),
				// The quarter-hour summary, not a year of reviews: a few thousand rows at most.
				db.activity.where('[bankId+quarter]').between(lo, hi).toArray(),
				db.itemStats.where('bankId').equals(bankId).toArray(),
				db.attempts.where('[bankId+startedAt]').between(lo, hi).toArray(),
				today()
					.filter((r) => isCardReview(r) && (r.before === null || r.before.state === 'new'))
					.count(),
				// The plan's budget and pace are the flashcards': quiz and exam answers feed memory, not the budget.
				today().filter(isCardReview).count(),
				db.reviews
					.where('[bankId+reviewedAt]')
					.between(lo, hi)
					.reverse()
					.filter(isCardReview)
					.limit(PACE_REVIEWS)
					.toArray()
			]);
		return {
			progress,
			activity: activityTimes(activity),
			itemStats,
			exams: attempts.filter((a) => a.kind === 'exam' && a.status === 'submitted' && a.score),
			newStartedToday,
			reviewsToday,
			reviewTimes: recent.map((r) => r.reviewedAt)
		};
	}

	return {
		/** The same figures once, not watched (readiness as an exam simulation starts). */
		read: load,
		/** Calls `onChange` now and after every change from any tab. Returns a stop function. */
		watch(
			bankId: string,
			dayStart: number,
			onChange: (s: ExamStats) => void,
			onError: (e: unknown) => void
		): () => void {
			const sub = liveQuery(() => load(bankId, dayStart)).subscribe({ next: onChange, error: onError });
			return () => sub.unsubscribe();
		}
	};
}
export type StatsRepo = ReturnType<typeof createStatsRepo>;
