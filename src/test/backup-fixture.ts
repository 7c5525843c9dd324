/** A small, realistic backup for tests: a card, its review, a setting, a submitted exam with an answer. */
import { BACKUP_FORMAT, type Backup } from '$lib/domain/backup/schema';

export const t0 = Date.UTC(2026, 0, 5, 9);
const memory = {
	due: t0 + 600_000,
	stability: 2.3,
	difficulty: 5.1,
	scheduledDays: 0,
	learningSteps: 1,
	reps: 1,
	lapses: 0,
	state: 'learning' as const,
	lastReview: t0
};
export const sample: Backup = {
	app: 'vitals',
	format: BACKUP_FORMAT,
	schemaVersion: 3,
	exportedAt: t0 + 86_400_000,
	tables: {
		progress: [{ ...memory, itemId: 'cpt-rbc-0001', bankId: 'cpt' }],
		reviews: [
			{
				id: 1,
				itemId: 'cpt-rbc-0001',
				bankId: 'cpt',
				grade: 'good',
				reviewedAt: t0,
				before: null,
				after: memory,
				source: 'card'
			}
		],
		settings: [{ key: 'theme', value: 'dark' }],
		attempts: [
			{
				id: 4,
				bankId: 'ccma',
				kind: 'exam',
				mode: 'exam',
				title: 'Full-length exam',
				itemIds: ['ccma-pc-0001'],
				choiceOrders: [[1, 0, 3, 2]],
				seed: 9,
				startedAt: t0 - 3_600_000,
				timeLimitMs: 10_800_000,
				submittedAt: t0,
				status: 'submitted',
				currentIndex: 0,
				score: {
					correct: 1,
					total: 1,
					answered: 1,
					byDomain: [{ domain: 'pc', correct: 1, total: 1 }],
					timeUsedMs: 60_000
				}
			}
		],
		answers: [
			{
				attemptId: 4,
				itemId: 'ccma-pc-0001',
				bankId: 'ccma',
				domain: 'pc',
				choice: 1,
				correct: true,
				answeredAt: t0 - 60_000,
				flagged: false
			}
		],
		itemStats: [],
		decks: [],
		classes: [],
		classResults: []
	}
};
