/**
 * A flashcard session for one bank: wires the study queue and FSRS (domain) to progress storage (db) and
 * the flashcard screen. `now` comes from a clock function so tests can fix it.
 */
import { repositories, writeErrorMessage } from '$lib/db';
import type { Bank, BankItem } from '$lib/domain/bank/schema';
import {
	createScheduler,
	type Grade,
	type GradeOutcome,
	type Memory,
	newMemory
} from '$lib/domain/study/scheduling';
import { startOfDay } from '$lib/domain/calendar';
import { countQueue, nextDueAt, nextItem, type QueueCounts } from '$lib/domain/study/queue';
import { localTimeZone } from '../time-zone';

export type Clock = () => number;

interface Undoable {
	/** Resolves to the review-log id once the grading is stored (null if the write failed). */
	saved: Promise<number | null>;
	itemId: string;
	wasNew: boolean;
}

export class StudySession {
	#bank = $state<Bank | null>(null);
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
	/**
	 * Gradings are shown at once and stored in order behind the screen: the next card never waits for
	 * IndexedDB, and fast key presses are never dropped. Undo waits for the queue.
	 */
	#writes: Promise<unknown> = Promise.resolve();
	constructor(clock: Clock = Date.now) {
		this.#clock = clock;
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
		return this.#bank.items.find((i) => i.id === this.#currentId) ?? null;
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

	async start(bank: Bank, options: { dailyNewLimit: number; desiredRetention: number }): Promise<void> {
		this.#bank = bank;
		this.#itemIds = bank.items.map((i) => i.id);
		this.#dailyNewLimit = options.dailyNewLimit;
		this.#scheduler = createScheduler({ desiredRetention: options.desiredRetention });
		this.#now = this.#clock();
		const repo = repositories().progress;
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

	grade(grade: Grade): Promise<void> {
		const item = this.current;
		const bank = this.#bank;
		if (!item || !this.#revealed || !bank) return Promise.resolve();
		const now = this.#clock();
		const scheduler = this.#scheduler;
		const before = this.#memories.get(item.id) ?? null;
		const optimistic = scheduler.grade(before ?? newMemory(now), now, grade).memory;
		const wasNew = !before || before.state === 'new';

		this.#error = null;
		this.#memories = new Map(this.#memories).set(item.id, optimistic);
		if (wasNew) this.#newStartedToday++;
		this.#reviewedThisSession++;
		this.#now = now;
		this.#pickNext(item.id);

		const saved = this.#enqueue(async () => {
			try {
				// The grade applies to the state stored now (another tab may have graded this card meanwhile).
				const { reviewId, after } = await repositories().progress.recordGradeLatest({
					itemId: item.id,
					bankId: bank.id,
					...(item.bankId && item.bankId !== bank.id ? { homeBankId: item.bankId } : {}),
					grade,
					reviewedAt: now,
					schedule: (current) => scheduler.grade(current ?? newMemory(now), now, grade).memory
				});
				if (after.due !== optimistic.due || after.reps !== optimistic.reps) {
					this.#memories = new Map(this.#memories).set(item.id, after);
				}
				return reviewId;
			} catch (e) {
				// Not stored: put the card back as it was, so what the screen shows is what is saved.
				const memories = new Map(this.#memories);
				if (before) memories.set(item.id, before);
				else memories.delete(item.id);
				this.#memories = memories;
				if (wasNew) this.#newStartedToday--;
				this.#reviewedThisSession = Math.max(0, this.#reviewedThisSession - 1);
				this.#error = writeErrorMessage(e, 'Your answer was not saved');
				return null;
			}
		});
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
			const review = await this.#enqueue(() => repositories().progress.undoGrade(reviewId));
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

	/** Resolves when every grading so far is stored (tests and page unload use it). */
	settled(): Promise<unknown> {
		return this.#writes;
	}

	#enqueue<T>(write: () => Promise<T>): Promise<T> {
		const next = this.#writes.then(write, write);
		this.#writes = next.catch(() => undefined);
		return next;
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
