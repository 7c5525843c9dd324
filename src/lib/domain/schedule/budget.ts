/**
 * The daily study budget, set as reviews or as minutes a day. Minutes become reviews through a
 * seconds-per-review estimate (by default the student's own pace from the review log).
 */

export type StudyBudget =
	{ unit: 'reviews'; perDay: number } | { unit: 'minutes'; perDay: number; secondsPerReview: number };

export type BudgetResult = { ok: true; reviews: number } | { ok: false; error: string };

/** A typical flashcard review in the FSRS simulator's defaults takes about 10 s (a first look longer). */
export const DEFAULT_SECONDS_PER_REVIEW = 10;
export const MAX_REVIEWS_PER_DAY = 1000;
export const MAX_MINUTES_PER_DAY = 600;

const isWhole = (x: number) => Number.isInteger(x);

/** Reviews a day the budget allows, or a message naming what is wrong with it. */
export function dailyReviewBudget(budget: StudyBudget): BudgetResult {
	if (budget.unit === 'reviews') {
		const n = budget.perDay;
		if (!isWhole(n) || n < 1 || n > MAX_REVIEWS_PER_DAY)
			return {
				ok: false,
				error: `Reviews a day must be a whole number from 1 to ${MAX_REVIEWS_PER_DAY} (got ${n}).`
			};
		return { ok: true, reviews: n };
	}
	const { perDay: minutes, secondsPerReview: seconds } = budget;
	if (!isWhole(minutes) || minutes < 1 || minutes > MAX_MINUTES_PER_DAY)
		return {
			ok: false,
			error: `Minutes a day must be a whole number from 1 to ${MAX_MINUTES_PER_DAY} (got ${minutes}).`
		};
	if (!Number.isFinite(seconds) || seconds < 1 || seconds > 600)
		return { ok: false, error: `Seconds per review must be from 1 to 600 (got ${seconds}).` };
	return { ok: true, reviews: Math.max(1, Math.floor((minutes * 60) / seconds)) };
}

/** Longer pauses between two reviews are breaks, not review time. */
const BREAK_MS = 5 * 60_000;
/** Fewer timed reviews than this say too little about the student's pace. */
export const MIN_TIMED_REVIEWS = 20;

/**
 * The student's seconds per review: the median gap between consecutive reviews (breaks left out), or the
 * default with too little history. `reviewedAt` is in any order.
 */
export function secondsPerReview(reviewedAt: readonly number[]): number {
	const times = [...reviewedAt].sort((a, b) => a - b);
	const gaps: number[] = [];
	for (let i = 1; i < times.length; i++) {
		const gap = times[i]! - times[i - 1]!;
		if (gap > 0 && gap <= BREAK_MS) gaps.push(gap);
	}
	if (gaps.length < MIN_TIMED_REVIEWS) return DEFAULT_SECONDS_PER_REVIEW;
	gaps.sort((a, b) => a - b);
	const mid = gaps.length >> 1;
	const median = gaps.length % 2 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
	return Math.round(median / 100) / 10;
}
