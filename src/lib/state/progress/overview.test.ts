// Proves the home tiles count a study set's own items only: a rhythm-trainer answer gives its
// trainer-<set>-<rhythm> item a memory, but that item is not one of the set's cards or questions.
import { beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '$lib/db';
import type { BankSummary } from '$lib/domain/bank/schema';
import { dayResolver } from '$lib/domain/calendar';
import { TRAINER_TITLE } from '$lib/domain/strip/trainer-sets';
import { createScheduler, newMemory } from '$lib/domain/study/scheduling';
import { loadOverviews } from './overview';

const t0 = Date.UTC(2026, 4, 4, 9);
const feed = { scheduler: createScheduler({ desiredRetention: 0.9 }), dayOf: dayResolver('UTC') };
const cet = { id: 'cet', mcqCount: 3, cardCount: 2 } as BankSummary;

beforeEach(async () => {
	const { db } = repositories();
	await Promise.all(
		[db.attempts, db.answers, db.itemStats, db.activity, db.progress, db.reviews].map((t) => t.clear())
	);
});

describe('home tile counts', () => {
	it('count the set’s studied cards, not the rhythm trainer’s items', async () => {
		const { attempts, progress, db } = repositories();
		await progress.recordGradeLatest({
			itemId: 'cet-ekg-0001',
			bankId: 'cet',
			grade: 'again',
			reviewedAt: t0,
			schedule: (m) => feed.scheduler.grade(m ?? newMemory(t0), t0, 'again').memory
		});
		const id = await attempts.create({
			bankId: 'cet',
			kind: 'quiz',
			mode: 'tutor',
			title: TRAINER_TITLE,
			itemIds: ['trainer-cet-sinus-rhythm'],
			choiceOrders: [[0, 1, 2, 3]],
			seed: 1,
			startedAt: t0,
			timeLimitMs: null,
			submittedAt: null,
			status: 'active',
			currentIndex: 0,
			score: null
		});
		await attempts.saveAnswer(
			{
				attemptId: id,
				itemId: 'trainer-cet-sinus-rhythm',
				bankId: 'cet',
				domain: 'ekg-analysis-interpretation',
				choice: 2,
				correct: false,
				answeredAt: t0,
				flagged: false
			},
			{ currentIndex: 0, final: true },
			feed
		);
		expect(await db.progress.get('trainer-cet-sinus-rhythm')).toMatchObject({ bankId: 'cet' });
		// A day later both are due; only the set's own card counts.
		const overview = await loadOverviews([cet], t0 + 86_400_000);
		expect(overview.get('cet')).toEqual({ due: 1, seen: 1, total: 5 });
	});
});
