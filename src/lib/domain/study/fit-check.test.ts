// The fit check: the history splits by time with the last 20% held back; the optimizer's training set is
// each card's history up to each review; held-back reviews are scored by FSRS-6's forgetting curve (values
// worked out here from the formula); and on histories generated from known parameters, those parameters
// score better than the defaults.
import { default_w } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Grade } from '../records/review';
import { fitIsBetter, scoreHeldBack, splitByTime, trainingSet, type ReviewEvent } from './fit-check';
import { memoryModel } from './scheduling';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 5, 9);
const at = (days: number) => t0 + days * DAY;
const review = (itemId: string, grade: Grade, days: number): ReviewEvent => ({
	itemId,
	grade,
	reviewedAt: at(days)
});

/** FSRS-6's forgetting curve written out: R(t, S) = (1 + F·t/S)^−d, F = 0.9^(−1/d) − 1. */
const curve = (t: number, s: number, d: number) => (1 + ((0.9 ** (-1 / d) - 1) * t) / s) ** -d;

describe('splitByTime', () => {
	it('orders by time and holds back the last 20%', () => {
		const reviews = Array.from({ length: 10 }, (_, i) => review(`c${i}`, 'good', 9 - i));
		const split = splitByTime(reviews);
		expect(split.sorted.map((r) => r.itemId)).toStrictEqual([
			'c9',
			'c8',
			'c7',
			'c6',
			'c5',
			'c4',
			'c3',
			'c2',
			'c1',
			'c0'
		]);
		expect(split.heldBackFrom).toBe(8);
		expect(splitByTime(reviews.slice(0, 5)).heldBackFrom).toBe(4);
	});
});

describe('trainingSet', () => {
	it("gives one item per review after a card's first, each its history so far, held-back reviews left out", () => {
		const split = splitByTime([
			review('a', 'good', 0),
			review('b', 'again', 0.5),
			review('a', 'hard', 3.2),
			review('b', 'good', 0.6), // same day as b's first: 0 days
			review('a', 'easy', 10),
			review('c', 'good', 20),
			review('d', 'good', 21),
			review('e', 'good', 22),
			review('f', 'good', 23), // held back, with the next (the last 2 of 10)
			review('a', 'good', 40)
		]);
		expect(split.heldBackFrom).toBe(8);
		const set = trainingSet(split);
		// a: [3,2] and [3,2,4]; b: [1,3]; c, d and e have one review each, so no item.
		expect([...set.lengths]).toStrictEqual([2, 3, 2]);
		expect([...set.ratings]).toStrictEqual([3, 2, 3, 2, 4, 1, 3]);
		expect([...set.deltaDays]).toStrictEqual([0, 3, 0, 3, 6, 0, 0]);
	});
});

describe('scoreHeldBack', () => {
	// Four first looks, then card a forgotten 10 days after its first Good: the one held-back review.
	const history = [
		review('a', 'good', 0),
		review('b', 'good', 1),
		review('c', 'good', 2),
		review('d', 'easy', 3),
		review('a', 'again', 10)
	];

	it('scores the held-back review by the forgetting curve after a first Good (S = w2)', () => {
		const r = curve(10, 2.3065, 0.1542);
		const score = scoreHeldBack(splitByTime(history), null)!;
		expect(score.reviews).toBe(1);
		expect(score.logLoss).toBeCloseTo(-Math.log(1 - r), 6);
		expect(score.rmse).toBeCloseTo(r, 6);
	});

	it("uses the parameters it is given: the student's w2 and decay", () => {
		const mine = [...default_w];
		mine[2] = 30;
		mine[20] = 0.4;
		const r = curve(10, 30, 0.4);
		const score = scoreHeldBack(splitByTime(history), mine)!;
		expect(score.logLoss).toBeCloseTo(-Math.log(1 - r), 6);
		expect(score.rmse).toBeCloseTo(r, 6);
	});

	it('counts a recall as 1 and skips held-back first looks and same-day repeats', () => {
		const recalled = [...history.slice(0, 4), review('a', 'hard', 10)];
		const r = curve(10, 2.3065, 0.1542);
		expect(scoreHeldBack(splitByTime(recalled), null)!.logLoss).toBeCloseTo(-Math.log(r), 6);
		const sameDay = [...history.slice(0, 4), review('d', 'good', 3.3)];
		expect(scoreHeldBack(splitByTime(sameDay), null)).toBeNull();
		const firstLook = [...history.slice(0, 4), review('e', 'good', 12)];
		expect(scoreHeldBack(splitByTime(firstLook), null)).toBeNull();
	});
});

/** Seeded uniform [0, 1): a small LCG, enough for reproducible synthetic students. */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

/**
 * Reviews of students whose memory is FSRS-6 with `truth`: each card first seen on a random day, each
 * review recalled with the truth's predicted probability, then graded (forgot = Again; else mostly Good),
 * the next review a random 0.3–2.5 stabilities later.
 */
function syntheticHistory(truth: readonly number[], cards: number, seed: number): ReviewEvent[] {
	const random = rng(seed);
	const model = memoryModel(truth);
	const reviews: ReviewEvent[] = [];
	for (let c = 0; c < cards; c++) {
		let day = Math.floor(random() * 60);
		const firstGrade: Grade = random() < 0.3 ? 'again' : random() < 0.8 ? 'good' : 'easy';
		let state = model.afterReview(null, 0, firstGrade);
		reviews.push({ itemId: `card-${c}`, grade: firstGrade, reviewedAt: at(day) });
		for (let k = 0; k < 6; k++) {
			const gap = Math.max(1, Math.round(state.stability * (0.3 + 2.2 * random())));
			day += gap;
			const recalled = random() < model.recall(state.stability, gap);
			const grade: Grade = !recalled ? 'again' : random() < 0.15 ? 'hard' : random() < 0.9 ? 'good' : 'easy';
			state = model.afterReview(state, gap, grade);
			reviews.push({ itemId: `card-${c}`, grade, reviewedAt: at(day) + (c % 7) * 60_000 });
		}
	}
	return reviews;
}

describe('fit check on histories from known parameters', () => {
	// A student who remembers much longer after a first look and forgets faster (steeper curve, w20).
	const truth = [...default_w];
	[truth[0], truth[1], truth[2], truth[3], truth[20]] = [1.5, 4, 12, 30, 0.45];

	it('scores the true parameters better than the defaults, by log loss and RMSE', () => {
		for (const seed of [1, 2, 3]) {
			const split = splitByTime(syntheticHistory(truth, 150, seed));
			const defaults = scoreHeldBack(split, null)!;
			const trueFit = scoreHeldBack(split, truth)!;
			expect(trueFit.reviews).toBeGreaterThan(50);
			expect(trueFit.logLoss).toBeLessThan(defaults.logLoss);
			expect(trueFit.rmse).toBeLessThan(defaults.rmse);
			expect(fitIsBetter(defaults, trueFit)).toBe(true);
			expect(fitIsBetter(trueFit, defaults)).toBe(false);
		}
	});

	it('keeps what is in use when the fit only ties it', () => {
		const split = splitByTime(syntheticHistory(truth, 40, 9));
		const score = scoreHeldBack(split, truth)!;
		expect(fitIsBetter(score, { ...score })).toBe(false);
	});
});
