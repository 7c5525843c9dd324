/**
 * Scores answered questions into the item history and, as retrievals, into the items' one FSRS memory
 * (domain/schedule/quiz-retrieval.ts: wrong = Again, right = Good, at most one update per item per day),
 * with a review-log row naming the source. Runs inside the caller's transaction (which must include
 * itemStats, progress and reviews): a 200-item exam is two bulk reads and three bulk writes, no per-item
 * round trip.
 */
import type { AnswerRecord, ItemStat } from '$lib/domain/attempt/types';
import { nextItemStat } from '$lib/domain/attempt/scoring';
import type { ReviewSource } from '$lib/domain/records/review';
import { mcqRetrieval } from '$lib/domain/schedule/quiz-retrieval';
import { isTrainerAttempt } from '$lib/domain/strip/trainer-sets';
import type { Scheduler } from '$lib/domain/study/scheduling';
import { toMemory } from './grade-write';
import type { ProgressRow, ReviewRow, VitalsDatabase } from './database';

/** What turns an answer into a memory update: the student's scheduler and their calendar's days. */
export interface MemoryFeed {
	scheduler: Scheduler;
	/** The local day number of an instant (calendar.ts `dayResolver`). */
	dayOf: (at: number) => number;
}

export async function recordRetrievals(
	db: VitalsDatabase,
	answers: readonly AnswerRecord[],
	at: number,
	source: Exclude<ReviewSource, 'card'>,
	feed: MemoryFeed
): Promise<void> {
	if (answers.length === 0) return;
	const ids = answers.map((a) => a.itemId);
	const [stats, rows] = await Promise.all([db.itemStats.bulkGet(ids), db.progress.bulkGet(ids)]);
	const nextStats: ItemStat[] = [];
	const memories: ProgressRow[] = [];
	const reviews: Omit<ReviewRow, 'id'>[] = [];
	answers.forEach((a, i) => {
		const stat = stats[i];
		const row = rows[i];
		const before = row ? toMemory(row) : null;
		const next = { ...nextItemStat(stat, a, a.correct, at), flagged: a.flagged || !!stat?.flagged };
		nextStats.push(next);
		// A clock set back behind the item's last review: FSRS cannot grade a negative interval, and the
		// answer must still be stored, so this one leaves the memory as it is.
		if (before?.lastReview != null && at < before.lastReview) return;
		const retrieval = mcqRetrieval({
			memory: before,
			lastMcqUpdateDay: stat?.lastMcqDay ?? null,
			correct: a.correct,
			now: at,
			dayOf: feed.dayOf,
			scheduler: feed.scheduler
		});
		if (retrieval.kind === 'update') {
			next.lastMcqDay = retrieval.day;
			// The item stays in its own bank; an item never studied joins the bank its answer names.
			memories.push({ ...retrieval.memory, itemId: a.itemId, bankId: row?.bankId ?? a.bankId });
			reviews.push({
				itemId: a.itemId,
				bankId: a.bankId,
				grade: retrieval.grade,
				reviewedAt: at,
				before,
				after: retrieval.memory,
				source
			});
		}
	});
	await Promise.all([
		db.itemStats.bulkPut(nextStats),
		db.progress.bulkPut(memories),
		db.reviews.bulkAdd(reviews)
	]);
}

/** Where an attempt's answers come from, for the review log. */
export function retrievalSource(attempt: {
	kind: 'quiz' | 'exam';
	title: string;
	itemIds: readonly string[];
}): Exclude<ReviewSource, 'card'> {
	if (attempt.kind === 'exam') return 'exam';
	return isTrainerAttempt(attempt) ? 'trainer' : 'quiz';
}
