import { describe, expect, it } from 'vitest';
import { activityTimes, QUARTER_MS, quarterOf, summarise } from './activity';
import { countByDay } from './streaks';

const t = Date.UTC(2026, 2, 10, 18, 20);

describe('activity summary', () => {
	it('sums events per bank and quarter-hour', () => {
		const rows = summarise([
			{ bankId: 'cpt', at: t },
			{ bankId: 'cpt', at: t + 60_000 },
			{ bankId: 'cpt', at: t + QUARTER_MS },
			{ bankId: 'ccma', at: t }
		]);
		expect(rows).toEqual([
			{ bankId: 'cpt', quarter: quarterOf(t), count: 2 },
			{ bankId: 'cpt', quarter: quarterOf(t) + 1, count: 1 },
			{ bankId: 'ccma', quarter: quarterOf(t), count: 1 }
		]);
	});

	it('gives the same days as the raw timestamps, in half-hour zones too', () => {
		// 18:20–18:40 UTC straddles midnight in India (UTC+5:30): 23:50 and 00:10 local.
		const raw = [t, t + 20 * 60_000, t + 40 * 60_000, t - 86_400_000];
		const times = activityTimes(summarise(raw.map((at) => ({ bankId: 'cpt', at }))));
		for (const zone of ['Asia/Kolkata', 'America/New_York', 'UTC', 'Asia/Kathmandu']) {
			expect(countByDay(times, zone)).toEqual(countByDay(raw, zone));
		}
	});
});
