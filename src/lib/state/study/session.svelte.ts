/**
 * A flashcard session for one bank: wires the study queue and FSRS (domain) to progress storage (db) and
 * the flashcard screen. The repository and the clock come in as options, so tests can give their own.
 */
import { repositories, writeErrorMessage } from '$lib/db';
import type { ProgressRepo } from '$lib/db/progress-repo';
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

export interface StudySessionOptions {
	/** Defaults to the app's repository, opened on first use (never during prerender). */
	progress?: ProgressRepo;
	clock?: Clock;
}

interface Undoable {
	/** The stored review-log row of the grading. */
	reviewId: number;
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
	#repo: () => ProgressRepo;
	/** A grade is being stored; not reactive, so nothing re-renders for it. */
	#grading = false;
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
	 * Stores the grade, then shows the next card: a browser killed once the next card shows has the grade.
	 * Presses while it is being stored are ignored (the card on screen is still the one being graded).
	 */
	async grade(grade: Grade): Promise<void> {
		const item = this.current;
		const bank = this.#bank;
		if (!item || !this.#revealed || !bank || this.#grading || this.#busy) return;
		this.#grading = true;
		const now = this.#clock();
		const scheduler = this.#scheduler;
		try {
			// The grade applies to the state stored now (another tab may have graded this card meanwhile).
			const { reviewId, before, after } = await this.#repo().recordGradeLatest({
				itemId: item.id,
				bankId: bank.id,
				...(item.bankId && item.bankId !== bank.id ? { homeBankId: item.bankId } : {}),
				grade,
				reviewedAt: now,
				schedule: (current) => scheduler.grade(current ?? newMemory(now), now, grade).memory
			});
			const wasNew = !before || before.state === 'new';
			this.#error = null;
			this.#memories = new Map(this.#memories).set(item.id, after);
			if (wasNew) this.#newStartedToday++;
			this.#reviewedThisSession++;
			this.#now = now;
			this.#lastGraded = { reviewId, itemId: item.id, wasNew };
			this.#pickNext(item.id);
		} catch (e) {
			// Not stored: the card stays, answer showing, so the student can grade it again.
			this.#error = writeErrorMessage(e, 'Your answer was not saved');
		} finally {
			this.#grading = false;
		}
	}

	/** Takes back the last grading: the card returns with its previous schedule. */
	async undo(): Promise<void> {
		const last = this.#lastGraded;
		if (!last || this.#busy || this.#grading) return;
		this.#busy = true;
		this.#lastGraded = null;
		try {
			const review = await this.#repo().undoGrade(last.reviewId);
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
