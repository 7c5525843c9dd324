/**
 * The rhythm trainer: an endless run of generated strips, answered by naming the rhythm. Answers are stored like
 * tutor-quiz answers (kind 'quiz', title 'Rhythm trainer') on per-rhythm item ids, so they feed item history,
 * activity, domain accuracy and readiness with no new table. Each stored attempt is a block of up to 10
 * distinct rhythms (an answer row is keyed by attempt and item, so a rhythm may appear once per attempt); a
 * block is stored at its first answer and closed at its last, and a reload resumes it strip for strip.
 */
import { repositories } from '$lib/db';
import type { AnswerRecord, AttemptRecord } from '$lib/domain/attempt/types';
import type { McqItem } from '$lib/domain/attempt/quiz-assembly';
import { scoreAttempt } from '$lib/domain/attempt/scoring';
import { seededRng } from '$lib/domain/random';
import { planBlock, rhythmName, rhythmsIn, trainerRound, type TrainerRound } from '$lib/domain/strip/trainer';
import {
	isTrainerAttempt,
	TRAINER_TITLE,
	trainerItemId,
	trainerSet,
	type RhythmGroupId
} from '$lib/domain/strip/trainer-sets';
import type { RhythmId } from '$lib/domain/strip/types';
import type { QuestionView } from '../attempt/session.svelte';
import { memoryFeed } from '../attempt/memory-feed';
import { loadStudySet } from '../study-set';
import { rememberedGroups, rememberGroups } from './groups';

export type Clock = () => number;

interface Block {
	readonly seed: number;
	readonly rhythms: readonly RhythmId[];
	/** Stored at the first answer. */
	readonly attemptId: number | null;
	readonly startedAt: number;
}

const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

export class TrainerSession {
	#setId = $state('');
	#setName = $state('');
	#domain = '';
	#groups = $state<RhythmGroupId[]>([]);
	#block = $state.raw<Block | null>(null);
	#index = $state(0);
	#answers = $state.raw<Map<string, AnswerRecord>>(new Map());
	#right = $state(0);
	#answered = $state(0);
	/** Strips shown since the trainer opened, counting the current one. */
	#shown = $state(1);
	#announcement = $state('');
	#error = $state<string | null>(null);
	#clock: Clock;
	#seed: () => number;
	#queue: Promise<void> = Promise.resolve();

	constructor(clock: Clock = Date.now, seed: () => number = newSeed) {
		this.#clock = clock;
		this.#seed = seed;
	}

	get setId() {
		return this.#setId;
	}
	get setName() {
		return this.#setName;
	}
	get groups(): readonly RhythmGroupId[] {
		return this.#groups;
	}
	get error() {
		return this.#error;
	}
	get announcement() {
		return this.#announcement;
	}
	/** Right and answered since the trainer opened (including a resumed block's answers). */
	get score() {
		return { right: this.#right, answered: this.#answered };
	}
	/** Strips shown so far in this block, for a stable {#key}. */
	get roundKey() {
		return `${this.#block?.seed ?? 0}-${this.#index}`;
	}

	get round(): TrainerRound | null {
		const block = this.#block;
		const rhythm = block?.rhythms[this.#index];
		return block && rhythm ? trainerRound(block.seed, this.#index, rhythm) : null;
	}

	/** The round as a quiz question, so the quiz's question card and feedback show it. */
	get question(): QuestionView | null {
		const round = this.round;
		if (!round) return null;
		const id = trainerItemId(this.#setId, round.rhythm);
		const item: McqItem = {
			id,
			kind: 'mcq',
			stem: 'Which rhythm is this?',
			choices: round.choices.map(rhythmName),
			answer: round.answer,
			rationale: 'Check what you measured on the strip against the features below.',
			domain: this.#domain,
			figure: { kind: 'strip', rhythm: round.rhythm, seed: round.request.seed }
		};
		return { index: this.#shown - 1, item, order: [0, 1, 2, 3], answer: this.#answers.get(id) };
	}

	async open(setId: string): Promise<void> {
		const set = trainerSet(setId);
		if (!set) throw new Error('The rhythm trainer is part of the CET, CPCT/A and CCMA study sets.');
		const bank = await loadStudySet(setId);
		this.#setId = setId;
		this.#setName = bank.name;
		this.#domain = set.domain;
		this.#groups = rememberedGroups(setId);
		const repo = repositories().attempts;
		const active = await repo.active(setId);
		if (active?.id !== undefined && isTrainerAttempt(active)) {
			const answers = await repo.answers(active.id);
			const rhythms = active.itemIds.map((id) => id.slice(`trainer-${setId}-`.length) as RhythmId);
			this.#block = { seed: active.seed, rhythms, attemptId: active.id, startedAt: active.startedAt };
			this.#answers = new Map(answers.map((a) => [a.itemId, a]));
			this.#answered = answers.length;
			this.#right = answers.filter((a) => a.correct).length;
			this.#index = Math.min(active.currentIndex, rhythms.length - 1);
			const current = trainerItemId(setId, rhythms[this.#index]!);
			this.#shown = answers.length + (this.#answers.has(current) ? 0 : 1);
			if (answers.length >= rhythms.length) await this.#closeBlock();
		} else this.#startBlock();
	}

	#enqueue(action: () => Promise<void>): Promise<void> {
		this.#queue = this.#queue.then(action, action);
		return this.#queue;
	}

	#startBlock(previous?: RhythmId): void {
		const seed = this.#seed();
		const rhythms = planBlock(rhythmsIn(this.#groups), seededRng(seed), previous);
		this.#block = { seed, rhythms, attemptId: null, startedAt: this.#clock() };
		this.#answers = new Map();
		this.#index = 0;
	}

	/** Scores the block on the strips answered (an unanswered strip was never shown as a question to score). */
	async #closeBlock(): Promise<void> {
		const block = this.#block;
		if (!block || block.attemptId === null) return;
		const answered = block.rhythms
			.map((r) => ({ id: trainerItemId(this.#setId, r), domain: this.#domain }))
			.filter((i) => this.#answers.has(i.id));
		const now = this.#clock();
		const score = scoreAttempt(answered, this.#answers, [this.#domain], now - block.startedAt);
		await repositories().attempts.submit(block.attemptId, score, now, await memoryFeed());
		this.#block = { ...block, attemptId: null };
	}

	choose(displayIndex: number): Promise<void> {
		return this.#enqueue(() => this.#choose(displayIndex));
	}
	async #choose(choice: number): Promise<void> {
		const block = this.#block;
		const round = this.round;
		if (!block || !round || choice < 0 || choice > 3) return;
		const itemId = trainerItemId(this.#setId, round.rhythm);
		if (this.#answers.has(itemId)) return;
		this.#error = null;
		try {
			const repo = repositories().attempts;
			const now = this.#clock();
			let attemptId = block.attemptId;
			if (attemptId === null) {
				const attempt: AttemptRecord = {
					bankId: this.#setId,
					kind: 'quiz',
					mode: 'tutor',
					title: TRAINER_TITLE,
					itemIds: block.rhythms.map((r) => trainerItemId(this.#setId, r)),
					choiceOrders: block.rhythms.map(() => [0, 1, 2, 3]),
					seed: block.seed,
					startedAt: now,
					timeLimitMs: null,
					submittedAt: null,
					status: 'active',
					currentIndex: this.#index,
					score: null
				};
				attemptId = await repo.create(attempt);
				this.#block = { ...block, attemptId, startedAt: now };
			}
			const correct = choice === round.answer;
			const answer: AnswerRecord = {
				attemptId,
				itemId,
				bankId: this.#setId,
				domain: this.#domain,
				choice,
				correct,
				answeredAt: now,
				flagged: false
			};
			await repo.saveAnswer(answer, { currentIndex: this.#index, final: true }, await memoryFeed());
			this.#answers = new Map(this.#answers).set(itemId, answer);
			this.#answered++;
			if (correct) this.#right++;
			this.#announcement = correct ? 'Correct.' : `Incorrect: ${rhythmName(round.rhythm)}.`;
			if (this.#answers.size === block.rhythms.length) await this.#closeBlock();
		} catch (e) {
			this.#error = `Your answer was not saved: ${(e as Error).message}`;
		}
	}

	/** The next strip; after the block's last one, a new block. Only once this strip is answered. */
	next(): Promise<void> {
		return this.#enqueue(async () => {
			const block = this.#block;
			const round = this.round;
			if (!block || !round || !this.#answers.has(trainerItemId(this.#setId, round.rhythm))) return;
			this.#announcement = '';
			this.#shown++;
			if (this.#index + 1 < block.rhythms.length) {
				this.#index++;
				if (block.attemptId !== null) await repositories().attempts.setPosition(block.attemptId, this.#index);
			} else this.#startBlock(round.rhythm);
		});
	}

	/** A new choice of groups applies from the next strip: the block so far is scored and closed. */
	setGroups(groups: readonly RhythmGroupId[]): Promise<void> {
		return this.#enqueue(async () => {
			this.#groups = [...groups];
			if (groups.length === 0) {
				this.#error = 'Choose at least one group of rhythms.';
				return;
			}
			this.#error = null;
			rememberGroups(this.#setId, groups);
			await this.#closeBlock();
			this.#startBlock(this.round?.rhythm);
		});
	}
}
