/**
 * Runs one quiz or exam attempt: the current question, answers saved as they are given, flags, the exam clock
 * and submission. Everything lives in IndexedDB, so a reload resumes exactly where the student was. The
 * repository, the study-set loader and the clock come in as options, so tests can give their own.
 */
import { repositories, writeErrorMessage } from '$lib/db';
import type { AttemptRepo, MemoryFeed } from '$lib/db/attempt-repo';
import type { AttemptRow } from '$lib/db/database';
import type { AnswerRecord } from '$lib/domain/attempt/types';
import type { Bank } from '$lib/domain/bank/schema';
import { formatClock, remainingMs, warningsCrossed } from '$lib/domain/attempt/exam-timer';
import type { McqItem } from '$lib/domain/attempt/quiz-assembly';
import { scoreAttempt } from '$lib/domain/attempt/scoring';
import { loadStudySet } from '../study-set';
import { memoryFeed } from './memory-feed';

export type Clock = () => number;

export interface AttemptSessionOptions {
	/** Defaults to the app's repository, opened on first use (never during prerender). */
	attempts?: AttemptRepo;
	/** Loads the attempt's study set by id (default: the compiled banks and stored decks). */
	loadSet?: (setId: string) => Promise<Bank>;
	clock?: Clock;
	/** How answers update the items' memory (default: the student's scheduler and calendar). */
	feed?: () => Promise<MemoryFeed>;
}

export interface QuestionView {
	index: number;
	item: McqItem;
	/** Display position → index into item.choices. */
	order: number[];
	answer: AnswerRecord | undefined;
}

export class AttemptSession {
	#attempt = $state<AttemptRow | null>(null);
	#bank = $state.raw<Bank | null>(null);
	#items = $state.raw<McqItem[]>([]);
	#answers = $state.raw<Map<string, AnswerRecord>>(new Map());
	#index = $state(0);
	#now = $state(0);
	#announcement = $state('');
	#error = $state<string | null>(null);
	#clock: Clock;
	#repo: () => AttemptRepo;
	#loadSet: (setId: string) => Promise<Bank>;
	#feed: () => Promise<MemoryFeed>;
	/** Actions run one after another, each reading fresh state, so fast key presses are neither lost nor crossed. */
	#queue: Promise<void> = Promise.resolve();

	constructor({
		attempts,
		loadSet = loadStudySet,
		clock = Date.now,
		feed = memoryFeed
	}: AttemptSessionOptions = {}) {
		this.#clock = clock;
		this.#feed = feed;
		this.#repo = attempts ? () => attempts : () => repositories().attempts;
		this.#loadSet = loadSet;
	}

	get attempt() {
		return this.#attempt;
	}
	get bank() {
		return this.#bank;
	}
	get error() {
		return this.#error;
	}
	get announcement() {
		return this.#announcement;
	}
	get index() {
		return this.#index;
	}
	get total() {
		return this.#items.length;
	}
	get isExam() {
		return this.#attempt?.mode === 'exam';
	}
	get isTutor() {
		return this.#attempt?.mode === 'tutor';
	}
	get submitted() {
		return this.#attempt?.status === 'submitted';
	}
	get current(): QuestionView | null {
		return this.question(this.#index);
	}
	question(index: number): QuestionView | null {
		const item = this.#items[index];
		const attempt = this.#attempt;
		if (!item || !attempt) return null;
		return {
			index,
			item,
			order: attempt.choiceOrders[index] ?? [0, 1, 2, 3],
			answer: this.#answers.get(item.id)
		};
	}
	get answeredCount() {
		let n = 0;
		for (const a of this.#answers.values()) if (a.choice !== null) n++;
		return n;
	}
	get flaggedCount() {
		let n = 0;
		for (const a of this.#answers.values()) if (a.flagged) n++;
		return n;
	}
	/** Per question: answered / flagged, for the exam's navigation grid. */
	get grid(): { answered: boolean; flagged: boolean }[] {
		return this.#items.map((item) => {
			const a = this.#answers.get(item.id);
			return { answered: a?.choice != null, flagged: !!a?.flagged };
		});
	}
	get remainingMs(): number | null {
		const a = this.#attempt;
		if (!a || a.timeLimitMs === null) return null;
		return remainingMs(a.startedAt, a.timeLimitMs, this.#now);
	}

	async open(attemptId: number): Promise<void> {
		const repo = this.#repo();
		const attempt = await repo.get(attemptId);
		if (!attempt) throw new Error('That quiz or exam was not found on this device.');
		const [bank, answers] = await Promise.all([this.#loadSet(attempt.bankId), repo.answers(attemptId)]);
		const byId = new Map(bank.items.map((i) => [i.id, i]));
		const items = attempt.itemIds.map((id) => byId.get(id)).filter((i): i is McqItem => i?.kind === 'mcq');
		this.#bank = bank;
		this.#items = items;
		this.#answers = new Map(answers.map((a) => [a.itemId, a]));
		this.#attempt = attempt;
		this.#index = Math.min(attempt.currentIndex, Math.max(0, items.length - 1));
		this.#now = this.#clock();
		// Time ran out while the app was closed: submit what was answered, as the real exam would.
		if (this.remainingMs === 0 && attempt.status === 'active') await this.submit();
	}

	#enqueue(action: () => Promise<void>): Promise<void> {
		this.#queue = this.#queue.then(action, action);
		return this.#queue;
	}

	/** Chooses the choice shown at `displayIndex` for the current question. */
	choose(displayIndex: number): Promise<void> {
		return this.#enqueue(() => this.#choose(displayIndex));
	}
	async #choose(displayIndex: number): Promise<void> {
		const q = this.current;
		const attempt = this.#attempt;
		if (!q || !attempt || this.submitted) return;
		if (this.isTutor && q.answer?.choice != null) return; // tutor answers are final once feedback shows
		const choice = q.order[displayIndex];
		if (choice === undefined) return;
		await this.#save(
			{
				attemptId: attempt.id!,
				itemId: q.item.id,
				bankId: q.item.bankId ?? attempt.bankId,
				domain: q.item.domain,
				choice,
				correct: choice === q.item.answer,
				answeredAt: this.#clock(),
				flagged: q.answer?.flagged ?? false
			},
			this.isTutor
		);
		if (this.isTutor) this.#announcement = choice === q.item.answer ? 'Correct.' : 'Incorrect.';
	}

	/** Flags or unflags a question (the current one by default); the results page flags by index after submit. */
	toggleFlag(index?: number): Promise<void> {
		return this.#enqueue(() => this.#toggleFlag(index ?? this.#index));
	}
	async #toggleFlag(index: number): Promise<void> {
		const q = this.question(index);
		const attempt = this.#attempt;
		if (!q || !attempt) return;
		const flagged = !q.answer?.flagged;
		const item = { itemId: q.item.id, bankId: q.item.bankId ?? attempt.bankId, domain: q.item.domain };
		this.#error = null;
		let stored: AnswerRecord | undefined;
		const ok = await this.#write('Your flag was not saved', async () => {
			stored = await this.#repo().setFlag(attempt.id!, item, flagged, this.#clock());
		});
		if (!ok || !stored) return;
		this.#answers = new Map(this.#answers).set(stored.itemId, stored);
		this.#announcement = flagged ? 'Flagged for review.' : 'Flag removed.';
	}

	goTo(index: number): Promise<void> {
		return this.#enqueue(() => this.#goTo(index));
	}
	async #goTo(index: number): Promise<void> {
		if (index < 0 || index >= this.#items.length || index === this.#index) return;
		this.#index = index;
		this.#announcement = '';
		const id = this.#attempt?.id;
		// Moving on is not lost work, so it happens even when the place cannot be stored for a reload.
		if (!this.submitted && id)
			await this.#write('Your place in this quiz was not saved', () => this.#repo().setPosition(id, index));
	}
	next = () => this.#enqueue(() => this.#goTo(this.#index + 1));
	previous = () => this.#enqueue(() => this.#goTo(this.#index - 1));

	/** Called every second by the exam screen: moves the clock, announces warnings, submits at zero. */
	async tick(): Promise<void> {
		const before = this.remainingMs;
		this.#now = this.#clock();
		const after = this.remainingMs;
		if (before === null || after === null || this.submitted) return;
		const crossed = warningsCrossed(before, after);
		if (crossed.length)
			this.#announcement = `${formatClock(after)} left. ${crossed.includes(60_000) ? 'One minute remaining.' : 'Ten minutes remaining.'}`;
		if (after === 0) await this.submit();
	}

	submit(): Promise<void> {
		return this.#enqueue(() => this.#submit());
	}
	async #submit(): Promise<void> {
		const attempt = this.#attempt;
		const bank = this.#bank;
		if (!attempt || !bank || this.submitted) return;
		const now = this.#clock();
		const end = attempt.timeLimitMs === null ? now : Math.min(now, attempt.startedAt + attempt.timeLimitMs);
		const score = scoreAttempt(
			this.#items,
			this.#answers,
			bank.domains.map((d) => d.id),
			end - attempt.startedAt
		);
		const stored = await this.#write('Your answers were not submitted', async () =>
			this.#repo().submit(attempt.id!, score, end, await this.#feed())
		);
		if (stored) this.#attempt = { ...attempt, status: 'submitted', submittedAt: end, score };
	}

	/** Saves an answer; the screen shows it only once it is stored. Resolves to whether it was. */
	async #save(answer: AnswerRecord, final: boolean): Promise<boolean> {
		this.#error = null;
		const stored = await this.#write('Your answer was not saved', async () =>
			this.#repo().saveAnswer(answer, { currentIndex: this.#index, final }, await this.#feed())
		);
		if (stored) this.#answers = new Map(this.#answers).set(answer.itemId, answer);
		return stored;
	}

	/** Runs one write; a failure becomes the screen's error (never a rejection). Resolves to whether it stored. */
	async #write(failedPrefix: string, write: () => Promise<void>): Promise<boolean> {
		try {
			await write();
			return true;
		} catch (e) {
			this.#error = writeErrorMessage(e, failedPrefix);
			return false;
		}
	}
}
