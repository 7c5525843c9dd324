/** What the per-exam progress screen reads, as a live query: it re-runs whenever any tab writes. */
import { liveQuery } from 'dexie';
import type { ItemStat } from '$lib/domain/attempt-types';
import type { AttemptRow, ProgressRow, VitalsDatabase } from './database';

export interface ExamStats {
	progress: ProgressRow[];
	/** When each card review and each quiz answer happened (for the streak and the heatmap). */
	activity: number[];
	itemStats: ItemStat[];
	/** Submitted exam simulations, oldest first. */
	exams: AttemptRow[];
	/** Items first studied since the start of today (they count against the daily new limit). */
	newStartedToday: number;
}

export function createStatsRepo(db: VitalsDatabase) {
	const range = (bankId: string): [[string, number], [string, number]] => [
		[bankId, -Infinity],
		[bankId, Infinity]
	];

	async function load(bankId: string, dayStart: number): Promise<ExamStats> {
		const [lo, hi] = range(bankId);
		const [progress, reviewKeys, answerKeys, itemStats, attempts, newStartedToday] = await Promise.all([
			db.progress.where('bankId').equals(bankId).toArray(),
			// Index keys only: a year of reviews is read without deserialising every row.
			db.reviews.where('[bankId+reviewedAt]').between(lo, hi).keys(),
			db.answers.where('[bankId+answeredAt]').between(lo, hi).keys(),
			db.itemStats.where('bankId').equals(bankId).toArray(),
			db.attempts.where('[bankId+startedAt]').between(lo, hi).toArray(),
			db.reviews
				.where('[bankId+reviewedAt]')
				.between([bankId, dayStart], hi)
				.filter((r) => r.before === null || r.before.state === 'new')
				.count()
		]);
		const at = (k: unknown) => (k as [string, number])[1];
		return {
			progress,
			activity: [...reviewKeys.map(at), ...answerKeys.map(at)],
			itemStats,
			exams: attempts.filter((a) => a.kind === 'exam' && a.status === 'submitted' && a.score),
			newStartedToday
		};
	}

	return {
		load,
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
