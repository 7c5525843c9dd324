// Scores come from the answers and the keys here, never from the payload; the roster groups a student's
// attempts by name (case and spacing aside), shows the latest and the best, and marks late against dueAt;
// the per-domain shares count each student's latest attempt. Expected numbers are worked by hand.
import { describe, expect, it } from 'vitest';
import type { ResultPayload } from './result-payload';
import { buildRoster, domainResults, scoreAttempt, type ItemKey } from './roster';

const key = (id: string, answer: number | null, domain: string): ItemKey => ({
	id,
	answer,
	choiceCount: 4,
	domain,
	prompt: `Prompt ${id}`,
	choices: ['a', 'b', 'c', 'd']
});
const itemIds = ['x-0001', 'x-0002', 'x-0003', 'x-0004'];
// x-0004 is a card (no key): it is not scored.
const keys = new Map(
	[
		key('x-0001', 0, 'Safety'),
		key('x-0002', 1, 'Safety'),
		key('x-0003', 2, 'Draw'),
		key('x-0004', null, 'Draw')
	].map((k) => [k.id, k])
);
const due = Date.UTC(2026, 11, 8);
let n = 0;
const res = (student: string, picks: (number | null)[], submittedAt: number): ResultPayload => ({
	v: 1,
	id: `res-${String(++n).padStart(5, '0')}`,
	classId: 'class-0001',
	assignmentId: 'week1-quiz',
	student,
	startedAt: submittedAt - 60_000,
	submittedAt,
	timeMs: 60_000 * n,
	answers: itemIds.map((itemId, i) => ({ itemId, choice: picks[i] ?? null }))
});

describe('scoring and the roster', () => {
	it('scores from the keys: right picks over items with a key', () => {
		expect(scoreAttempt(res('A', [0, 1, 3, 0], due), itemIds, keys, due)).toMatchObject({
			correct: 2,
			scored: 3,
			score: 2 / 3,
			late: false
		});
		expect(scoreAttempt(res('A', [0, 1, 2, 0], due + 1), itemIds, keys, due).late).toBe(true);
		// An item the assignment does not list is not counted even when answered right.
		expect(scoreAttempt(res('A', [0], due), ['x-0001', 'x-0002'], keys).scored).toBe(2);
	});

	it('groups attempts by student, latest and best, sorted by name', () => {
		const day = 86_400_000;
		const rows = buildRoster(
			[
				res('Maya Lopez', [0, 1, 2], due - 3 * day), // 3/3, early
				res('maya  lopez ', [0, null, null], due + day), // 1/3, latest and late
				res('Ben', [1, 1, 2], due - day), // 2/3
				res('Maya Lopez', [0, 1, 2], due - day) // 3/3 again: best stays the first
			],
			itemIds,
			keys,
			due
		);
		expect(rows.map((r) => [r.student, r.attempts])).toEqual([
			['Ben', 1],
			['maya  lopez ', 3]
		]);
		const maya = rows[1]!;
		expect(maya.latest).toMatchObject({ correct: 1, late: true });
		expect(maya.best).toMatchObject({ correct: 3, late: false });
		expect(maya.best.result.submittedAt).toBe(due - 3 * day);
	});

	it('gives each domain its share right over the attempts given, weakest first', () => {
		const a = scoreAttempt(res('A', [0, 1, 2], due), itemIds, keys);
		const b = scoreAttempt(res('B', [0, 0, 1], due), itemIds, keys);
		// Safety: A 2/2, B 1/2 → 3/4. Draw (x-0003 only): A 1, B 0 → 1/2.
		expect(domainResults([a, b], itemIds, keys)).toEqual([
			{ domain: 'Draw', correct: 1, asked: 2, share: 0.5 },
			{ domain: 'Safety', correct: 3, asked: 4, share: 0.75 }
		]);
	});
});
