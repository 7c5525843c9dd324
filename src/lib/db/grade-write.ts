/**
 * Stores one flashcard grade: the card's new state, a review-log row and its activity mark, in one
 * transaction. Given the state the screen assumed, the writes and the commit leave at once, before the page
 * does anything else, so a tab or browser that dies once the next card shows still has the grade. The
 * transaction still reads the stored state (its reads run before its writes): when that is not what was
 * assumed (another tab graded the card or marked the same quarter-hour), a second transaction recomputes
 * the card from its review log and recounts the mark, so two tabs never lose each other's reviews.
 */
import { MEMORY_FIELDS, sameMemory, type Grade, type Memory } from '$lib/domain/study/scheduling';
import { QUARTER_MS, type ActivityRow } from '$lib/domain/progress/activity';
import { isCardReview } from '$lib/domain/records/review';
import { activityKey } from './activity-store';
import type { ProgressRow, ReviewRow, VitalsDatabase } from './database';

export interface GradeInput {
	itemId: string;
	/** The bank or deck being studied (for the log). */
	bankId: string;
	/** The bank the item belongs to, when it differs (a bank item studied inside a deck). */
	homeBankId?: string;
	grade: Grade;
	reviewedAt: number;
	/** The card's state as the screen has it (null: new). Without it, the writes wait for the read. */
	assumed?: Memory | null;
	/** The state after `grade` at `at`, from `current` (also used to redo later grades of the card). */
	schedule: (current: Memory | null, at: number, grade: Grade) => Memory;
}

export interface GradeResult {
	reviewId: number;
	before: Memory | null;
	after: Memory;
}

export function toMemory(row: ProgressRow): Memory {
	return Object.fromEntries(MEMORY_FIELDS.map((f) => [f, row[f]])) as unknown as Memory;
}

export function createGradeWriter(db: VitalsDatabase) {
	/** Activity counts this tab last wrote, so the next grade in that quarter-hour need not read first. */
	const knownCounts = new Map<string, number>();
	const countKey = ([bankId, quarter]: [string, number]) => `${bankId}\u0000${quarter}`;

	async function record(input: GradeInput): Promise<GradeResult> {
		const { homeBankId, schedule, assumed, ...log } = input;
		const quarter = activityKey(log.bankId, log.reviewedAt);
		const key = countKey(quarter);
		const written = await db
			.transaction('rw', db.progress, db.reviews, db.activity, async (tx) => {
				const reads = Promise.all([db.progress.get(log.itemId), db.activity.get(quarter)]);
				let before: Memory | null;
				let count: number;
				let home = homeBankId ?? log.bankId;
				if (assumed !== undefined) {
					before = assumed;
					// Not known (this tab has not marked this quarter-hour yet): assume none, recount if wrong.
					count = knownCounts.get(key) ?? 0;
				} else {
					const [row, mark] = await reads;
					before = row ? toMemory(row) : null;
					count = mark?.count ?? 0;
					home = homeBankId ?? row?.bankId ?? log.bankId;
				}
				const after = schedule(before, log.reviewedAt, log.grade);
				const writes = Promise.all([
					db.progress.put({ ...after, itemId: log.itemId, bankId: home }),
					db.reviews.add({ ...log, before, after, source: 'card' }),
					db.activity.put({ bankId: quarter[0], quarter: quarter[1], count: count + 1 })
				]);
				knownCounts.set(key, count + 1);
				// Commit now rather than once the writes' replies are back in this page. A write Dexie
				// refused on the spot has rejected by the next microtask; then nothing is committed.
				let refused = false;
				writes.catch(() => (refused = true));
				await Promise.resolve();
				if (!refused && 'commit' in tx.idbtrans) tx.idbtrans.commit();
				const [[row, mark], [, reviewId]] = await Promise.all([reads, writes]);
				return {
					result: { reviewId: reviewId as number, before, after },
					stored: row,
					home: homeBankId ?? row?.bankId ?? home,
					cardStale: !sameMemory(row ? toMemory(row) : null, before) || (row?.bankId ?? home) !== home,
					countStale: (mark?.count ?? 0) !== count
				};
			})
			.catch((e: unknown) => {
				knownCounts.delete(key);
				throw e;
			});
		if (!written.cardStale && !written.countStale) return written.result;
		return db.transaction('rw', db.progress, db.reviews, db.activity, db.answers, async () => {
			const result = written.cardStale
				? await redo(log.itemId, written.result.reviewId, written.home, written.stored, schedule)
				: written.result;
			await recount(quarter);
			return result;
		});
	}

	/**
	 * Redoes the card from this grade on, each grade applied to the state the one before it left (the
	 * previous log row's `after`, or what was stored when this grade was written).
	 */
	async function redo(
		itemId: string,
		reviewId: number,
		home: string,
		storedBefore: ProgressRow | undefined,
		schedule: GradeInput['schedule']
	): Promise<GradeResult> {
		const log = await db.reviews.where('itemId').equals(itemId).sortBy('id');
		const from = log.findIndex((r) => r.id === reviewId);
		if (from < 0) throw new Error('This grade was undone before it could be stored.');
		let state: Memory | null = from > 0 ? log[from - 1]!.after : storedBefore ? toMemory(storedBefore) : null;
		let mine: GradeResult = { reviewId, before: null, after: log[from]!.after };
		for (const review of log.slice(from)) {
			const before = state;
			const after = schedule(before, review.reviewedAt, review.grade);
			if (!sameMemory(review.before, before) || !sameMemory(review.after, after))
				await db.reviews.put({ ...review, before, after } satisfies ReviewRow);
			if (review.id === reviewId) mine = { reviewId, before, after };
			state = after;
		}
		await db.progress.put({ ...state!, itemId, bankId: home });
		return mine;
	}

	/** Sets a quarter-hour's mark to the card reviews and answers stored in it. */
	async function recount(quarter: [string, number]): Promise<void> {
		const [bankId, q] = quarter;
		const lo = q * QUARTER_MS;
		const hi = lo + QUARTER_MS;
		const [reviews, answers] = await Promise.all([
			db.reviews
				.where('[bankId+reviewedAt]')
				.between([bankId, lo], [bankId, hi], true, false)
				.filter(isCardReview)
				.count(),
			db.answers.where('[bankId+answeredAt]').between([bankId, lo], [bankId, hi], true, false).count()
		]);
		const count = reviews + answers;
		if (count > 0) await db.activity.put({ bankId, quarter: q, count } satisfies ActivityRow);
		else await db.activity.delete(quarter);
		knownCounts.set(countKey(quarter), count);
	}

	return {
		record,
		/** Another write changed a quarter-hour's mark (an undo): the next grade there is recounted. */
		forget(bankId: string, at: number): void {
			knownCounts.delete(countKey(activityKey(bankId, at)));
		}
	};
}
