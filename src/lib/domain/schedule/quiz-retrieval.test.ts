import { describe, expect, it } from 'vitest';
import { createScheduler, newMemory } from '../study/scheduling';
import { dayResolver } from '../calendar';
import { mcqRetrieval } from './quiz-retrieval';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const zone = 'America/New_York';
const dayOf = dayResolver(zone);
const scheduler = createScheduler({ desiredRetention: 0.9 });
// 2026-03-10 09:00 in New York (13:00 UTC).
const t0 = Date.UTC(2026, 2, 10, 13);
const learned = scheduler.grade(
	scheduler.grade(newMemory(t0 - 3 * DAY), t0 - 3 * DAY, 'good').memory,
	t0 - 3 * DAY + 600_000,
	'good'
).memory;

describe('a quiz answer as a retrieval', () => {
	it('grades a right answer Good and a wrong one Again, exactly as a flashcard grade would', () => {
		const base = { memory: learned, lastMcqUpdateDay: null, now: t0, dayOf, scheduler };
		const right = mcqRetrieval({ ...base, correct: true });
		const wrong = mcqRetrieval({ ...base, correct: false });
		expect(right).toEqual({
			kind: 'update',
			grade: 'good',
			memory: scheduler.grade(learned, t0, 'good').memory,
			day: dayOf(t0)
		});
		expect(wrong).toEqual({
			kind: 'update',
			grade: 'again',
			memory: scheduler.grade(learned, t0, 'again').memory,
			day: dayOf(t0)
		});
		// A lapse: one more lapse, relearning, and a lower stability than before.
		if (wrong.kind !== 'update') throw new Error('expected an update');
		expect([wrong.memory.lapses, wrong.memory.state]).toEqual([learned.lapses + 1, 'relearning']);
		expect(wrong.memory.stability).toBeLessThan(learned.stability);
	});

	it('starts the memory of an item never studied', () => {
		const r = mcqRetrieval({
			memory: null,
			lastMcqUpdateDay: null,
			correct: true,
			now: t0,
			dayOf,
			scheduler
		});
		expect(r.kind === 'update' && r.memory).toEqual(scheduler.grade(newMemory(t0), t0, 'good').memory);
	});

	it('updates an item at most once a day from multiple choice: a re-take an hour later is skipped', () => {
		const first = mcqRetrieval({
			memory: learned,
			lastMcqUpdateDay: null,
			correct: true,
			now: t0,
			dayOf,
			scheduler
		});
		if (first.kind !== 'update') throw new Error('expected an update');
		const again = { memory: first.memory, lastMcqUpdateDay: first.day, correct: true, dayOf, scheduler };
		expect(mcqRetrieval({ ...again, now: t0 + HOUR })).toEqual({
			kind: 'skip',
			reason: 'already-updated-today'
		});
		// 23:30 the same local day is still the same day; 00:30 the next is not.
		expect(mcqRetrieval({ ...again, now: t0 + 14.5 * HOUR }).kind).toBe('skip');
		const nextDay = mcqRetrieval({ ...again, now: t0 + 15.5 * HOUR });
		expect(nextDay.kind === 'update' && nextDay.day).toBe(dayOf(t0) + 1);
	});
});
