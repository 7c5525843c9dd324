import { describe, expect, it } from 'vitest';
import type { ItemStat } from './types';
import { formatClock, formatDuration, remainingMs, warningsCrossed } from './exam-timer';
import { nextItemStat, percent, scoreAttempt } from './scoring';

const t0 = Date.UTC(2026, 4, 1, 10);

describe('scoreAttempt', () => {
	it('counts correct, answered and per-domain totals in blueprint order', () => {
		const items = [
			{ id: 'a1', domain: 'a' },
			{ id: 'a2', domain: 'a' },
			{ id: 'b1', domain: 'b' },
			{ id: 'c1', domain: 'c' }
		];
		const answers = new Map([
			['a1', { choice: 2, correct: true }],
			['a2', { choice: 1, correct: false }],
			['b1', { choice: null, correct: false }]
		]);
		expect(scoreAttempt(items, answers, ['b', 'a', 'c'], 90_000)).toEqual({
			correct: 1,
			total: 4,
			answered: 2,
			byDomain: [
				{ domain: 'b', correct: 0, total: 1 },
				{ domain: 'a', correct: 1, total: 2 },
				{ domain: 'c', correct: 0, total: 1 }
			],
			timeUsedMs: 90_000
		});
		expect(percent(2, 3)).toBe(67);
		expect(percent(0, 0)).toBe(0);
	});
});

describe('nextItemStat', () => {
	const item = { itemId: 'x-0001', bankId: 'cpt', domain: 'a' };
	it('marks an item missed when wrong, and clears it after two right answers', () => {
		let s = nextItemStat(undefined, item, false, t0);
		expect([s.missed, s.seen, s.correct]).toEqual([true, 1, 0]);
		s = nextItemStat(s, item, true, t0 + 1);
		expect([s.missed, s.rightSinceMiss]).toEqual([true, 1]);
		s = nextItemStat(s, item, false, t0 + 2);
		expect([s.missed, s.rightSinceMiss]).toEqual([true, 0]);
		s = nextItemStat(nextItemStat(s, item, true, t0 + 3), item, true, t0 + 4);
		expect([s.missed, s.seen, s.correct]).toEqual([false, 5, 3]);
	});
	it('keeps the last ten results', () => {
		let s: ItemStat | undefined;
		for (let i = 0; i < 15; i++) s = nextItemStat(s, item, i % 2 === 0, t0 + i);
		expect(s!.recent).toHaveLength(10);
		expect(s!.recent[0]!.at).toBe(t0 + 5);
	});
});

describe('exam timer', () => {
	it('measures against the stored start and never goes negative', () => {
		expect(remainingMs(t0, 3_600_000, t0 + 600_000)).toBe(3_000_000);
		expect(remainingMs(t0, 3_600_000, t0 + 4_000_000)).toBe(0);
	});
	it('reports the 10- and 1-minute warnings once, as they are crossed', () => {
		expect(warningsCrossed(600_001, 599_000)).toEqual([600_000]);
		expect(warningsCrossed(599_000, 598_000)).toEqual([]);
		expect(warningsCrossed(61_000, 59_000)).toEqual([60_000]);
		// Reopened after a long gap: both crossed at once.
		expect(warningsCrossed(700_000, 30_000)).toEqual([600_000, 60_000]);
		expect(warningsCrossed(30_000, 0)).toEqual([]);
	});
	it('formats the clock and durations', () => {
		expect(formatClock(3_909_000)).toBe('1:05:09');
		expect(formatClock(545_000)).toBe('9:05');
		expect(formatClock(400)).toBe('0:01');
		expect(formatDuration(45_000)).toBe('45 s');
		expect(formatDuration(7 * 60_000)).toBe('7 min');
		expect(formatDuration(72 * 60_000)).toBe('1 h 12 min');
	});
});
