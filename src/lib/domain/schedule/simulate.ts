/**
 * A simulated student, for the schedule benchmark and the policy's invariant tests. Their memory follows
 * FSRS itself (the app's scheduler, default parameters): the chance of recalling an item is FSRS's own
 * predicted recall, drawn with a seeded RNG. Grades follow the FSRS simulator's defaults (fsrs-rs
 * `SimulatorConfig`): a first look is Again/Hard/Good/Easy in 24/9.4/49.5/17.1 %, a recalled item
 * Hard/Good/Easy in 22.4/63.1/14.5 %, a forgotten one Again. So this measures a policy under FSRS's
 * assumptions, not real students.
 */
import type { Rng } from '../random';
import { createScheduler, newMemory, type Grade, type Memory, type MemoryModel } from '../study/scheduling';

const DAY_MS = 86_400_000;

export interface SessionContext {
	now: number;
	/** Day number (the simulation runs in UTC). */
	today: number;
	memories: ReadonlyMap<string, Memory>;
	reviewsToday: number;
	newStartedToday: number;
	/** The item graded just before, if any. */
	justGraded: string | null;
}

/** What a study screen asks a policy: the next item to show, or null when today's work is done. */
export interface StudyPolicy {
	/** Called once at the start of each day the student studies. */
	beginDay?(ctx: SessionContext): void;
	next(ctx: SessionContext): string | null;
}

export interface StudentConfig {
	itemIds: readonly string[];
	/** Day number of the first study day. */
	firstDay: number;
	/** Days simulated (the exam is on firstDay + days). */
	days: number;
	/** Chance of skipping a day. */
	skipRate: number;
	/** The student stops after this many reviews in a day, whatever the queue still holds. */
	maxReviewsPerDay: number;
	/** Hour (UTC) the daily session starts. */
	sessionHour?: number;
	desiredRetention?: number;
	/** Memories at the start, e.g. from earlier study. */
	memories?: ReadonlyMap<string, Memory>;
}

export interface DayLog {
	day: number;
	skipped: boolean;
	reviews: number;
	newItems: number;
	/** The student stopped at maxReviewsPerDay with the queue not yet empty. */
	cutShort: boolean;
}

export interface StudentRun {
	memories: Map<string, Memory>;
	days: DayLog[];
}

const FIRST: readonly [Grade, number][] = [
	['again', 0.24],
	['hard', 0.094],
	['good', 0.495],
	['easy', 0.171]
];
const RECALLED: readonly [Grade, number][] = [
	['hard', 0.224],
	['good', 0.631],
	['easy', 0.145]
];
/** Seconds per review in the FSRS simulator's defaults (first look; Again; Hard/Good/Easy). */
const SECONDS: Record<'first' | Grade, number> = { first: 18, again: 23, hard: 11.68, good: 7.33, easy: 5.6 };

function pick(table: readonly [Grade, number][], u: number): Grade {
	let acc = 0;
	for (const [g, p] of table) {
		acc += p;
		if (u < acc) return g;
	}
	return table[table.length - 1]![0];
}

/** The grade a simulated student gives: a first look from FIRST; later, recall drawn from FSRS's prediction. */
export function simulatedGrade(memory: Memory | undefined, recall: number, rng: Rng): Grade {
	if (!memory || memory.state === 'new') return pick(FIRST, rng());
	return rng() < recall ? pick(RECALLED, rng()) : 'again';
}

export function runStudent(config: StudentConfig, policy: StudyPolicy, rng: Rng): StudentRun {
	const scheduler = createScheduler({ desiredRetention: config.desiredRetention ?? 0.9 });
	const memories = new Map(config.memories ?? []);
	const days: DayLog[] = [];
	for (let i = 0; i < config.days; i++) {
		const day = config.firstDay + i;
		if (rng() < config.skipRate) {
			days.push({ day, skipped: true, reviews: 0, newItems: 0, cutShort: false });
			continue;
		}
		let now = day * DAY_MS + (config.sessionHour ?? 18) * 3_600_000;
		const ctx = (justGraded: string | null, reviewsToday: number, newStartedToday: number) => ({
			now,
			today: day,
			memories,
			reviewsToday,
			newStartedToday,
			justGraded
		});
		policy.beginDay?.(ctx(null, 0, 0));
		let reviews = 0;
		let newItems = 0;
		let last: string | null = null;
		let cutShort = false;
		for (;;) {
			const id = policy.next(ctx(last, reviews, newItems));
			if (id === null) break;
			if (reviews >= config.maxReviewsPerDay) {
				cutShort = true;
				break;
			}
			const before = memories.get(id);
			const grade = simulatedGrade(before, before ? scheduler.retrievability(before, now) : 0, rng);
			memories.set(id, scheduler.grade(before ?? newMemory(now), now, grade).memory);
			if (!before || before.state === 'new') newItems++;
			reviews++;
			now += (before && before.state !== 'new' ? SECONDS[grade] : SECONDS.first) * 1000;
			last = id;
		}
		days.push({ day, skipped: false, reviews, newItems, cutShort });
	}
	return { memories, days };
}

/** Each item's predicted recall on `examDay` (0 for an item never studied), in `itemIds` order. */
export function recallOnDay(
	itemIds: readonly string[],
	memories: ReadonlyMap<string, Memory>,
	examDay: number,
	model: MemoryModel
): number[] {
	return itemIds.map((id) => {
		const m = memories.get(id);
		if (!m || m.state === 'new' || m.lastReview === null) return 0;
		return model.recall(m.stability, examDay - Math.floor(m.lastReview / DAY_MS));
	});
}
