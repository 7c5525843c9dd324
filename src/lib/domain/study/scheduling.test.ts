import { describe, expect, it } from 'vitest';
import { createScheduler, formatInterval, memoryModel, newMemory, type Grade } from './scheduling';

const MIN = 60_000;
const DAY = 1440 * MIN;
const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Grades each review exactly when it falls due and returns the intervals FSRS chose, in minutes. */
function intervals(grades: Grade[], desiredRetention = 0.9) {
	const scheduler = createScheduler({ desiredRetention });
	let memory = newMemory(t0);
	let now = t0;
	return grades.map((g) => {
		const { memory: next, intervalMs } = scheduler.grade(memory, now, g);
		memory = next;
		now = next.due;
		return [intervalMs / MIN, next.state];
	});
}

describe('scheduler (golden intervals, fixed dates)', () => {
	it('previews all four grades of a new card with the default learning steps', () => {
		const p = createScheduler({ desiredRetention: 0.9 }).preview(newMemory(t0), t0);
		expect([p.again, p.hard, p.good, p.easy].map((o) => o.intervalMs)).toEqual([
			MIN,
			6 * MIN,
			10 * MIN,
			7 * DAY
		]);
	});

	it('grows intervals on Good and relearns after a lapse', () => {
		expect(intervals(['good', 'good', 'good', 'good', 'again', 'good', 'good'])).toEqual([
			[10, 'learning'],
			[2 * 1440, 'review'],
			[9 * 1440, 'review'],
			[45 * 1440, 'review'],
			[10, 'relearning'],
			[3 * 1440, 'review'],
			[8 * 1440, 'review']
		]);
	});

	it('spaces reviews further apart when less retention is asked for', () => {
		expect(intervals(['good', 'good', 'good', 'good'], 0.8).map(([m]) => m)).toEqual([
			10,
			6 * 1440,
			63 * 1440,
			451 * 1440
		]);
	});

	it('counts a lapse and keeps reps, and never reads the clock itself', () => {
		const s = createScheduler({ desiredRetention: 0.9 });
		const a = s.grade(newMemory(t0), t0, 'easy').memory;
		const b = s.grade(a, a.due, 'again').memory;
		expect([b.reps, b.lapses, b.state, b.lastReview]).toEqual([2, 1, 'relearning', a.due]);
		// Same input, same output: time is an argument.
		expect(s.grade(a, a.due, 'again').memory).toEqual(b);
	});

	it('estimates recall near the target at the due date and lower a month later', () => {
		const s = createScheduler({ desiredRetention: 0.9 });
		let m = newMemory(t0);
		for (const g of ['good', 'good', 'good'] as const) m = s.grade(m, m.lastReview ? m.due : t0, g).memory;
		expect(s.retrievability(m, m.due)).toBeCloseTo(0.9, 1);
		expect(s.retrievability(m, m.due + 30 * DAY)).toBeLessThan(0.85);
		expect(s.retrievability(newMemory(t0), t0)).toBe(0);
	});
});

describe('formatInterval', () => {
	it.each([
		[30_000, '<1m'],
		[10 * MIN, '10m'],
		[3 * 60 * MIN, '3h'],
		[4 * DAY, '4d'],
		[75 * DAY, '2.5mo'],
		[438 * DAY, '1.2y']
	])('%i ms → %s', (ms, label) => expect(formatInterval(ms)).toBe(label));
});

describe('memoryModel (FSRS-6 defaults, whole days)', () => {
	// ts-fsrs rounds the curve's constant to 8 digits, hence the tolerances.
	// FSRS-6's forgetting curve written out: R(t, S) = (1 + F·t/S)^−d with d = 0.1542 and F = 0.9^(−1/d) − 1,
	// so that R(S, S) = 0.9 by definition.
	const d = 0.1542;
	const F = 0.9 ** (-1 / d) - 1;
	const curve = (t: number, s: number) => (1 + (F * t) / s) ** -d;
	const model = memoryModel();

	it('follows the FSRS-6 forgetting curve: 0.9 after S days, 1 right after the review', () => {
		for (const [t, s] of [
			[0, 3],
			[3, 3],
			[10, 2.3],
			[45, 12]
		] as const)
			expect(model.recall(s, t)).toBeCloseTo(curve(t, s), 8);
		expect(model.recall(7, 7)).toBeCloseTo(0.9, 8);
	});

	it('inverts the curve: the days until recall falls to a level', () => {
		expect(model.daysUntilRecall(12, 0.9)).toBeCloseTo(12, 6);
		expect(curve(model.daysUntilRecall(12, 0.8), 12)).toBeCloseTo(0.8, 8);
	});

	it('gives the stability the scheduler stores after the same review', () => {
		const s = createScheduler({ desiredRetention: 0.9 });
		const learned = s.grade(s.grade(newMemory(t0), t0, 'good').memory, t0 + 10 * MIN, 'good').memory;
		const later = learned.lastReview! + 5 * DAY;
		for (const g of ['again', 'hard', 'good', 'easy'] as const) {
			const graded = s.grade(learned, later, g).memory;
			const predicted = model.afterReview(learned, 5, g);
			expect(predicted.stability).toBeCloseTo(graded.stability, 5);
			expect(predicted.difficulty).toBeCloseTo(graded.difficulty, 5);
		}
		// A first look: FSRS-6's initial stabilities w0 (Again) and w2 (Good).
		expect(model.afterReview(null, 0, 'again').stability).toBeCloseTo(0.212, 6);
		expect(model.afterReview(null, 0, 'good').stability).toBeCloseTo(2.3065, 6);
	});
});

describe('personal parameters', () => {
	// Weights differing from the defaults where a first review and the curve's shape read them: w0–w3 are the
	// initial stabilities by grade, w20 the decay.
	const personal = [
		4, 5, 6, 20, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014,
		1.8729, 0.5425, 0.0912, 0.0658, 0.3
	];

	it("sets a first review's stability from the student's w0–w3 instead of the defaults", () => {
		const model = memoryModel(personal);
		expect(model.afterReview(null, 0, 'again').stability).toBeCloseTo(4, 6);
		expect(model.afterReview(null, 0, 'easy').stability).toBeCloseTo(20, 6);
		expect(memoryModel(null).afterReview(null, 0, 'again').stability).toBeCloseTo(0.212, 6);
	});

	it("draws the forgetting curve with the student's decay (w20), still 0.9 after S days", () => {
		const d = 0.3;
		const F = 0.9 ** (-1 / d) - 1;
		const model = memoryModel(personal);
		expect(model.recall(10, 40)).toBeCloseTo((1 + (F * 40) / 10) ** -d, 8);
		expect(model.recall(10, 10)).toBeCloseTo(0.9, 8);
	});

	it('schedules with them: a new card graded Easy waits longer than under the defaults', () => {
		const mine = createScheduler({ desiredRetention: 0.9, parameters: personal });
		const plain = createScheduler({ desiredRetention: 0.9, parameters: null });
		const first = newMemory(t0);
		expect(mine.grade(first, t0, 'easy').memory.stability).toBeCloseTo(20, 6);
		expect(plain.grade(first, t0, 'easy').memory.stability).toBeCloseTo(8.2956, 6);
		expect(mine.grade(first, t0, 'easy').intervalMs).toBeGreaterThan(
			plain.grade(first, t0, 'easy').intervalMs
		);
	});
});
