/**
 * A flashcard session for one bank: wires the study queue and FSRS (domain) to progress storage (db) and
 * the flashcard screen. The repository and the clock come in as options, so tests can give their own.
 */
import { repositories, writeErrorMessage } from '$lib/db';
import type { ProgressRepo } from '$lib/db/progress-repo';
import type { Bank, BankItem } from '$lib/domain/bank/schema';
import {
	createScheduler,
	type FsrsWeights,
	type Grade,
	type GradeOutcome,
	type Memory,
	newMemory,
	sameMemory
} from '$lib/domain/study/scheduling';
import { startOfDay } from '$lib/domain/calendar';
import { countQueue, nextDueAt, nextItem, type QueueCounts } from '$lib/domain/study/queue';
import { localTimeZone } from '../time-zone';

export type Clock = () => number;

export interface StudySessionOptions {
	/** Defaults to the app's repository, opened on first use (never during prerender). */
	progress?: ProgressRepo;
	clock?: Clock;
}

interface Undoable {
	/** Resolves to the review-log id once the grading is stored (null if the write failed). */
	saved: Promise<number | null>;
	itemId: string;
	wasNew: boolean;
}

export class StudySession {
	// Raw: a bank is replaced, never edited, and a deep proxy would make every card lookup slow.
	#bank = $state.raw<Bank | null>(null);
	#itemsById = new Map<string, BankItem>();
	#memories = $state.raw<Map<string, Memory>>(new Map());
	#currentId = $state<string | null>(null);
	#revealed = $state(false);
	#newStartedToday = $state(0);
	#lastGraded = $state<Undoable | null>(null);
	#busy = $state(false);
	#error = $state<string | null>(null);
	#reviewedThisSession = $state(0);
	#now = $state(0);
	#dailyNewLimit = 20;
	#scheduler = createScheduler({ desiredRetention: 0.9 });
	#itemIds: string[] = [];
	#clock: Clock;
	#repo: () => ProgressRepo;
	constructor({ progress, clock = Date.now }: StudySessionOptions = {}) {
		this.#clock = clock;
		this.#repo = progress ? () => progress : () => repositories().progress;
	}

	get bank() {
		return this.#bank;
	}
	get revealed() {
		return this.#revealed;
	}
	get busy() {
		return this.#busy;
	}
	get error() {
		return this.#error;
	}
	get reviewedThisSession() {
		return this.#reviewedThisSession;
	}
	get canUndo() {
		return this.#lastGraded !== null;
	}
	get current(): BankItem | null {
		if (!this.#bank || !this.#currentId) return null;
		return this.#itemsById.get(this.#currentId) ?? null;
	}
	get counts(): QueueCounts {
		return countQueue({
			itemIds: this.#itemIds,
			memories: this.#memories,
			now: this.#now,
			newRemaining: this.#dailyNewLimit - this.#newStartedToday
		});
	}
	/** What each grade would schedule for the current item, for the button labels. */
	get preview(): Record<Grade, GradeOutcome> | null {
		const id = this.#currentId;
		if (!id) return null;
		return this.#scheduler.preview(this.#memories.get(id) ?? newMemory(this.#now), this.#now);
	}
	get nextDueAt(): number | null {
		return nextDueAt(this.#itemIds, this.#memories);
	}

	async start(
		bank: Bank,
		options: { dailyNewLimit: number; desiredRetention: number; fsrsParameters?: FsrsWeights }
	): Promise<void> {
		this.#itemsById = new Map(bank.items.map((i) => [i.id, i]));
		this.#bank = bank;
		this.#itemIds = bank.items.map((i) => i.id);
		this.#dailyNewLimit = options.dailyNewLimit;
		this.#scheduler = createScheduler({
			desiredRetention: options.desiredRetention,
			parameters: options.fsrsParameters ?? null
		});
		this.#now = this.#clock();
		const repo = this.#repo();
		const dayStart = startOfDay(this.#now, localTimeZone());
		const [memories, newStarted] = await Promise.all([
			repo.forItems(this.#itemIds),
			repo.newStartedSince(bank.id, dayStart)
		]);
		this.#memories = memories;
		this.#newStartedToday = newStarted;
		this.#pickNext();
	}

	reveal(): void {
		if (this.#currentId) this.#revealed = true;
	}

	/**
	 * Grades the card and shows the next one at once. The write leaves first: its commit is issued before
	 * the next card is drawn and needs nothing more from this page, so a browser killed once the next card
	 * shows keeps the grade. If it fails, the card is put back as it was and the error says so.
	 */
	grade(grade: Grade): Promise<void> {
		const item = this.current;
		const bank = this.#bank;
		if (!item || !this.#revealed || !bank || this.#busy) return Promise.resolve();
		const now = this.#clock();
		const scheduler = this.#scheduler;
		const before = this.#memories.get(item.id) ?? null;
		const stored = this.#repo().recordGradeLatest({
			itemId: item.id,
			bankId: bank.id,
			...(item.bankId && item.bankId !== bank.id ? { homeBankId: item.bankId } : {}),
			grade,
			reviewedAt: now,
			assumed: before,
			schedule: (current, at, g) => scheduler.grade(current ?? newMemory(at), at, g).memory
		});
		const optimistic = scheduler.grade(before ?? newMemory(now), now, grade).memory;
		const wasNew = !before || before.state === 'new';
		this.#error = null;
		this.#memories = new Map(this.#memories).set(item.id, optimistic);
		if (wasNew) this.#newStartedToday++;
		this.#reviewedThisSession++;
		this.#now = now;
		this.#pickNext(item.id);

		const saved = stored.then(
			({ reviewId, after }) => {
				// Another tab had graded this card: the stored state is the one that counts.
				if (!sameMemory(after, optimistic)) this.#memories = new Map(this.#memories).set(item.id, after);
				return reviewId;
			},
			(e: unknown) => {
				const memories = new Map(this.#memories);
				if (before) memories.set(item.id, before);
				else memories.delete(item.id);
				this.#memories = memories;
				if (wasNew) this.#newStartedToday--;
				this.#reviewedThisSession = Math.max(0, this.#reviewedThisSession - 1);
				if (this.#lastGraded?.saved === saved) this.#lastGraded = null;
				this.#error = writeErrorMessage(e, 'Your answer was not saved');
				return null;
			}
		);
		this.#lastGraded = { saved, itemId: item.id, wasNew };
		return saved.then(() => undefined);
	}

	/** Takes back the last grading: the card returns with its previous schedule. */
	async undo(): Promise<void> {
		const last = this.#lastGraded;
		if (!last || this.#busy) return;
		this.#busy = true;
		this.#lastGraded = null;
		try {
			const reviewId = await last.saved;
			if (reviewId === null) return;
			const review = await this.#repo().undoGrade(reviewId);
			const memories = new Map(this.#memories);
			if (review?.before) memories.set(last.itemId, review.before);
			else memories.delete(last.itemId);
			this.#memories = memories;
			if (last.wasNew) this.#newStartedToday--;
			this.#reviewedThisSession = Math.max(0, this.#reviewedThisSession - 1);
			this.#currentId = last.itemId;
			this.#revealed = true;
		} catch (e) {
			this.#error = writeErrorMessage(e, 'The grade was not undone');
		} finally {
			this.#busy = false;
		}
	}

	#pickNext(justGraded?: string): void {
		this.#revealed = false;
		this.#currentId = nextItem({
			itemIds: this.#itemIds,
			memories: this.#memories,
			now: this.#now,
			newRemaining: this.#dailyNewLimit - this.#newStartedToday,
			...(justGraded ? { skip: new Set([justGraded]) } : {})
		});
	}
}
