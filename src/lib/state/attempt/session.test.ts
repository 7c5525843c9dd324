// The quiz and exam session against a real (fake-indexeddb) attempt repository: answers are saved as given
// (in the order the choices were shown), an exam reopened later ("reload") resumes with its clock measured
// from the stored start, an exam whose time ran out while closed submits itself on opening, and a flag set
// on the results page (after submit) toggles and persists in the answer row and the item's history.
import { afterEach, describe, expect, it } from 'vitest';
import { openRepositories, VitalsDatabase, type Repositories } from '$lib/db';
import type { AttemptRecord } from '$lib/domain/attempt/types';
import { fakeBank } from '$test/test-fixtures';
import { AttemptSession } from './session.svelte';

const MINUTE = 60_000;
const t0 = Date.UTC(2026, 4, 1, 9);
// Three questions; fakeBank's answers are i % 4, so the correct choices are 0, 1 and 2.
const bank = fakeBank([
	{ id: 'x', weightPercent: 60, mcqs: 2 },
	{ id: 'y', weightPercent: 40, mcqs: 1 }
]);
const ids = bank.items.map((i) => i.id);

let n = 0;
let repos: Repositories;
afterEach(async () => repos?.db.delete());

async function createAttempt(fields: Partial<AttemptRecord> = {}): Promise<number> {
	repos = openRepositories(new VitalsDatabase(`attempt-session-${++n}`));
	return repos.attempts.create({
		bankId: bank.id,
		kind: 'exam',
		mode: 'exam',
		title: 'Half-length exam',
		itemIds: ids,
		choiceOrders: [
			[3, 2, 1, 0],
			[0, 1, 2, 3],
			[1, 0, 3, 2]
		],
		seed: 7,
		startedAt: t0,
		timeLimitMs: 60 * MINUTE,
		submittedAt: null,
		status: 'active',
		currentIndex: 0,
		score: null,
		...fields
	});
}

async function openSession(id: number, clock: () => number) {
	const s = new AttemptSession({ attempts: repos.attempts, loadSet: async () => bank, clock });
	await s.open(id);
	return s;
}

describe('AttemptSession', () => {
	it('saves each answer as given, in the order the choices were shown, and a changed answer replaces it', async () => {
		const id = await createAttempt({ kind: 'quiz', mode: 'test', timeLimitMs: null });
		const s = await openSession(id, () => t0 + MINUTE);
		// Question 1 shows its choices as D, C, B, A: the last one shown is the original first (the answer).
		await s.choose(3);
		expect(await repos.attempts.answers(id)).toEqual([
			{
				attemptId: id,
				itemId: ids[0],
				bankId: bank.id,
				domain: 'x',
				choice: 0,
				correct: true,
				answeredAt: t0 + MINUTE,
				flagged: false
			}
		]);
		await s.choose(0);
		expect(await repos.attempts.answers(id)).toMatchObject([{ itemId: ids[0], choice: 3, correct: false }]);
		expect(s.answeredCount).toBe(1);

		await s.next();
		expect((await repos.attempts.get(id))?.currentIndex).toBe(1);
	});

	it('an exam reopened after a reload resumes its answers, position and clock from the stored start', async () => {
		const id = await createAttempt();
		const before = await openSession(id, () => t0 + 5 * MINUTE);
		expect(before.remainingMs).toBe(55 * MINUTE);
		await before.choose(3);
		await before.next();

		// The "reload": a new session object opens the same attempt 20 minutes after the start.
		let now = t0 + 20 * MINUTE;
		const after = await openSession(id, () => now);
		expect(after.remainingMs).toBe(40 * MINUTE);
		expect(after.index).toBe(1);
		expect(after.question(0)?.answer).toMatchObject({ choice: 0, correct: true });
		expect(after.answeredCount).toBe(1);

		// The clock keeps running from the stored start, and warns at ten minutes left.
		now = t0 + 50 * MINUTE + 1000;
		await after.tick();
		expect(after.remainingMs).toBe(10 * MINUTE - 1000);
		expect(after.announcement).toMatch(/Ten minutes remaining/);
		expect(after.submitted).toBe(false);
	});

	it('an exam whose time ran out while the app was closed submits itself on opening, scored at the limit', async () => {
		const id = await createAttempt();
		const first = await openSession(id, () => t0 + 2 * MINUTE);
		await first.choose(3); // question 1 right
		await first.next();
		await first.choose(3); // question 2: shown in stored order, so original choice 3; the answer is 1
		expect(first.submitted).toBe(false);

		const later = await openSession(id, () => t0 + 75 * MINUTE);
		expect(later.submitted).toBe(true);
		expect(later.remainingMs).toBe(0);
		const stored = await repos.attempts.get(id);
		expect(stored).toMatchObject({ status: 'submitted', submittedAt: t0 + 60 * MINUTE });
		expect(stored?.score).toEqual({
			correct: 1,
			total: 3,
			answered: 2,
			byDomain: [
				{ domain: 'x', correct: 1, total: 2 },
				{ domain: 'y', correct: 0, total: 1 }
			],
			timeUsedMs: 60 * MINUTE
		});
		// Submitting also wrote the item history of the answered questions.
		expect(await repos.db.itemStats.count()).toBe(2);
	});

	it('time running out while the exam is open submits it on the next tick', async () => {
		const id = await createAttempt();
		let now = t0 + MINUTE;
		const s = await openSession(id, () => now);
		now = t0 + 60 * MINUTE + 400;
		await s.tick();
		expect(s.submitted).toBe(true);
		expect((await repos.attempts.get(id))?.submittedAt).toBe(t0 + 60 * MINUTE);
	});

	it('after submit, a flag toggles and persists in the answer row and the item history, across reopening', async () => {
		const id = await createAttempt({ kind: 'quiz', mode: 'test', timeLimitMs: null });
		const quiz = await openSession(id, () => t0 + MINUTE);
		await quiz.choose(3);
		await quiz.submit();
		expect(quiz.submitted).toBe(true);

		// Question 1 was answered, question 3 was not; both can be flagged from the results.
		const results = await openSession(id, () => t0 + 5 * MINUTE);
		await results.toggleFlag(0);
		await results.toggleFlag(2);
		expect(results.question(0)?.answer?.flagged).toBe(true);
		expect(results.question(2)?.answer?.flagged).toBe(true);
		expect(results.flaggedCount).toBe(2);
		expect(results.announcement).toBe('Flagged for review.');

		const stats = () => repos.attempts.itemStats(bank.id);
		const rows = async () => new Map((await repos.attempts.answers(id)).map((a) => [a.itemId, a]));
		expect((await rows()).get(ids[0]!)).toMatchObject({ choice: 0, correct: true, flagged: true });
		expect((await rows()).get(ids[2]!)).toMatchObject({ choice: null, correct: false, flagged: true });
		expect((await stats()).get(ids[0]!)?.flagged).toBe(true);
		expect((await stats()).get(ids[2]!)).toMatchObject({ flagged: true, seen: 0 });
		// The score stays what was submitted.
		expect((await repos.attempts.get(id))?.score).toMatchObject({ correct: 1, answered: 1 });

		// Reopened (a reload of the results page): still flagged; a second toggle unflags everywhere.
		const reloaded = await openSession(id, () => t0 + 9 * MINUTE);
		expect(reloaded.question(0)?.answer?.flagged).toBe(true);
		await reloaded.toggleFlag(0);
		expect(reloaded.question(0)?.answer?.flagged).toBe(false);
		expect(reloaded.announcement).toBe('Flag removed.');
		expect((await rows()).get(ids[0]!)).toMatchObject({ choice: 0, flagged: false });
		expect((await stats()).get(ids[0]!)?.flagged).toBe(false);
		expect((await stats()).get(ids[2]!)?.flagged).toBe(true);
	});

	it('before submit, a flag on an unanswered question is saved with no choice and counts in the grid', async () => {
		const id = await createAttempt();
		const s = await openSession(id, () => t0 + MINUTE);
		await s.toggleFlag();
		expect(s.grid[0]).toEqual({ answered: false, flagged: true });
		expect(await repos.attempts.answers(id)).toMatchObject([{ itemId: ids[0], choice: null, flagged: true }]);
		await s.choose(3);
		// Answering keeps the flag.
		expect(await repos.attempts.answers(id)).toMatchObject([{ itemId: ids[0], choice: 0, flagged: true }]);
		await s.toggleFlag();
		expect(s.flaggedCount).toBe(0);
		expect((await repos.attempts.itemStats(bank.id)).get(ids[0]!)?.flagged).toBe(false);
	});
});
