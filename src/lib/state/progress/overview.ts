/** Per-study-set counts for the home screen, read in one pass over the stored progress. */
import { repositories } from '$lib/db';
import type { BankSummary } from '$lib/domain/bank/schema';

export interface StudySetOverview {
	due: number;
	seen: number;
	total: number;
}

export async function loadOverviews(
	sets: readonly BankSummary[],
	now: number
): Promise<Map<string, StudySetOverview>> {
	const { db } = repositories();
	const result = new Map<string, StudySetOverview>();
	for (const set of sets) result.set(set.id, { due: 0, seen: 0, total: set.mcqCount + set.cardCount });
	await db.progress.each((row) => {
		const entry = result.get(row.bankId);
		if (!entry) return;
		if (row.state !== 'new') entry.seen++;
		if (row.due <= now && row.state !== 'new') entry.due++;
	});
	return result;
}
