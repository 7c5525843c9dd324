/**
 * The one boundary with ts-fsrs: its snake_case cards become our camelCase, Date-free records (numbers of
 * milliseconds, which IndexedDB indexes and JSON backups keep exactly). Time is always an argument.
 */
import {
	computeDecayFactor,
	createEmptyCard,
	fsrs,
	Rating,
	State,
	type Card as FsrsCard,
	type Grade as FsrsGrade
} from 'ts-fsrs';
import { INTERVAL_DAYS_MAX, type LearningState, type Memory } from '../records/progress';
import { GRADES, type Grade } from '../records/review';

export { GRADES, type Grade } from '../records/review';
export type { LearningState, Memory } from '../records/progress';

export interface GradeOutcome {
	memory: Memory;
	/** Milliseconds until the item is due again. */
	intervalMs: number;
}

const STATES: Record<State, LearningState> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};
const FSRS_STATE: Record<LearningState, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};
const RATING: Record<Grade, FsrsGrade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

function fromFsrs(card: FsrsCard): Memory {
	return {
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: STATES[card.state],
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}

function toFsrs(m: Memory, now: number): FsrsCard {
	const elapsed = m.lastReview === null ? 0 : Math.max(0, Math.floor((now - m.lastReview) / 86_400_000));
	return {
		due: new Date(m.due),
		stability: m.stability,
		difficulty: m.difficulty,
		elapsed_days: elapsed,
		scheduled_days: m.scheduledDays,
		learning_steps: m.learningSteps,
		reps: m.reps,
		lapses: m.lapses,
		state: FSRS_STATE[m.state],
		...(m.lastReview === null ? {} : { last_review: new Date(m.lastReview) })
	};
}

/** Memory's fields, in one list, for comparing states and picking them out of stored rows. */
export const MEMORY_FIELDS = [
	'due',
	'stability',
	'difficulty',
	'scheduledDays',
	'learningSteps',
	'reps',
	'lapses',
	'state',
	'lastReview'
] as const satisfies readonly (keyof Memory)[];

export function sameMemory(a: Memory | null, b: Memory | null): boolean {
	if (a === null || b === null) return a === b;
	return MEMORY_FIELDS.every((f) => a[f] === b[f]);
}

export function newMemory(now: number): Memory {
	return fromFsrs(createEmptyCard(new Date(now)));
}

export interface SchedulerOptions {
	/** Probability of recall FSRS aims for when it sets an interval (0.7–0.97). */
	desiredRetention: number;
	/** The student's own FSRS weights (from settings); null or absent: ts-fsrs's defaults. */
	parameters?: FsrsWeights;
}

/** FSRS-6 weights as settings store them (checked there); null means ts-fsrs's defaults. */
export type FsrsWeights = readonly number[] | null;

const weightsOption = (parameters: FsrsWeights | undefined) => (parameters ? { w: [...parameters] } : {});

export function createScheduler({ desiredRetention, parameters }: SchedulerOptions) {
	// Fuzz spreads reviews that would otherwise pile up on one day; ts-fsrs seeds it from the card and time,
	// so it is deterministic for a given input.
	const engine = fsrs({
		request_retention: desiredRetention,
		enable_fuzz: true,
		maximum_interval: INTERVAL_DAYS_MAX,
		...weightsOption(parameters)
	});
	return {
		grade(memory: Memory, now: number, grade: Grade): GradeOutcome {
			const { card } = engine.next(toFsrs(memory, now), new Date(now), RATING[grade]);
			const next = fromFsrs(card);
			return { memory: next, intervalMs: next.due - now };
		},
		/** What each grade would do, for the labels on the grade buttons. */
		preview(memory: Memory, now: number): Record<Grade, GradeOutcome> {
			const preview = engine.repeat(toFsrs(memory, now), new Date(now));
			const out = {} as Record<Grade, GradeOutcome>;
			for (const g of GRADES) {
				const next = fromFsrs(preview[RATING[g]].card);
				out[g] = { memory: next, intervalMs: next.due - now };
			}
			return out;
		},
		/** Probability of recalling the item now (0–1); 0 for an item never studied. */
		retrievability(memory: Memory, now: number): number {
			if (memory.state === 'new') return 0;
			return engine.get_retrievability(toFsrs(memory, now), new Date(now), false);
		}
	};
}
export type Scheduler = ReturnType<typeof createScheduler>;

/** Stability (days until recall falls to 0.9) and difficulty (1–10): what FSRS knows of an item. */
export interface MemoryState {
	stability: number;
	difficulty: number;
}

/**
 * FSRS's memory model on its own, for planning ahead in whole days: the same formulas and parameters the
 * scheduler grades with (ts-fsrs's defaults unless the student's own are given), without cards, dates or
 * fuzz. Elapsed time is in calendar days, as the scheduler counts it.
 */
export interface MemoryModel {
	/** Probability of recall `elapsedDays` after the last review. */
	recall(stability: number, elapsedDays: number): number;
	/** The state after a review graded `grade` `elapsedDays` after the last one (null: first review). */
	afterReview(state: MemoryState | null, elapsedDays: number, grade: Grade): MemoryState;
	/** Days after a review until recall falls to `retention` (fractional). */
	daysUntilRecall(stability: number, retention: number): number;
}

export function memoryModel(parameters: FsrsWeights = null): MemoryModel {
	const engine = fsrs({ enable_fuzz: false, ...weightsOption(parameters) });
	const { decay, factor } = computeDecayFactor(engine.parameters.w);
	const recall = (stability: number, elapsedDays: number) =>
		(1 + (factor * Math.max(0, elapsedDays)) / stability) ** decay;
	return {
		recall,
		afterReview(state, elapsedDays, grade) {
			const t = Math.max(0, elapsedDays);
			// Recall passed in saves ts-fsrs recomputing the curve's constants on every call.
			const r = state ? recall(state.stability, t) : undefined;
			const next = engine.next_state(state, t, RATING[grade], r);
			return { stability: next.stability, difficulty: next.difficulty };
		},
		daysUntilRecall: (stability, retention) => (stability / factor) * (retention ** (1 / decay) - 1)
	};
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Short label for an interval: "<1m", "10m", "3h", "4d", "2.5mo", "1.2y". */
export function formatInterval(ms: number): string {
	if (ms < MINUTE) return '<1m';
	if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
	if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
	const days = ms / DAY;
	if (days < 30) return `${Math.round(days)}d`;
	if (days < 365) return `${+(days / 30).toFixed(1)}mo`;
	return `${+(days / 365).toFixed(1)}y`;
}
