import { describe, expect, it } from 'vitest';
import { resultFromAttempt, type FinishedAttempt } from './result-from-attempt';

const attempt: FinishedAttempt = {
	itemIds: ['cpt-sc-0001', 'cpt-sc-0002', 'deck-abcd1234-0001'],
	startedAt: Date.UTC(2026, 11, 3, 10),
	submittedAt: Date.UTC(2026, 11, 3, 10, 20),
	score: { timeUsedMs: 1_200_000 }
};
const assignment = { id: 'wk1OrderOfDraw', classId: 'Zk3lQm9xTq2bVw8nRt5yHA' };
// Answers come back in the order they were given, not the attempt's; one item was left unanswered.
const answers = [
	{ itemId: 'deck-abcd1234-0001', choice: 3 },
	{ itemId: 'cpt-sc-0001', choice: 0 }
];

describe('resultFromAttempt', () => {
	it('lists every assigned item in attempt order with the original choice, null where unanswered', () => {
		expect(resultFromAttempt(attempt, answers, assignment, '  Maya Lopez ', 'resultId0001')).toEqual({
			ok: true,
			result: {
				v: 1,
				id: 'resultId0001',
				classId: 'Zk3lQm9xTq2bVw8nRt5yHA',
				assignmentId: 'wk1OrderOfDraw',
				student: 'Maya Lopez',
				startedAt: Date.UTC(2026, 11, 3, 10),
				submittedAt: Date.UTC(2026, 11, 3, 10, 20),
				timeMs: 1_200_000,
				answers: [
					{ itemId: 'cpt-sc-0001', choice: 0 },
					{ itemId: 'cpt-sc-0002', choice: null },
					{ itemId: 'deck-abcd1234-0001', choice: 3 }
				]
			}
		});
	});

	it('names what is missing and sends nothing', () => {
		expect(resultFromAttempt(attempt, answers, assignment, '  ', 'resultId0001')).toEqual({
			ok: false,
			error: expect.stringMatching(/Type your name/)
		});
		expect(resultFromAttempt(attempt, answers, assignment, 'x'.repeat(81), 'resultId0001')).toEqual({
			ok: false,
			error: expect.stringMatching(/81 characters long; 80 is the most/)
		});
		expect(
			resultFromAttempt(
				{ ...attempt, submittedAt: null, score: null },
				answers,
				assignment,
				'Maya',
				'resultId0001'
			)
		).toEqual({ ok: false, error: expect.stringMatching(/Finish the assignment first/) });
	});

	it('sends a time of zero when the clock was set back during the attempt', () => {
		const made = resultFromAttempt(
			{ ...attempt, score: { timeUsedMs: -5000 } },
			[],
			assignment,
			'Maya',
			'resultId0001'
		);
		expect(made.ok && made.result.timeMs).toBe(0);
	});
});
