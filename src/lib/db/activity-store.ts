/** Keeps the activity summary in step with reviews and answers; called inside the writer's transaction. */
import { quarterOf, summarise, type ActivityRow } from '$lib/domain/progress/activity';
import { isCardReview } from '$lib/domain/records/review';
import type { VitalsDatabase } from './database';

/** The summary row (bank, quarter-hour) that an event at `at` counts in. */
export function activityKey(bankId: string, at: number): [string, number] {
	return [bankId, quarterOf(at)];
}

/**
 * Moves the count of `key` by `delta` from `row`, the value this transaction read (at zero the row goes).
 * Returns the write without waiting on it, so a caller can queue it beside its other writes.
 */
export function writeActivity(
	db: VitalsDatabase,
	key: [string, number],
	row: ActivityRow | undefined,
	delta: 1 | -1
): Promise<unknown> {
	const count = (row?.count ?? 0) + delta;
	if (count > 0) return db.activity.put({ bankId: key[0], quarter: key[1], count });
	return row ? db.activity.delete(key) : Promise.resolve();
}

export async function bumpActivity(
	db: VitalsDatabase,
	bankId: string,
	at: number,
	delta: 1 | -1
): Promise<void> {
	const key = activityKey(bankId, at);
	await writeActivity(db, key, await db.activity.get(key), delta);
}

/** Rebuilds the whole summary from the stored card reviews and answers (after a restore). */
export async function rebuildActivity(db: VitalsDatabase): Promise<void> {
	const events: { bankId: string; at: number }[] = [];
	await db.reviews.each((r) => {
		if (isCardReview(r)) events.push({ bankId: r.bankId, at: r.reviewedAt });
	});
	await db.answers.each((a) => void events.push({ bankId: a.bankId, at: a.answeredAt }));
	await db.activity.clear();
	await db.activity.bulkPut(summarise(events));
}
