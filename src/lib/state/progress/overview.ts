/** Per-bank counts for the home screen, read in one pass over the stored progress. */
import { repositories } from '$lib/db';
import type { BankSummary } from '$lib/domain/bank/schema';

export interface BankOverview {
	due: number;
	seen: number;
	total: number;
}

export async function loadOverviews(
	banks: readonly BankSummary[],
	now: number
): Promise<Map<string, BankOverview>> {
	const { db } = repositories();
	const result = new Map<string, BankOverview>();
	for (const bank of banks) result.set(bank.id, { due: 0, seen: 0, total: bank.mcqCount + bank.cardCount });
	await db.progress.each((row) => {
		const entry = result.get(row.bankId);
		if (!entry) return;
		if (row.state !== 'new') entry.seen++;
		if (row.due <= now && row.state !== 'new') entry.due++;
	});
	return result;
}
