/**
 * A flashcard session for one bank: wires the study queue and FSRS (domain) to progress storage (db) and
 * the flashcard screen. The repository and the clock come in as options, so tests can give their own.
 */
import { repositories, writeErrorMessage } from '$lib/db';
import type { ExamHistoryRepo } from '$lib/db/exam-history-repo';
import type { ProgressRepo } from '$lib/db/progress-repo';
import type { Bank, BankItem } from '$lib/domain/bank/schema';
import {
	createScheduler,
	type FsrsWeights,
	type Grade,
	type GradeOutcome,
	type Memory,
	newMemory,
	memoryModel,
	sameMemory
} from '$lib/domain/study/scheduling';
import { dayResolver, parseDayKey, startOfDay } from '$lib/domain/calendar';
import type { StudyBudgetSetting } from '$lib/domain/records/settings';
import { ATTENDANCE_WINDOW_DAYS, planBank, type BankHistory } from '$lib/domain/schedule/bank-plan';
import type { ExamPlan } from '$lib/domain/schedule/exam-plan';
import { examLeftToday, nextExamItem, studyMode } from '$lib/domain/schedule/exam-queue';
import { planShortfall } from '$lib/domain/schedule/plan-summary';
import { countQueue, nextDueAt, nextItem, type QueueCounts } from '$lib/domain/study/queue';
import { localTimeZone } from '../time-zone';

export type Clock = () => number;

export interface StudySessionOptions {
	/** Defaults to the app's repository, opened on first use (never during prerender). */
	progress?: ProgressRepo;
	/** Defaults to the app's repository; read once per session start in exam mode. */
	history?: ExamHistoryRepo;
	clock?: Clock;
}

export interface StudyOptions {
	dailyNewLimit: number;
	desiredRetention: number;
	/** The bank's exam date as YYYY-MM-DD; before it, the queue follows the exam plan. */
	examDate?: string | null;
	examTargetRecall?: number;
	studyBudget?: StudyBudgetSetting;
	/** The student's fitted FSRS weights; absent = ts-fsrs's defaults. */
	fsrsParameters?: FsrsWeights;
}

/** What the study screen shows in exam mode. */
export interface ExamStatus {
	daysLeft: number;
	/** Reviews of this bank today, and the reviews today's plan holds (done and still to do). */
	done: number;
	planned: number;
	left: number;
	predictedRecall: number;
	/** When the budget cannot reach the target: by how much, in words. */
	shortfall: string | null;
	/** The student chose to go on after today's plan was done: plain FSRS, beyond the plan. */
	beyondPlan: boolean;
}

const DAY_MS = 86_400_000;

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
	// Exam mode: the day's plan, made at the start (and again if the session runs past midnight).
	#plan = $state.raw<ExamPlan | null>(null);
	#replan: ((today: number) => ExamPlan) | null = null;
	#reviewedToday = $state(0);
	#beyondPlan = $state(false);
	#dayOf: (at: number) => number = dayResolver(localTimeZone());
	#clock: Clock;
	#repo: () => ProgressRepo;
	#history: () => ExamHistoryRepo;
	constructor({ progress, history, clock = Date.now }: StudySessionOptions = {}) {
		this.#clock = clock;
		this.#repo = progress ? () => progress : () => repositories().progress;
		this.#history = history ? () => history : () => repositories().examHistory;
	}

	/** 'exam' while the bank's exam date is ahead: the queue follows the plan. */
	get mode(): 'exam' | 'plain' {
		return this.#plan ? 'exam' : 'plain';
	}
	get examStatus(): ExamStatus | null {
		const plan = this.#plan;
		if (!plan) return null;
		const left = examLeftToday({
			plan,
			memories: this.#memories,
			dayOf: this.#dayOf,
			reviewedToday: this.#reviewedToday
		});
		return {
			daysLeft: plan.daysLeft,
			done: this.#reviewedToday,
			planned: plan.todayPlanned,
			left,
			predictedRecall: plan.predictedRecall,
			shortfall: planShortfall(plan),
			beyondPlan: this.#beyondPlan
		};
	}
	/** Today's plan, for the screen's chart and tests. */
	get plan(): ExamPlan | null {
		return this.#plan;
	}

	/** After today's plan is done: go on with plain FSRS (due cards, then new ones up to the daily limit). */
	studyBeyondPlan(): void {
		if (!this.#plan || this.#beyondPlan) return;
		this.#beyondPlan = true;
		this.#pickNext();
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

	async start(bank: Bank, options: StudyOptions): Promise<void> {
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
		this.#plan = null;
		this.#replan = null;
		this.#beyondPlan = false;
		this.#reviewedToday = 0;
		const examDay = options.examDate ? parseDayKey(options.examDate) : null;
		const today = this.#dayOf(this.#now);
		if (studyMode(today, examDay) === 'exam' && examDay !== null) {
			const since = dayStart - ATTENDANCE_WINDOW_DAYS * DAY_MS;
			const history = await this.#history().forBank(bank.id, dayStart, since);
			this.#startExamMode(bank, examDay, options, history);
		}
		this.#pickNext();
	}

	/** Plans the day once, here, so a grade only walks today's queue (off the grading path). */
	#startExamMode(bank: Bank, examDay: number, options: StudyOptions, history: BankHistory): void {
		const model = memoryModel(options.fsrsParameters ?? null);
		const plan = (today: number, h: BankHistory) =>
			planBank({
				bank,
				memories: this.#memories,
				examDay,
				today,
				dayOf: this.#dayOf,
				targetRecall: options.examTargetRecall ?? 0.9,
				budget: options.studyBudget ?? { unit: 'reviews', perDay: 100 },
				history: h,
				model
			});
		this.#reviewedToday = history.reviewsToday;
		this.#plan = plan(this.#dayOf(this.#now), history);
		// Past midnight: a new day's plan, from what this session knows (nothing studied yet that day).
		this.#replan = (today) =>
			plan(today, {
				...history,
				reviewsToday: 0,
				newStartedToday: 0,
				studyTimes: [...history.studyTimes, this.#now - DAY_MS]
			});
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
		this.#reviewedToday++;
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
				this.#reviewedToday = Math.max(0, this.#reviewedToday - 1);
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
			this.#reviewedToday = Math.max(0, this.#reviewedToday - 1);
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
		const today = this.#dayOf(this.#now);
		if (this.#plan && this.#replan && today !== this.#plan.today) {
			this.#reviewedToday = 0;
			this.#newStartedToday = 0;
			this.#beyondPlan = false;
			// From the exam day on, plain FSRS.
			this.#plan = today < this.#plan.examDay ? this.#replan(today) : null;
		}
		if (this.#plan && !this.#beyondPlan) {
			this.#currentId = nextExamItem({
				plan: this.#plan,
				memories: this.#memories,
				dayOf: this.#dayOf,
				reviewedToday: this.#reviewedToday,
				...(justGraded ? { skip: new Set([justGraded]) } : {})
			});
			return;
		}
		this.#currentId = nextItem({
			itemIds: this.#itemIds,
			memories: this.#memories,
			now: this.#now,
			newRemaining: this.#dailyNewLimit - this.#newStartedToday,
			...(justGraded ? { skip: new Set([justGraded]) } : {})
		});
	}
}
