// Proves the rhythm trainer stores its answers in the quiz machinery: a 'Rhythm trainer' tutor attempt per block
// of distinct rhythms, answers on trainer-<set>-<rhythm> ids that update item history, activity and domain
// accuracy for the set; a reload resumes the same strip; a finished block is scored and a new one begins; a new
// choice of groups applies at once; an empty choice is refused without storing anything.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repositories, type ExamStats } from '$lib/db';
import { rhythmsIn } from '$lib/domain/strip/trainer';
import { TrainerSession } from './session.svelte';

const bank = {
	id: 'cet',
	name: 'Certified EKG Technician (CET)',
	body: 'NHA',
	kind: 'exam',
	domains: [{ id: 'ekg-analysis-interpretation', name: 'EKG Analysis', weightPercent: 100 }],
	items: []
};

async function clearTables() {
	const { db } = repositories();
	await Promise.all(
		[db.attempts, db.answers, db.itemStats, db.activity, db.progress, db.reviews].map((t) => t.clear())
	);
}

beforeEach(async () => {
	vi.stubGlobal('fetch', async () => Response.json(bank));
	await clearTables();
});
afterEach(() => vi.unstubAllGlobals());

function trainer(now: { t: number }, seeds: number[] = [11, 22, 33, 44]) {
	let i = 0;
	return new TrainerSession(
		() => now.t,
		() => seeds[i++ % seeds.length]!
	);
}

describe('the rhythm trainer', () => {
	it('stores each answer as a tutor-quiz answer that feeds item history, activity and accuracy', async () => {
		const now = { t: Date.UTC(2025, 0, 6, 15) };
		const session = trainer(now);
		await session.open('cet');
		const q = session.question!;
		expect(q.item.id).toMatch(/^trainer-cet-[a-z0-9-]+$/);
		expect(q.item.choices).toHaveLength(4);
		// Nothing is stored before the first answer.
		expect(await repositories().db.attempts.count()).toBe(0);

		await session.choose(q.item.answer);
		const [attempt] = await repositories().db.attempts.toArray();
		expect(attempt).toMatchObject({
			bankId: 'cet',
			kind: 'quiz',
			mode: 'tutor',
			title: 'Rhythm trainer',
			status: 'active',
			seed: 11
		});
		expect(new Set(attempt!.itemIds).size).toBe(attempt!.itemIds.length);
		const stat = await repositories().db.itemStats.get(q.item.id);
		expect(stat).toMatchObject({ bankId: 'cet', domain: 'ekg-analysis-interpretation', seen: 1, correct: 1 });
		const stats = await new Promise<ExamStats>((resolve, reject) => {
			const stop = repositories().stats.watch('cet', 0, (s) => (stop(), resolve(s)), reject);
		});
		expect(stats.activity).toHaveLength(1);
		expect(session.score).toEqual({ right: 1, answered: 1 });

		// A second answer to the same strip is ignored: tutor answers are final.
		await session.choose((q.item.answer + 1) % 4);
		expect(session.score).toEqual({ right: 1, answered: 1 });

		await session.next();
		const second = session.question!;
		expect(second.item.id).not.toBe(q.item.id);
		await session.choose((second.item.answer + 1) % 4);
		expect(await repositories().db.itemStats.get(second.item.id)).toMatchObject({
			seen: 1,
			correct: 0,
			missed: true
		});
		expect(session.score).toEqual({ right: 1, answered: 2 });
	});

	it('resumes the same strip, choices and score after a reload', async () => {
		const now = { t: 1_000_000 };
		const first = trainer(now);
		await first.open('cet');
		await first.choose(first.question!.item.answer);
		await first.next();
		const shown = first.question!;

		const again = trainer(now, [99]);
		await again.open('cet');
		expect(again.question!.item.id).toBe(shown.item.id);
		expect(again.question!.item.choices).toEqual(shown.item.choices);
		expect(again.question!.item.figure).toEqual(shown.item.figure);
		expect(again.question!.index).toBe(1);
		expect(again.score).toEqual({ right: 1, answered: 1 });
	});

	it('scores a finished block and starts a new one, endlessly', async () => {
		const now = { t: 5_000_000 };
		const session = trainer(now);
		await session.open('cet');
		const ids: string[] = [];
		for (let i = 0; i < 10; i++) {
			const q = session.question!;
			ids.push(q.item.id);
			await session.choose(i < 7 ? q.item.answer : (q.item.answer + 1) % 4);
			now.t += 5000;
			await session.next();
		}
		expect(new Set(ids).size).toBe(10);
		const [done] = await repositories().db.attempts.toArray();
		expect(done).toMatchObject({ status: 'submitted', seed: 11 });
		expect(done!.score).toMatchObject({
			correct: 7,
			total: 10,
			answered: 10,
			byDomain: [{ domain: 'ekg-analysis-interpretation', correct: 7, total: 10 }]
		});
		// The eleventh strip belongs to a new block, stored at its first answer.
		await session.choose(session.question!.item.answer);
		const attempts = await repositories().db.attempts.toArray();
		expect(attempts).toHaveLength(2);
		expect(attempts[1]).toMatchObject({ status: 'active', seed: 22 });
		expect(session.score).toEqual({ right: 8, answered: 11 });
	});

	it('applies a new choice of groups at once, closing the block so far', async () => {
		const now = { t: 9_000_000 };
		const session = trainer(now);
		await session.open('cet');
		await session.choose(session.question!.item.answer);
		await session.setGroups(['av-block']);
		const [closed] = await repositories().db.attempts.toArray();
		expect(closed).toMatchObject({ status: 'submitted', score: { correct: 1, total: 1, answered: 1 } });
		const blockRhythms = new Set<string>();
		for (let i = 0; i < 4; i++) {
			blockRhythms.add(session.question!.item.id.replace('trainer-cet-', ''));
			await session.choose(0);
			await session.next();
		}
		expect([...blockRhythms].sort()).toEqual(rhythmsIn(['av-block']).sort());
	});

	it('refuses an empty choice of groups and stores nothing', async () => {
		const session = trainer({ t: 1 });
		await session.open('cet');
		const before = session.question!.item.id;
		await session.setGroups([]);
		expect(session.error).toBe('Choose at least one group of rhythms.');
		expect(session.question!.item.id).toBe(before);
		expect(await repositories().db.attempts.count()).toBe(0);
	});

	it('is only for sets with EKG content', async () => {
		await expect(trainer({ t: 1 }).open('cpt')).rejects.toThrow(/CET, CPCT\/A and CCMA/);
	});
});
