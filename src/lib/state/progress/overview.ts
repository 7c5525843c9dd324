/** Per-study-set counts for the home screen, read in one pass over the stored progress. */
// Through startup.ts: the home screen shows these.
import { startupRepositories } from '$lib/db/startup';
import type { BankSummary } from '$lib/domain/bank/schema';
import { isTrainerItem } from '$lib/domain/strip/trainer-sets';

export interface StudySetOverview {
	due: number;
	seen: number;
	total: number;
}

export async function loadOverviews(
	sets: readonly BankSummary[],
	now: number
): Promise<Map<string, StudySetOverview>> {
	const { db } = startupRepositories();
	const result = new Map<string, StudySetOverview>();
	for (const set of sets) result.set(set.id, { due: 0, seen: 0, total: set.mcqCount + set.cardCount });
	await db.progress.each((row) => {
		const entry = result.get(row.bankId);
		if (!entry || isTrainerItem(row.itemId)) return;
		if (row.state !== 'new') entry.seen++;
		if (row.due <= now && row.state !== 'new') entry.due++;
	});
	return result;
}
