/** Per-study-set counts for the home screen, read in one pass over the stored progress. */
// Through startup.ts: the home screen shows these.
import { startupRepositories } from '$lib/db/startup';
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
	const { db } = startupRepositories();
	const result = new Map<string, StudySetOverview>();
	for (const set of sets) result.set(set.id, { due: 0, seen: 0, total: set.mcqCount + set.cardCount });
	await db.progress.each((row) => {
		const entry = result.get(row.bankId);
		// A rhythm-trainer item (trainer-sets.ts `trainerItemId`) has a memory but is none of the set's cards.
		// Its prefix is checked here, not imported: the trainer's module would be the home page's extra request.
		if (!entry || row.itemId.startsWith('trainer-')) return;
		if (row.state !== 'new') entry.seen++;
		if (row.due <= now && row.state !== 'new') entry.due++;
	});
	return result;
}
