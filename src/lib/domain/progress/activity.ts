/**
 * Study activity summarised by quarter-hour: what the streak and the heatmap need, without reading every
 * review. Quarter-hours, not days: every time zone's offset is a multiple of 15 minutes, so each bucket
 * falls within one local day wherever the student is, and days are worked out when the screen is drawn.
 */

import type { ActivityRow } from '../records/activity';
import { QUARTER_MS } from '../records/quarter';

export { QUARTER_MS, type ActivityRow };

export const quarterOf = (at: number) => Math.floor(at / QUARTER_MS);

/** Sums events into rows, one per bank and quarter-hour. */
export function summarise(events: Iterable<{ bankId: string; at: number }>): ActivityRow[] {
	const rows = new Map<string, ActivityRow>();
	for (const { bankId, at } of events) {
		const quarter = quarterOf(at);
		const key = `${bankId}\u0000${quarter}`;
		const row = rows.get(key);
		if (row) row.count++;
		else rows.set(key, { bankId, quarter, count: 1 });
	}
	return [...rows.values()];
}

/** One timestamp per event (the start of its quarter-hour), for the day-based streak and heatmap. */
export function activityTimes(rows: Iterable<ActivityRow>): number[] {
	const out: number[] = [];
	for (const row of rows) for (let i = 0; i < row.count; i++) out.push(row.quarter * QUARTER_MS);
	return out;
}
