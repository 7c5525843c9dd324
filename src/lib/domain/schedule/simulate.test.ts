import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { memoryModel, newMemory } from '../study/scheduling';
import { recallOnDay, runStudent, simulatedGrade } from './simulate';
import { plainPolicy } from './sim-policies';

const DAY = 86_400_000;
const firstDay = Date.UTC(2026, 2, 2) / DAY;
const itemIds = Array.from({ length: 30 }, (_, i) => `x-${String(i).padStart(4, '0')}`);
const plain = (limit: number) => plainPolicy(itemIds, limit);

describe('simulated student', () => {
	it('grades first looks like the FSRS simulator’s defaults and recalls as often as FSRS predicts', () => {
		const rng = seededRng(7);
		const n = 20_000;
		const first = { again: 0, hard: 0, good: 0, easy: 0 };
		for (let i = 0; i < n; i++) first[simulatedGrade(undefined, 0, rng)]++;
		expect(first.again / n).toBeCloseTo(0.24, 1);
		expect(first.good / n).toBeCloseTo(0.495, 1);
		const seen = { ...newMemory(0), state: 'review' as const };
		let recalled = 0;
		for (let i = 0; i < n; i++) if (simulatedGrade(seen, 0.7, rng) !== 'again') recalled++;
		expect(recalled / n).toBeCloseTo(0.7, 1);
	});

	it('studies as today’s app does: new items up to the daily limit, and stops at its own maximum', () => {
		const run = runStudent(
			{ itemIds, firstDay, days: 3, skipRate: 0, maxReviewsPerDay: 12 },
			plain(5),
			seededRng(1)
		);
		expect(run.days.map((d) => d.newItems)).toEqual([5, 5, 5]);
		expect(run.days.every((d) => d.reviews <= 12)).toBe(true);
	});

	it('is the same student for the same seed, and another for another seed', () => {
		const config = { itemIds, firstDay, days: 10, skipRate: 0.2, maxReviewsPerDay: 40 };
		const a = runStudent(config, plain(10), seededRng(42));
		const b = runStudent(config, plain(10), seededRng(42));
		const c = runStudent(config, plain(10), seededRng(43));
		expect(b).toEqual(a);
		expect(c).not.toEqual(a);
	});

	it('counts an item never studied as 0 on exam day', () => {
		const run = runStudent(
			{ itemIds, firstDay, days: 1, skipRate: 0, maxReviewsPerDay: 100 },
			plain(3),
			seededRng(3)
		);
		const recall = recallOnDay(itemIds, run.memories, firstDay + 5, memoryModel());
		expect(recall.filter((r) => r > 0)).toHaveLength(3);
		expect(recall.slice(3).every((r) => r === 0)).toBe(true);
	});
});
