/** Scoring an attempt and keeping per-item history. */
import { RECENT_RESULTS } from '../records/item-stat';
import type { AnswerRecord, AttemptScore, ItemStat } from './types';

export { RECENT_RESULTS };
/** Times an item missed must be answered right before it leaves "Missed items". */
export const RIGHT_TO_CLEAR_MISS = 2;

export function scoreAttempt(
	items: readonly { id: string; domain: string }[],
	answers: ReadonlyMap<string, Pick<AnswerRecord, 'choice' | 'correct'>>,
	domainOrder: readonly string[],
	timeUsedMs: number
): AttemptScore {
	const byDomain = new Map(domainOrder.map((d) => [d, { domain: d, correct: 0, total: 0 }]));
	let correct = 0;
	let answered = 0;
	for (const item of items) {
		let d = byDomain.get(item.domain);
		if (!d) byDomain.set(item.domain, (d = { domain: item.domain, correct: 0, total: 0 }));
		d.total++;
		const a = answers.get(item.id);
		if (a && a.choice !== null) answered++;
		if (a?.correct) {
			d.correct++;
			correct++;
		}
	}
	return {
		correct,
		total: items.length,
		answered,
		byDomain: [...byDomain.values()].filter((d) => d.total > 0),
		timeUsedMs
	};
}

export const percent = (correct: number, total: number) => (total ? Math.round((correct / total) * 100) : 0);

/** History of an item never answered. Picks the three fields it needs: callers pass whole answers, whose
 * other fields (attemptId, choice, answeredAt) do not belong in the history row. */
export function emptyItemStat({
	itemId,
	bankId,
	domain
}: {
	itemId: string;
	bankId: string;
	domain: string;
}): ItemStat {
	return {
		itemId,
		bankId,
		domain,
		seen: 0,
		correct: 0,
		lastAnsweredAt: 0,
		missed: false,
		rightSinceMiss: 0,
		flagged: false,
		recent: []
	};
}

/** The item's history after one more scored answer. */
export function nextItemStat(
	previous: ItemStat | undefined,
	item: { itemId: string; bankId: string; domain: string },
	correct: boolean,
	at: number
): ItemStat {
	const p = previous ?? emptyItemStat(item);
	let missed = p.missed;
	let rightSinceMiss = p.rightSinceMiss;
	if (!correct) {
		missed = true;
		rightSinceMiss = 0;
	} else if (missed) {
		rightSinceMiss++;
		if (rightSinceMiss >= RIGHT_TO_CLEAR_MISS) {
			missed = false;
			rightSinceMiss = 0;
		}
	}
	return {
		...p,
		seen: p.seen + 1,
		correct: p.correct + (correct ? 1 : 0),
		lastAnsweredAt: at,
		missed,
		rightSinceMiss,
		recent: [...p.recent, { at, correct }].slice(-RECENT_RESULTS)
	};
}
