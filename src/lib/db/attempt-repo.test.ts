import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerRecord, AttemptRecord } from '$lib/domain/attempt/types';
import { dayResolver } from '$lib/domain/calendar';
import { createScheduler } from '$lib/domain/study/scheduling';
import { openRepositories, VitalsDatabase } from './index';

let n = 0;
let repos: ReturnType<typeof openRepositories>;
afterEach(async () => repos?.db.delete());
const open = () => (repos = openRepositories(new VitalsDatabase(`attempt-test-${++n}`)));
const t0 = Date.UTC(2026, 4, 1, 10);

const attempt = (mode: AttemptRecord['mode']): AttemptRecord => ({
	bankId: 'cpt',
	kind: mode === 'exam' ? 'exam' : 'quiz',
	mode,
	title: 'Test',
	itemIds: ['cpt-rbc-0001', 'cpt-rbc-0002'],
	choiceOrders: [
		[0, 1, 2, 3],
		[3, 2, 1, 0]
	],
	seed: 1,
	startedAt: t0,
	timeLimitMs: mode === 'exam' ? 60_000 : null,
	submittedAt: null,
	status: 'active',
	currentIndex: 0,
	score: null
});
const answer = (
	attemptId: number,
	itemId: string,
	correct: boolean,
	extra: Partial<AnswerRecord> = {}
): AnswerRecord => ({
	attemptId,
	itemId,
	bankId: 'cpt',
	domain: 'routine-blood-collections',
	choice: correct ? 1 : 2,
	correct,
	answeredAt: t0 + 1000,
	flagged: false,
	...extra
});
const score = { correct: 1, total: 2, answered: 2, byDomain: [], timeUsedMs: 5000 };
const feed = { scheduler: createScheduler({ desiredRetention: 0.9 }), dayOf: dayResolver('UTC') };

describe('attempt repository', () => {
	it('saves each answer as given and finds the active attempt to resume', async () => {
		open();
		const id = await repos.attempts.create(attempt('exam'));
		await repos.attempts.saveAnswer(
			answer(id, 'cpt-rbc-0001', false),
			{ currentIndex: 1, final: false },
			feed
		);
		// Changing an answer replaces it.
		await repos.attempts.saveAnswer(
			answer(id, 'cpt-rbc-0001', true),
			{ currentIndex: 1, final: false },
			feed
		);
		const active = await repos.attempts.active('cpt');
		expect(active?.id).toBe(id);
		expect(active?.currentIndex).toBe(1);
		expect(await repos.attempts.answers(id)).toEqual([answer(id, 'cpt-rbc-0001', true)]);
		expect(await repos.attempts.active('ccma')).toBeUndefined();
		// Exam answers count toward item history only at submit.
		expect(await repos.db.itemStats.count()).toBe(0);
	});

	it('submit scores the attempt and updates item history once, in one go', async () => {
		open();
		const id = await repos.attempts.create(attempt('test'));
		await repos.attempts.saveAnswer(
			answer(id, 'cpt-rbc-0001', true),
			{ currentIndex: 1, final: false },
			feed
		);
		await repos.attempts.saveAnswer(
			answer(id, 'cpt-rbc-0002', false, { flagged: true }),
			{
				currentIndex: 1,
				final: false
			},
			feed
		);
		await repos.attempts.submit(id, score, t0 + 5000, feed);
		await repos.attempts.submit(id, score, t0 + 9000, feed); // a second submit changes nothing
		const row = await repos.attempts.get(id);
		expect(row).toMatchObject({ status: 'submitted', submittedAt: t0 + 5000, score });
		const stats = await repos.attempts.itemStats('cpt');
		expect(stats.get('cpt-rbc-0001')).toMatchObject({ seen: 1, correct: 1, missed: false });
		expect(stats.get('cpt-rbc-0002')).toMatchObject({ seen: 1, correct: 0, missed: true, flagged: true });
		expect((await repos.attempts.history('cpt')).map((a) => a.id)).toEqual([id]);
		expect(await repos.attempts.history('ccma')).toEqual([]);
		await expect(
			repos.attempts.saveAnswer(answer(id, 'cpt-rbc-0001', false), { currentIndex: 0, final: false }, feed)
		).rejects.toThrow('already been submitted');
	});

	it('tutor answers count immediately and are not counted again at submit', async () => {
		open();
		const id = await repos.attempts.create(attempt('tutor'));
		await repos.attempts.saveAnswer(
			answer(id, 'cpt-rbc-0001', false),
			{ currentIndex: 1, final: true },
			feed
		);
		expect((await repos.attempts.itemStats('cpt')).get('cpt-rbc-0001')).toMatchObject({
			seen: 1,
			missed: true
		});
		await repos.attempts.submit(id, score, t0 + 5000, feed);
		expect((await repos.attempts.itemStats('cpt')).get('cpt-rbc-0001')?.seen).toBe(1);
	});

	it('a flag is stored in the answer row and the item history together, before or after submit', async () => {
		open();
		const id = await repos.attempts.create(attempt('test'));
		const item = { itemId: 'cpt-rbc-0002', bankId: 'cpt', domain: 'routine-blood-collections' };
		expect(await repos.attempts.setFlag(id, item, true, t0 + 500)).toEqual({
			attemptId: id,
			...item,
			choice: null,
			correct: false,
			answeredAt: t0 + 500,
			flagged: true
		});
		await repos.attempts.saveAnswer(
			answer(id, 'cpt-rbc-0002', true, { flagged: true }),
			{
				currentIndex: 1,
				final: false
			},
			feed
		);
		await repos.attempts.submit(id, score, t0 + 5000, feed);
		// After submit the answer keeps its choice and time; only the flag changes.
		await repos.attempts.setFlag(id, item, false, t0 + 9000);
		expect(await repos.attempts.answers(id)).toEqual([answer(id, 'cpt-rbc-0002', true, { flagged: false })]);
		expect((await repos.attempts.itemStats('cpt')).get('cpt-rbc-0002')).toMatchObject({
			seen: 1,
			flagged: false
		});
		await expect(repos.attempts.setFlag(id, { ...item, itemId: 'cpt-rbc-0099' }, true, t0)).rejects.toThrow(
			'not part of this quiz or exam'
		);
	});

	it('a failed write leaves nothing behind: neither the answer nor the flag', async () => {
		open();
		const id = await repos.attempts.create(attempt('tutor'));
		repos.db.itemStats.hook('creating', () => {
			throw new Error('QuotaExceededError');
		});
		await expect(
			repos.attempts.saveAnswer(answer(id, 'cpt-rbc-0001', true), { currentIndex: 1, final: true }, feed)
		).rejects.toThrow();
		await expect(
			repos.attempts.setFlag(
				id,
				{ itemId: 'cpt-rbc-0001', bankId: 'cpt', domain: 'routine-blood-collections' },
				true,
				t0
			)
		).rejects.toThrow();
		expect(await repos.attempts.answers(id)).toEqual([]);
		expect(await repos.db.activity.count()).toBe(0);
		expect((await repos.attempts.get(id))?.currentIndex).toBe(0);
	});

	it('item history rows hold only their own fields, not the answer that created them', async () => {
		open();
		const historyFields = [
			'itemId',
			'bankId',
			'domain',
			'seen',
			'correct',
			'lastAnsweredAt',
			'missed',
			'rightSinceMiss',
			'flagged',
			'recent',
			'lastMcqDay'
		];
		const tutor = await repos.attempts.create(attempt('tutor'));
		await repos.attempts.saveAnswer(
			answer(tutor, 'cpt-rbc-0001', false),
			{ currentIndex: 0, final: true },
			feed
		);
		const test = await repos.attempts.create(attempt('test'));
		await repos.attempts.saveAnswer(
			answer(test, 'cpt-rbc-0002', true),
			{ currentIndex: 1, final: false },
			feed
		);
		await repos.attempts.submit(test, score, t0 + 5000, feed);
		for (const row of await repos.db.itemStats.toArray()) expect(Object.keys(row)).toEqual(historyFields);
		expect(await repos.db.itemStats.count()).toBe(2);
	});
});
