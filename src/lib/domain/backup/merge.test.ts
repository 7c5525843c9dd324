import { describe, expect, it } from 'vitest';
import { mergePlan, planSize } from './merge';
import { sample } from '$test/backup-fixture';
import type { BackupTables } from './schema';

const local = (): BackupTables => structuredClone(sample.tables);

describe('merging a backup into local data', () => {
	it('adds nothing when the backup holds exactly what is here', () => {
		expect(planSize(mergePlan(local(), local()))).toBe(0);
	});

	it('keeps the newer state of each card, whichever side it is on', () => {
		const here = local();
		const there = local();
		there.progress[0]!.lastReview = here.progress[0]!.lastReview! + 1000;
		expect(mergePlan(here, there).progress).toEqual(there.progress);
		expect(mergePlan(there, here).progress).toEqual([]);
	});

	it('unions review logs and attempts, carrying each attempt’s answers, and keeps local settings', () => {
		const here = local();
		const there = local();
		there.reviews.push({ ...there.reviews[0]!, id: 1, reviewedAt: there.reviews[0]!.reviewedAt + 5 });
		there.attempts.push({ ...there.attempts[0]!, id: 1, startedAt: 123 });
		there.answers.push({ ...there.answers[0]!, attemptId: 1, itemId: 'ccma-pc-0002' });
		there.settings = [
			{ key: 'theme', value: 'light' },
			{ key: 'dailyNewLimit', value: 40 }
		];
		const plan = mergePlan(here, there);
		expect(plan.reviews).toHaveLength(1);
		expect(plan.reviews[0]).not.toHaveProperty('id'); // the database numbers it, no clash with local id 1
		expect(plan.attempts).toHaveLength(1);
		expect(plan.attempts[0]!.attempt.startedAt).toBe(123);
		expect(plan.attempts[0]!.answers.map((a) => a.itemId)).toEqual(['ccma-pc-0002']);
		expect(plan.settings).toEqual([{ key: 'dailyNewLimit', value: 40 }]); // theme stays as set here
	});
});
