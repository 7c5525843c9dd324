/**
 * Judging a fit of FSRS parameters on the student's own history, before it is used. The history is split
 * by time: the optimizer learns from the first 80% of reviews, and each parameter set is scored on the last
 * 20%, which the optimizer never saw, by replaying every card's whole history through ts-fsrs's memory
 * model. Pure: the reviews come in; nothing here reads a clock.
 */
import type { Grade } from '../records/review';
import { memoryModel, type FsrsWeights, type MemoryState } from './scheduling';

/** One grading, as the fit needs it. */
export interface ReviewEvent {
	itemId: string;
	grade: Grade;
	reviewedAt: number;
}

/** Reviews needed before Settings offers a fit: fewer leave too few held back to judge it by. */
export const MIN_REVIEWS_TO_FIT = 400;
/** The share of reviews, latest first, that the optimizer does not see and the fit is judged on. */
export const HELD_BACK_SHARE = 0.2;

const DAY = 86_400_000;
/** Whole days between two reviews, as the scheduler counts them (scheduling.ts). */
const daysBetween = (from: number, to: number) => Math.max(0, Math.floor((to - from) / DAY));
/** Keeps log loss finite when a prediction is (numerically) certain and wrong. */
const P_EPSILON = 1e-6;

const RATING: Record<Grade, number> = { again: 1, hard: 2, good: 3, easy: 4 };

export interface HistorySplit {
	/** Every review, oldest first (ties keep their given order). */
	sorted: ReviewEvent[];
	/** Reviews before this index are the optimizer's; from it on they are held back. */
	heldBackFrom: number;
}

export function splitByTime(reviews: readonly ReviewEvent[]): HistorySplit {
	const sorted = [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt);
	return { sorted, heldBackFrom: Math.floor(sorted.length * (1 - HELD_BACK_SHARE)) };
}

function byCard(reviews: readonly ReviewEvent[]): ReviewEvent[][] {
	const cards = new Map<string, ReviewEvent[]>();
	for (const r of reviews) {
		const list = cards.get(r.itemId);
		if (list) list.push(r);
		else cards.set(r.itemId, [r]);
	}
	return [...cards.values()];
}

/**
 * The optimizer's training set in fsrs-browser's flat form: one item per review after a card's first, each
 * the card's history up to and including that review (ratings 1–4, days since the previous review, 0
 * first), items laid end to end with their lengths.
 */
export interface TrainingSet {
	ratings: Uint32Array;
	deltaDays: Uint32Array;
	lengths: Uint32Array;
}

export function trainingSet(split: HistorySplit): TrainingSet {
	const ratings: number[] = [];
	const deltaDays: number[] = [];
	const lengths: number[] = [];
	for (const card of byCard(split.sorted.slice(0, split.heldBackFrom))) {
		const cardRatings = card.map((r) => RATING[r.grade]);
		const cardDeltas = card.map((r, i) => (i === 0 ? 0 : daysBetween(card[i - 1]!.reviewedAt, r.reviewedAt)));
		for (let end = 2; end <= card.length; end++) {
			ratings.push(...cardRatings.slice(0, end));
			deltaDays.push(...cardDeltas.slice(0, end));
			lengths.push(end);
		}
	}
	return {
		ratings: Uint32Array.from(ratings),
		deltaDays: Uint32Array.from(deltaDays),
		lengths: Uint32Array.from(lengths)
	};
}

export interface FitScore {
	/** Mean negative log-likelihood of the outcomes under the predicted recall (lower is better). */
	logLoss: number;
	/** Root mean squared error of predicted recall against the outcome, 1 recalled, 0 forgotten. */
	rmse: number;
	/** Held-back reviews scored: those at least a day after the card's previous review. */
	reviews: number;
}

/**
 * How well `parameters` predict the held-back reviews. Each card's memory comes from replaying all its
 * reviews, the optimizer's included; a held-back review is scored when it came a day or more after the
 * card's previous one (recall within the day is near 1 whatever the parameters). Null: none to score.
 */
export function scoreHeldBack(split: HistorySplit, parameters: FsrsWeights): FitScore | null {
	const model = memoryModel(parameters);
	const cards = new Map<string, { state: MemoryState; at: number }>();
	let logLoss = 0;
	let squared = 0;
	let count = 0;
	split.sorted.forEach((review, index) => {
		const card = cards.get(review.itemId);
		const elapsed = card ? daysBetween(card.at, review.reviewedAt) : 0;
		if (card && index >= split.heldBackFrom && elapsed >= 1) {
			const p = Math.min(1 - P_EPSILON, Math.max(P_EPSILON, model.recall(card.state.stability, elapsed)));
			const recalled = review.grade === 'again' ? 0 : 1;
			logLoss -= recalled ? Math.log(p) : Math.log(1 - p);
			squared += (recalled - p) ** 2;
			count++;
		}
		cards.set(review.itemId, {
			state: model.afterReview(card?.state ?? null, elapsed, review.grade),
			at: review.reviewedAt
		});
	});
	return count === 0 ? null : { logLoss: logLoss / count, rmse: Math.sqrt(squared / count), reviews: count };
}

/** A fit is kept only when it predicts the held-back reviews better (lower log loss) than what is in use. */
export function fitIsBetter(current: FitScore, fitted: FitScore): boolean {
	return fitted.logLoss < current.logLoss;
}
