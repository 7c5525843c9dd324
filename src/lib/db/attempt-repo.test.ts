import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerRecord, AttemptRecord } from '$lib/domain/attempt/types';
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

describe('attempt repository', () => {
	it('saves each answer as given and finds the active attempt to resume', async () => {
		open();
		const id = await repos.attempts.create(attempt('exam'));
		await repos.attempts.saveAnswer(answer(id, 'cpt-rbc-0001', false), { currentIndex: 1, final: false });
		// Changing an answer replaces it.
		await repos.attempts.saveAnswer(answer(id, 'cpt-rbc-0001', true), { currentIndex: 1, final: false });
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
		await repos.attempts.saveAnswer(answer(id, 'cpt-rbc-0001', true), { currentIndex: 1, final: false });
		await repos.attempts.saveAnswer(answer(id, 'cpt-rbc-0002', false, { flagged: true }), {
			currentIndex: 1,
			final: false
		});
		await repos.attempts.submit(id, score, t0 + 5000);
		await repos.attempts.submit(id, score, t0 + 9000); // a second submit changes nothing
		const row = await repos.attempts.get(id);
		expect(row).toMatchObject({ status: 'submitted', submittedAt: t0 + 5000, score });
		const stats = await repos.attempts.itemStats('cpt');
		expect(stats.get('cpt-rbc-0001')).toMatchObject({ seen: 1, correct: 1, missed: false });
		expect(stats.get('cpt-rbc-0002')).toMatchObject({ seen: 1, correct: 0, missed: true, flagged: true });
		expect((await repos.attempts.history('cpt')).map((a) => a.id)).toEqual([id]);
		await expect(
			repos.attempts.saveAnswer(answer(id, 'cpt-rbc-0001', false), { currentIndex: 0, final: false })
		).rejects.toThrow('already been submitted');
	});

	it('tutor answers count immediately and are not counted again at submit', async () => {
		open();
		const id = await repos.attempts.create(attempt('tutor'));
		await repos.attempts.saveAnswer(answer(id, 'cpt-rbc-0001', false), { currentIndex: 1, final: true });
		expect((await repos.attempts.itemStats('cpt')).get('cpt-rbc-0001')).toMatchObject({
			seen: 1,
			missed: true
		});
		await repos.attempts.submit(id, score, t0 + 5000);
		expect((await repos.attempts.itemStats('cpt')).get('cpt-rbc-0001')?.seen).toBe(1);
	});

	it('flags persist in item history and a failed write leaves nothing behind', async () => {
		open();
		await repos.attempts.setFlag({ itemId: 'cpt-rbc-0009', bankId: 'cpt', domain: 'processing' }, true);
		expect((await repos.attempts.itemStats('cpt')).get('cpt-rbc-0009')?.flagged).toBe(true);
		const id = await repos.attempts.create(attempt('tutor'));
		repos.db.itemStats.hook('creating', () => {
			throw new Error('QuotaExceededError');
		});
		await expect(
			repos.attempts.saveAnswer(answer(id, 'cpt-rbc-0001', true), { currentIndex: 1, final: true })
		).rejects.toThrow();
		expect(await repos.attempts.answers(id)).toEqual([]);
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
			'recent'
		];
		const tutor = await repos.attempts.create(attempt('tutor'));
		await repos.attempts.saveAnswer(answer(tutor, 'cpt-rbc-0001', false), { currentIndex: 0, final: true });
		const test = await repos.attempts.create(attempt('test'));
		await repos.attempts.saveAnswer(answer(test, 'cpt-rbc-0002', true), { currentIndex: 1, final: false });
		await repos.attempts.submit(test, score, t0 + 5000);
		for (const row of await repos.db.itemStats.toArray()) expect(Object.keys(row)).toEqual(historyFields);
		expect(await repos.db.itemStats.count()).toBe(2);
	});
});
