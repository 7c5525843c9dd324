/**
 * Merging a backup into what is already on the device, without losing either side: the newer state of
 * each card or item wins, logs (reviews, attempts with their answers) are unioned, and local settings
 * are kept. Returns only what must be written; the database layer writes it in one transaction.
 */
import type { BackupTables } from './schema';

type T = BackupTables;
type AttemptIn = T['attempts'][number];

export interface MergePlan {
	progress: T['progress'];
	/** New log rows, without ids (the database numbers them). */
	reviews: Omit<T['reviews'][number], 'id'>[];
	settings: T['settings'];
	/** New attempts, each with the answers that belong to it (their attemptId is set once it is stored). */
	attempts: { attempt: Omit<AttemptIn, 'id'>; answers: T['answers'] }[];
	itemStats: T['itemStats'];
	decks: T['decks'];
	/** Classes and results not on this device yet (a class's id and a result's id never change meaning). */
	classes: T['classes'];
	classResults: T['classResults'];
}

const reviewKey = (r: { itemId: string; reviewedAt: number }) => `${r.itemId}|${r.reviewedAt}`;
const attemptKey = (a: { bankId: string; startedAt: number; seed: number }) =>
	`${a.bankId}|${a.startedAt}|${a.seed}`;

function newer<R>(
	current: Map<string, R>,
	incoming: R[],
	key: (r: R) => string,
	isNewer: (a: R, b: R) => boolean
): R[] {
	return incoming.filter((r) => {
		const mine = current.get(key(r));
		return !mine || isNewer(r, mine);
	});
}

export function mergePlan(current: T, incoming: T): MergePlan {
	const progress = newer(
		new Map(current.progress.map((r) => [r.itemId, r])),
		incoming.progress,
		(r) => r.itemId,
		(a, b) => (a.lastReview ?? -Infinity) > (b.lastReview ?? -Infinity)
	);
	const seenReviews = new Set(current.reviews.map(reviewKey));
	const reviews = incoming.reviews
		.filter((r) => !seenReviews.has(reviewKey(r)))
		.map(({ id: _id, ...r }) => r);
	const localKeys = new Set(current.settings.map((s) => s.key));
	const settings = incoming.settings.filter((s) => !localKeys.has(s.key));

	const seenAttempts = new Set(current.attempts.map(attemptKey));
	const answersOf = new Map<number, T['answers']>();
	for (const a of incoming.answers) answersOf.set(a.attemptId, [...(answersOf.get(a.attemptId) ?? []), a]);
	const attempts = incoming.attempts
		.filter((a) => !seenAttempts.has(attemptKey(a)))
		.map(({ id, ...attempt }) => ({ attempt, answers: id === undefined ? [] : (answersOf.get(id) ?? []) }));

	const itemStats = newer(
		new Map(current.itemStats.map((r) => [r.itemId, r])),
		incoming.itemStats,
		(r) => r.itemId,
		(a, b) => a.lastAnsweredAt > b.lastAnsweredAt
	);
	const decks = newer(
		new Map(current.decks.map((r) => [r.id, r])),
		incoming.decks,
		(r) => r.id,
		(a, b) => a.version > b.version || (a.version === b.version && a.updatedAt > b.updatedAt)
	);
	const classIds = new Set(current.classes.map((c) => c.id));
	const classes = incoming.classes.filter((c) => !classIds.has(c.id));
	const resultIds = new Set(current.classResults.map((r) => r.id));
	const classResults = incoming.classResults.filter((r) => !resultIds.has(r.id));
	return { progress, reviews, settings, attempts, itemStats, decks, classes, classResults };
}

export function planSize(plan: MergePlan): number {
	return (
		plan.progress.length +
		plan.reviews.length +
		plan.settings.length +
		plan.attempts.reduce((s, a) => s + 1 + a.answers.length, 0) +
		plan.itemStats.length +
		plan.decks.length +
		plan.classes.length +
		plan.classResults.length
	);
}
