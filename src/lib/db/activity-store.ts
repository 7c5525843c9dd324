/** Keeps the activity summary in step with reviews and answers; called inside the writer's transaction. */
import { quarterOf, summarise } from '$lib/domain/progress/activity';
import type { VitalsDatabase } from './database';

export async function bumpActivity(
	db: VitalsDatabase,
	bankId: string,
	at: number,
	delta: 1 | -1
): Promise<void> {
	const key: [string, number] = [bankId, quarterOf(at)];
	const row = await db.activity.get(key);
	const count = (row?.count ?? 0) + delta;
	if (count > 0) await db.activity.put({ bankId, quarter: key[1], count });
	else if (row) await db.activity.delete(key);
}

/** Rebuilds the whole summary from the stored reviews and answers (after a restore). */
export async function rebuildActivity(db: VitalsDatabase): Promise<void> {
	const events: { bankId: string; at: number }[] = [];
	await db.reviews.each((r) => void events.push({ bankId: r.bankId, at: r.reviewedAt }));
	await db.answers.each((a) => void events.push({ bankId: a.bankId, at: a.answeredAt }));
	await db.activity.clear();
	await db.activity.bulkPut(summarise(events));
}
