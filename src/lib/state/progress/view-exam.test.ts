// The progress screen's plan is the study screen's plan: with an exam date ahead, progressView's examPlan
// is the plan the flashcard session follows (same queue, same numbers); without a date, or once the exam
// day has come, there is none.
import { afterEach, describe, expect, it } from 'vitest';
import {
	DEFAULT_SETTINGS,
	openRepositories,
	VitalsDatabase,
	type ExamStats,
	type Repositories
} from '$lib/db';
import { dayKey, dayNumber, startOfDay } from '$lib/domain/calendar';
import { fakeBank } from '$test/test-fixtures';
import { StudySession } from '../study/session.svelte';
import { progressView } from './view';

const MINUTE = 60_000;
const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 2, 15);
const bank = fakeBank([
	{ id: 'a', weightPercent: 70, mcqs: 20 },
	{ id: 'b', weightPercent: 30, mcqs: 20 }
]);
const zone = 'device';

let n = 0;
let repos: Repositories;
afterEach(async () => repos?.db.delete());

async function studied(s: StudySession, count: number) {
	for (let i = 0; i < count && s.current; i++) {
		s.reveal();
		await s.grade('good');
	}
}

function stats(now: number) {
	return new Promise<ExamStats>((resolve, reject) => {
		const stop = repos.stats.watch(bank.id, startOfDay(now, zone), (s) => (stop(), resolve(s)), reject);
	});
}

describe('progressView in exam mode', () => {
	it('shows the plan the study session follows', async () => {
		repos = openRepositories(new VitalsDatabase(`view-exam-${++n}`));
		const options = { dailyNewLimit: 20, desiredRetention: 0.9 };
		const first = new StudySession({ progress: repos.progress, history: repos.examHistory, clock: () => t0 });
		await first.start(bank, options);
		await studied(first, 8);
		const now = t0 + 2 * DAY + 5 * MINUTE;
		const settings = {
			...DEFAULT_SETTINGS,
			examDates: { [bank.id]: dayKey(dayNumber(t0 + 20 * DAY, zone)) },
			studyBudget: { unit: 'reviews' as const, perDay: 6 }
		};
		const session = new StudySession({
			progress: repos.progress,
			history: repos.examHistory,
			clock: () => now
		});
		await session.start(bank, { ...settings, examDate: settings.examDates[bank.id] });
		await studied(session, 2);

		const later = now + MINUTE;
		const view = progressView(bank, await stats(later), settings, later, zone);
		const again = new StudySession({
			progress: repos.progress,
			history: repos.examHistory,
			clock: () => later
		});
		await again.start(bank, { ...settings, examDate: settings.examDates[bank.id] });
		expect(view.examPlan).not.toBeNull();
		expect(view.examPlan).toEqual(again.plan);
		// The two done today count toward today's load, which stays what it was when the day began.
		expect(view.examPlan!.todayPlanned).toBe(2 + view.examPlan!.todayQueue.length);
		expect(view.examPlan!.todayPlanned).toBe(session.plan!.todayPlanned);
		// 18 study days left: day 2 to day 19, the exam day not counted.
		expect(view.examPlan!.daysLeft).toBe(18);
		expect(view.examPlan!.days.every((d) => d.total <= 6)).toBe(true);

		const noDate = progressView(bank, await stats(later), DEFAULT_SETTINGS, later, zone);
		expect(noDate.examPlan).toBeNull();
		const onTheDay = t0 + 20 * DAY;
		expect(progressView(bank, await stats(onTheDay), settings, onTheDay, zone).examPlan).toBeNull();
	});
});
