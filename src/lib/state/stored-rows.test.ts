// Data an older build could have restored from a crafted backup, stored straight into the database as that
// build's schema (v4) held it: the screens' state code that crashed on it now runs. Settings load (was
// "e.~run is not a function"), the progress view (was a RangeError, leaving "Loading progress…" forever),
// the study session's next-due time (a RangeError when the page formats it) and resuming an attempt (the
// attempt screen keyed choices by index and crashed on duplicates).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DB_NAME, DEFAULT_SETTINGS, repositories, type ExamStats } from '$lib/db';
import { openAsShipped } from '$lib/db/as-shipped';
import type { Bank } from '$lib/domain/bank/schema';
import { activeAttempt } from './attempt/setup';
import { AttemptSession } from './attempt/session.svelte';
import { ExamProgress } from './progress/exam-progress.svelte';
import { progressView } from './progress/view';
import { settings } from './settings.svelte';
import { StudySession } from './study/session.svelte';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 5, 9);
const now = t0 + DAY;
const mcq = (id: string) => ({
	id,
	kind: 'mcq' as const,
	stem: `Question ${id}`,
	choices: ['a', 'b', 'c', 'd'],
	answer: 1,
	rationale: 'r'.repeat(60),
	domain: 'rbc'
});
const bank: Bank = {
	id: 'cpt',
	name: 'CPT',
	body: 'NHA',
	kind: 'exam',
	format: { scoredItems: 2, pretestItems: 0, minutes: 10, passingNote: 'n/a' },
	domains: [{ id: 'rbc', name: 'Routine blood collections', weightPercent: 100 }],
	items: [
		{ id: 'cpt-sc-0001', kind: 'card', front: 'F', back: 'B', domain: 'rbc' },
		mcq('cpt-rbc-0001'),
		mcq('cpt-rbc-0002')
	]
};
const memory = {
	due: t0 + 3 * DAY,
	stability: 3.2,
	difficulty: 5.3,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 2,
	lapses: 0,
	state: 'review',
	lastReview: t0
};
const attempt = (startedAt: number, choiceOrders: number[][]) => ({
	bankId: 'cpt',
	kind: 'quiz',
	mode: 'test',
	title: 'Quick 10',
	itemIds: ['cpt-rbc-0001', 'cpt-rbc-0002'],
	choiceOrders,
	seed: 5,
	startedAt,
	timeLimitMs: null,
	submittedAt: null,
	status: 'active',
	currentIndex: 0,
	score: null
});

beforeAll(async () => {
	vi.stubGlobal('fetch', async () => Response.json(bank));
	const v4 = openAsShipped(DB_NAME, 4);
	await v4.table('settings').bulkPut([
		{ key: '__proto__', value: { polluted: true } },
		{ key: 'constructor', value: 1 },
		{ key: 'dailyNewLimit', value: 0 }
	]);
	await v4.table('progress').bulkPut([
		{ ...memory, due: 1e300, itemId: 'cpt-sc-0001', bankId: 'cpt' },
		{ ...memory, lastReview: Infinity, itemId: 'cpt-rbc-0001', bankId: 'cpt' },
		{ ...memory, itemId: 'cpt-rbc-0002', bankId: 'cpt' }
	]);
	await v4.table('reviews').add({
		itemId: 'cpt-rbc-0002',
		bankId: 'cpt',
		grade: 'good',
		reviewedAt: 1e300,
		before: null,
		after: memory
	});
	// A quiz started properly, and a newer one whose choice orders repeat indexes.
	await v4.table('attempts').bulkAdd([
		attempt(t0, [
			[1, 0, 3, 2],
			[0, 1, 2, 3]
		]),
		attempt(t0 + 1000, [
			[0, 0, 1, 2],
			[3, 3, 3, 3]
		])
	]);
	v4.close();
});

describe('what an older build stored from a crafted backup', () => {
	it('settings load, with the defaults where a row was unusable', async () => {
		const values = await settings.load();
		expect(values.dailyNewLimit).toBe(0);
		expect(values.theme).toBe('system');
		expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
	});

	it('the progress view is computed', async () => {
		const stats = await new Promise<ExamStats>((resolve, reject) => {
			const stop = repositories().stats.watch('cpt', t0, (s) => (stop(), resolve(s)), reject);
		});
		const view = progressView(bank, stats, DEFAULT_SETTINGS, now, 'UTC');
		expect(view.total).toBe(3);
	});

	it('the study session starts, and its next-due time can be shown', async () => {
		const session = new StudySession({ clock: () => now });
		// Only the card whose due time is 1e300, so it is the one "next due".
		await session.start(
			{ ...bank, items: bank.items.slice(0, 1) },
			{ dailyNewLimit: 0, desiredRetention: 0.9 }
		);
		const next = session.nextDueAt;
		expect(() => new Date(next ?? now).toISOString()).not.toThrow();
		expect(() => session.counts).not.toThrow();
	});

	it('the unfinished quiz offered for resuming shows each question’s four choices once', async () => {
		const active = await activeAttempt('cpt');
		expect(active).toBeDefined();
		const session = new AttemptSession({ clock: () => now });
		await session.open(active!.id!);
		for (let i = 0; i < session.total; i++) {
			expect([...session.question(i)!.order].sort()).toEqual([0, 1, 2, 3]);
		}
	});
});

describe('a row that gets past every check', () => {
	it('ends the progress screen’s loading with a message instead of leaving it loading', async () => {
		// Written around the typed table (no build writes this): the screen must still not hang.
		await repositories()
			.db.table('progress')
			.put({ ...memory, due: 1e300, itemId: 'cpt-sc-0001', bankId: 'cpt' });
		const progress = new ExamProgress(() => now);
		const stop = progress.watch(bank, DEFAULT_SETTINGS);
		await vi.waitFor(() => expect(progress.error).toMatch(/^Could not show your progress: /));
		expect(progress.view).toBeNull();
		stop();
	});
});
