/**
 * Quiz and exam attempts: every answer is saved as it is given; submitting scores the answers into item
 * history and the items' FSRS memory (retrieval-write.ts) atomically.
 */
import type { AnswerRecord, AttemptRecord, AttemptScore, ItemStat } from '$lib/domain/attempt/types';
import { emptyItemStat } from '$lib/domain/attempt/scoring';
import { bumpActivity } from './activity-store';
import type { AttemptRow, VitalsDatabase } from './database';
import { recordRetrievals, retrievalSource, type MemoryFeed } from './retrieval-write';

export type { MemoryFeed };

export function createAttemptRepo(db: VitalsDatabase) {
	return {
		async create(attempt: AttemptRecord): Promise<number> {
			return db.transaction('rw', db.attempts, () => db.attempts.add(attempt));
		},

		async get(id: number): Promise<AttemptRow | undefined> {
			return db.attempts.get(id);
		},

		async answers(attemptId: number): Promise<AnswerRecord[]> {
			return db.answers.where('attemptId').equals(attemptId).toArray();
		},

		/** The unfinished attempt of a bank, if any (the newest). */
		async active(bankId: string): Promise<AttemptRow | undefined> {
			const rows = await db.attempts.where('status').equals('active').toArray();
			return rows.filter((r) => r.bankId === bankId).sort((a, b) => b.startedAt - a.startedAt)[0];
		},

		async history(bankId: string): Promise<AttemptRow[]> {
			return db.attempts
				.where('[bankId+startedAt]')
				.between([bankId, -Infinity], [bankId, Infinity])
				.filter((a) => a.status === 'submitted')
				.toArray();
		},

		/**
		 * Saves one answer (or flag) and where the student is. Tutor-mode answers (and the trainer's) are final,
		 * so they also count now, in item history and memory; other modes count at submit.
		 */
		async saveAnswer(
			answer: AnswerRecord,
			position: { currentIndex: number; final: boolean },
			feed: MemoryFeed
		): Promise<void> {
			const tables = [db.attempts, db.answers, db.itemStats, db.activity, db.progress, db.reviews];
			await db.transaction('rw', tables, async () => {
				const attempt = await db.attempts.get(answer.attemptId);
				if (!attempt || attempt.status !== 'active')
					throw new Error('This attempt has already been submitted.');
				// Activity follows the stored answer: a changed answer moves its mark to the new time.
				const earlier = await db.answers.get([answer.attemptId, answer.itemId]);
				if (earlier) await bumpActivity(db, earlier.bankId, earlier.answeredAt, -1);
				await bumpActivity(db, answer.bankId, answer.answeredAt, 1);
				await db.answers.put(answer);
				await db.attempts.update(answer.attemptId, { currentIndex: position.currentIndex });
				if (position.final && answer.choice !== null)
					await recordRetrievals(db, [answer], answer.answeredAt, retrievalSource(attempt), feed);
			});
		},

		async setPosition(attemptId: number, currentIndex: number): Promise<void> {
			await db.transaction('rw', db.attempts, () => db.attempts.update(attemptId, { currentIndex }));
		},

		/**
		 * Flags or unflags one question of an attempt, before or after submit, in its answer row (made with no
		 * choice when the question was not answered) and in the item's history, both or neither. Returns the row.
		 */
		async setFlag(
			attemptId: number,
			item: { itemId: string; bankId: string; domain: string },
			flagged: boolean,
			at: number
		): Promise<AnswerRecord> {
			return db.transaction('rw', db.attempts, db.answers, db.itemStats, db.activity, async () => {
				const attempt = await db.attempts.get(attemptId);
				if (!attempt?.itemIds.includes(item.itemId))
					throw new Error('That question is not part of this quiz or exam.');
				const earlier = await db.answers.get([attemptId, item.itemId]);
				const answer: AnswerRecord = earlier
					? { ...earlier, flagged }
					: { attemptId, ...item, choice: null, correct: false, answeredAt: at, flagged };
				// Activity counts every answer row (a restore rebuilds it from them), so a new row counts too.
				if (!earlier) await bumpActivity(db, answer.bankId, at, 1);
				await db.answers.put(answer);
				const stat = await db.itemStats.get(item.itemId);
				await db.itemStats.put({ ...(stat ?? emptyItemStat(item)), flagged });
				return answer;
			});
		},

		/**
		 * Closes an attempt with its score. Answers not yet counted (test and exam modes) update item history
		 * and memory here, as retrievals at the submission time, in the same transaction, so a crash never
		 * leaves a half-scored attempt.
		 */
		async submit(
			attemptId: number,
			score: AttemptScore,
			submittedAt: number,
			feed: MemoryFeed
		): Promise<void> {
			const tables = [db.attempts, db.answers, db.itemStats, db.progress, db.reviews];
			await db.transaction('rw', tables, async () => {
				const attempt = await db.attempts.get(attemptId);
				if (!attempt || attempt.status !== 'active') return;
				if (attempt.mode !== 'tutor') {
					const answers = await db.answers.where('attemptId').equals(attemptId).toArray();
					const answered = answers.filter((a) => a.choice !== null);
					await recordRetrievals(db, answered, submittedAt, retrievalSource(attempt), feed);
				}
				await db.attempts.update(attemptId, { status: 'submitted', submittedAt, score });
			});
		},

		async itemStats(bankId: string): Promise<Map<string, ItemStat>> {
			const rows = await db.itemStats.where('bankId').equals(bankId).toArray();
			return new Map(rows.map((r) => [r.itemId, r]));
		}
	};
}
export type AttemptRepo = ReturnType<typeof createAttemptRepo>;
