/**
 * The expected percent score on a full-length exam simulation, from one memory per item. An item the
 * student recalls (FSRS's recall R, fed by flashcards and quiz answers alike) is answered right; one not
 * recalled is answered right at the domain's base rate: the accuracy on first-look answers (questions
 * never studied or answered before), which holds what the student knew already and lucky guesses. So an
 * item scores R + (1 − R) × base rate, a never-studied one the base rate, and the domains are weighted
 * as on the blueprint. Pure: `now` and the data come in.
 */
import type { ItemResult } from '../attempt/types';
import { MIN_ANSWERS, recencyWeightedAccuracy } from './accuracy';

export interface ScoreEvidence {
	id: string;
	weightPercent: number;
	/** Items in the bank for this domain. */
	itemCount: number;
	/** FSRS recall now, one per studied item. */
	recall: readonly number[];
	/** Answers to items never studied nor answered before. */
	firstLookAnswers: readonly ItemResult[];
	/** All multiple-choice answers in this domain (used for the base rate when first looks are too few). */
	answers: readonly ItemResult[];
}

export interface DomainScore {
	id: string;
	/** Chance of a right answer on an item not recalled; where it came from. */
	baseRate: number;
	baseRateFrom: 'first-looks' | 'all-answers' | 'guessing';
	/** Expected share right on this domain's questions (0–1). */
	expected: number;
}

export interface ExamScoreEstimate {
	/** Expected share right on a full-length exam (0–1). */
	score: number;
	domains: DomainScore[];
}

export const SCORE_METHOD =
	'Each question you recall from your study (flashcards and quiz answers feed the same memory) counts as ' +
	'right; one you do not recall counts at your accuracy on questions you met for the first time. Domains ' +
	'are weighted as on the official exam blueprint.';

/** `guessRate`: the chance of guessing right (1 / choices) when nothing else is known. */
export function expectedExamScore(
	domains: readonly ScoreEvidence[],
	now: number,
	guessRate = 0.25
): ExamScoreEstimate {
	const totalWeight = domains.reduce((s, d) => s + d.weightPercent, 0);
	const scored = domains.map((d): DomainScore => {
		const first =
			d.firstLookAnswers.length >= MIN_ANSWERS ? recencyWeightedAccuracy(d.firstLookAnswers, now) : null;
		const all = first === null ? recencyWeightedAccuracy(d.answers, now) : null;
		const [baseRate, baseRateFrom] =
			first !== null
				? ([first, 'first-looks'] as const)
				: all !== null
					? ([all, 'all-answers'] as const)
					: ([guessRate, 'guessing'] as const);
		const items = Math.max(d.itemCount, d.recall.length);
		const recalled = d.recall.reduce((s, r) => s + r + (1 - r) * baseRate, 0);
		const expected = items > 0 ? (recalled + (items - d.recall.length) * baseRate) / items : baseRate;
		return { id: d.id, baseRate, baseRateFrom, expected };
	});
	const score =
		totalWeight > 0
			? scored.reduce((s, d, i) => s + (domains[i]!.weightPercent / totalWeight) * d.expected, 0)
			: 0;
	return { score, domains: scored };
}
