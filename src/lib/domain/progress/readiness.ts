/**
 * Readiness: how much of an exam the student would likely get right today, from per-domain mastery
 * weighted by the blueprint. Mastery mixes FSRS recall of the domain's items (unstudied items count as 0)
 * with recent multiple-choice accuracy (recent answers weigh more). Pure: `now` and all data come in.
 */
import type { ItemResult } from '../attempt/types';
import { recencyWeightedAccuracy } from './accuracy';

export { HALF_LIFE_DAYS, MIN_ANSWERS } from './accuracy';

export interface DomainEvidence {
	id: string;
	name: string;
	weightPercent: number;
	/** Items in the bank for this domain (every item can be studied as a flashcard). */
	itemCount: number;
	/** FSRS retrievability now, one per studied item. */
	recall: readonly number[];
	/** Multiple-choice results in this domain (quizzes and exams). */
	answers: readonly ItemResult[];
}

export interface DomainMastery {
	id: string;
	name: string;
	weightPercent: number;
	/** 0–1, or null with no flashcard study. */
	recallScore: number | null;
	/** 0–1, or null with fewer than MIN_ANSWERS answers. */
	quizScore: number | null;
	/** 0–1; 0 when there is no data. */
	mastery: number;
	hasData: boolean;
	/** Readiness points (0–1) the whole exam would gain if this domain were mastered. */
	gain: number;
}

export interface Readiness {
	/** 0–1, or null when there is too little data to estimate. */
	score: number | null;
	/** Score computed anyway (for the projection and debugging), even with too little data. */
	raw: number;
	tooLittleData: boolean;
	domains: DomainMastery[];
	/** Up to three domains that would raise readiness most, biggest gain first. */
	focus: DomainMastery[];
}

/** Studied items plus answers, across the exam, before an estimate means anything. */
export const MIN_EVIDENCE = 30;
/** Share of the blueprint (by weight) that must have some data. */
export const MIN_COVERED_WEIGHT = 0.5;

export const METHOD =
	'Each exam domain scores the average of your flashcard recall (from the spaced-repetition model; ' +
	'cards not yet studied count as 0) and your recent quiz accuracy (an answer two weeks old counts half), ' +
	'and the domains are weighted as on the official exam blueprint.';

export function domainMastery(d: DomainEvidence, now: number): Omit<DomainMastery, 'gain'> {
	const recallScore =
		d.recall.length > 0 && d.itemCount > 0
			? d.recall.reduce((s, r) => s + r, 0) / Math.max(d.itemCount, d.recall.length)
			: null;
	const quizScore = recencyWeightedAccuracy(d.answers, now);
	const parts = [recallScore, quizScore].filter((x): x is number => x !== null);
	return {
		id: d.id,
		name: d.name,
		weightPercent: d.weightPercent,
		recallScore,
		quizScore,
		mastery: parts.length ? parts.reduce((s, x) => s + x, 0) / parts.length : 0,
		hasData: parts.length > 0
	};
}

export function readiness(domains: readonly DomainEvidence[], now: number): Readiness {
	const totalWeight = domains.reduce((s, d) => s + d.weightPercent, 0);
	const mastered = domains.map((d) => domainMastery(d, now));
	return combine(
		mastered,
		totalWeight,
		domains.reduce((s, d) => s + d.recall.length + d.answers.length, 0)
	);
}

function combine(mastered: Omit<DomainMastery, 'gain'>[], totalWeight: number, evidence: number): Readiness {
	const share = (w: number) => (totalWeight > 0 ? w / totalWeight : 0);
	const domains = mastered.map((m) => ({ ...m, gain: share(m.weightPercent) * (1 - m.mastery) }));
	const raw = domains.reduce((s, m) => s + share(m.weightPercent) * m.mastery, 0);
	const covered = domains.filter((m) => m.hasData).reduce((s, m) => s + share(m.weightPercent), 0);
	const tooLittleData = evidence < MIN_EVIDENCE || covered < MIN_COVERED_WEIGHT;
	const focus = [...domains]
		.filter((m) => m.gain > 0.0005)
		.sort((a, b) => b.gain - a.gain)
		.slice(0, 3);
	return { score: tooLittleData ? null : raw, raw, tooLittleData, domains, focus };
}

/**
 * Where the student will likely stand on exam day if they keep the plan: every item studied by then is
 * kept at the desired retention by its reviews (FSRS schedules each review when recall falls to that level,
 * so this is a floor), items the plan reaches are added in proportion, and quiz accuracy stays as it is.
 */
export function projectReadiness(
	domains: readonly DomainEvidence[],
	now: number,
	options: { desiredRetention: number; coverage: number }
): Readiness {
	const totalWeight = domains.reduce((s, d) => s + d.weightPercent, 0);
	const mastered = domains.map((d) => {
		const today = domainMastery(d, now);
		if (d.itemCount === 0) return today;
		const unseen = Math.max(0, d.itemCount - d.recall.length);
		const learned = d.recall.length + unseen * Math.min(1, Math.max(0, options.coverage));
		const recallScore = (options.desiredRetention * learned) / d.itemCount;
		const parts = [recallScore, today.quizScore].filter((x): x is number => x !== null);
		return {
			...today,
			recallScore,
			mastery: parts.reduce((s, x) => s + x, 0) / parts.length,
			hasData: today.hasData
		};
	});
	return combine(
		mastered,
		totalWeight,
		domains.reduce((s, d) => s + d.recall.length + d.answers.length, 0)
	);
}
