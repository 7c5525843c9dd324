import { describe, expect, it } from 'vitest';
import { newMemory, type Memory } from './scheduling';
import { countQueue, LEARN_AHEAD_MS, nextDueAt, nextItem } from './queue';

const now = Date.UTC(2026, 2, 10, 12, 0, 0);
const ids = ['a', 'b', 'c', 'd', 'e'];
const mem = (state: Memory['state'], due: number): Memory => ({ ...newMemory(now), state, due, reps: 1 });

describe('nextItem', () => {
	it('shows the most overdue item first, then new items in bank order, then learning steps due soon', () => {
		const memories = new Map([
			['b', mem('review', now - 1000)],
			['c', mem('review', now - 5000)],
			['d', mem('learning', now + 60_000)]
		]);
		const base = { itemIds: ids, memories, now, newRemaining: 5 };
		expect(nextItem(base)).toBe('c');
		expect(nextItem({ ...base, skip: new Set(['c']) })).toBe('b');
		const onlyLearning = new Map([['d', mem('learning', now + 60_000)]]);
		expect(nextItem({ ...base, memories: onlyLearning })).toBe('a');
		expect(nextItem({ ...base, memories: onlyLearning, newRemaining: 0 })).toBe('d');
		expect(nextItem({ ...base, memories: new Map([['d', mem('learning', now - 1)]]) })).toBe('d');
	});

	it('stops introducing new items at the daily limit', () => {
		expect(nextItem({ itemIds: ids, memories: new Map(), now, newRemaining: 0 })).toBeNull();
	});

	it('does not show a review before it is due, nor a learning step beyond the look-ahead', () => {
		const memories = new Map([
			['a', mem('review', now + 1000)],
			['b', mem('learning', now + LEARN_AHEAD_MS + 1000)]
		]);
		expect(nextItem({ itemIds: ['a', 'b'], memories, now, newRemaining: 10 })).toBeNull();
	});

	it('repeats the just-graded item when it is the only one left', () => {
		const memories = new Map([['a', mem('learning', now + 60_000)]]);
		expect(nextItem({ itemIds: ['a'], memories, now, newRemaining: 0, skip: new Set(['a']) })).toBe('a');
	});
});

describe('countQueue and nextDueAt', () => {
	it('counts due, learning and new (capped by the day’s remaining limit)', () => {
		const memories = new Map([
			['a', mem('review', now - 1)],
			['b', mem('relearning', now + 1000)],
			['c', mem('review', now + 86_400_000)]
		]);
		expect(countQueue({ itemIds: ids, memories, now, newRemaining: 1 })).toEqual({
			due: 1,
			learning: 1,
			new: 1
		});
		expect(nextDueAt(ids, memories)).toBe(now - 1);
		expect(nextDueAt(ids, new Map())).toBeNull();
	});
});
