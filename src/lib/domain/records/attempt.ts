/** A quiz or exam simulation: what is asked, in what order, where the student is, and the score once submitted. */
import * as v from 'valibot';
import { countSchema, idSchema, intIn, realIn, rowIdSchema, SPAN_MAX, timeSchema } from './fields';

/** Every question the app asks is multiple choice with four choices (see the bank schema). */
export const CHOICES_PER_ITEM = 4;

/** True when `order` lists each of 0..n-1 exactly once: the only orders the app writes. */
export function isPermutation(order: readonly number[], n: number): boolean {
	if (order.length !== n) return false;
	const seen = new Set<number>();
	for (const i of order) {
		if (!Number.isInteger(i) || i < 0 || i >= n || seen.has(i)) return false;
		seen.add(i);
	}
	return true;
}

const choiceOrderSchema = v.pipe(
	v.array(v.number()),
	v.check(
		(order) => isPermutation(order, CHOICES_PER_ITEM),
		'expected an order of the four choices: 0, 1, 2 and 3, each once'
	)
);

const domainScoreSchema = v.object({ domain: v.string(), correct: countSchema, total: countSchema });

export const attemptScoreSchema = v.object({
	correct: countSchema,
	total: countSchema,
	answered: countSchema,
	byDomain: v.array(domainScoreSchema),
	/** The difference of two stored times: a clock set back during the attempt can make it negative. */
	timeUsedMs: intIn(-SPAN_MAX, SPAN_MAX)
});

/** An attempt as stored. Rules across fields: one choice order per question, a position inside the attempt,
 * and a score and submission time exactly when submitted (the results screen reads them). */
export const attemptRowSchema = v.pipe(
	v.object({
		/** The study set's id; stored rows (and backups) keep the name `bankId`. */
		bankId: idSchema,
		kind: v.picklist(['quiz', 'exam']),
		/** tutor: feedback after each answer; test: feedback at the end; exam: timed simulation. */
		mode: v.picklist(['tutor', 'test', 'exam']),
		/** What the student chose, e.g. "Quick 10" or "Full-length exam". */
		title: v.string(),
		itemIds: v.pipe(
			v.array(idSchema),
			v.minLength(1, 'an attempt asks at least one question'),
			v.check((ids) => new Set(ids).size === ids.length, 'a question is listed twice')
		),
		/** Per item, the order its choices are shown in (indexes into the item's choices). Seeded, so stable. */
		choiceOrders: v.array(choiceOrderSchema),
		/** The attempt's random seed: a 32-bit unsigned integer from crypto.getRandomValues. */
		seed: intIn(0, 0xffff_ffff),
		startedAt: timeSchema,
		/** Time allowed, for exams; null for untimed quizzes. */
		timeLimitMs: v.nullable(intIn(1, SPAN_MAX)),
		submittedAt: v.nullable(timeSchema),
		status: v.picklist(['active', 'submitted']),
		currentIndex: countSchema,
		score: v.nullable(attemptScoreSchema),
		/** Exam simulations: the readiness (percent) the progress screen showed as the attempt started, to check
		 * it against the score. Absent when there was too little data for one, and on older rows. */
		predictedScore: v.optional(realIn(0, 100)),
		/** The number the database gave it (last, where IndexedDB adds a key it generates). */
		id: rowIdSchema
	}),
	v.forward(
		v.partialCheck(
			[['choiceOrders'], ['itemIds']],
			(a) => a.choiceOrders.length === a.itemIds.length,
			'expected one choice order per question'
		),
		['choiceOrders']
	),
	v.forward(
		v.partialCheck(
			[['currentIndex'], ['itemIds']],
			(a) => a.currentIndex < a.itemIds.length,
			'expected the position of one of the attempt’s questions'
		),
		['currentIndex']
	),
	v.forward(
		v.partialCheck(
			[['status'], ['score']],
			(a) => (a.status === 'submitted') === (a.score !== null),
			'a submitted attempt has a score and an active one has none'
		),
		['score']
	),
	v.forward(
		v.partialCheck(
			[['status'], ['submittedAt']],
			(a) => (a.status === 'submitted') === (a.submittedAt !== null),
			'a submitted attempt has a submission time and an active one has none'
		),
		['submittedAt']
	)
);
export type AttemptRow = v.InferOutput<typeof attemptRowSchema>;
/** An attempt before the database numbers it. */
export type AttemptRecord = Omit<AttemptRow, 'id'>;

export type AttemptKind = AttemptRecord['kind'];
export type AttemptMode = AttemptRecord['mode'];
export type AttemptScore = v.InferOutput<typeof attemptScoreSchema>;
export type DomainScore = v.InferOutput<typeof domainScoreSchema>;
