// The flashcard session in exam mode, against a real (fake-indexeddb) database: with an exam date ahead it
// serves today's plan (planExam's own queue, in its order) and stops at the daily budget, counting reviews
// done earlier today; "study more anyway" goes on with plain FSRS; without a date, or from the exam day on,
// it serves exactly what it served before exam mode existed. Prints planExam's time on the largest bank.
import { afterEach, describe, expect, it } from 'vitest';
import { openRepositories, VitalsDatabase, type Repositories } from '$lib/db';
import { dayKey, dayNumber } from '$lib/domain/calendar';
import { planExam } from '$lib/domain/schedule/exam-plan';
import { memoryModel } from '$lib/domain/study/scheduling';
import { fakeBank } from '$test/test-fixtures';
import { StudySession, type StudyOptions } from './session.svelte';
import { loadBanks } from '../../../../scripts/lib/load-banks';

const MINUTE = 60_000;
const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 2, 15);
const bank = fakeBank([
	{ id: 'a', weightPercent: 70, mcqs: 30 },
	{ id: 'b', weightPercent: 30, mcqs: 30 }
]);
const ids = bank.items.map((i) => i.id);
const plain = { dailyNewLimit: 20, desiredRetention: 0.9 };
// The tests run with TZ=UTC unless told otherwise; the device zone's day is what the session counts.
const dayOf = (at: number) => dayNumber(at, 'device');

let n = 0;
let repos: Repositories;
afterEach(async () => repos?.db.delete());
const open = () => (repos = openRepositories(new VitalsDatabase(`study-exam-${++n}`)));

async function session(at: number, options: StudyOptions) {
	const s = new StudySession({ progress: repos.progress, history: repos.examHistory, clock: () => at });
	await s.start(bank, options);
	return s;
}

/** Grades whatever the session shows until it shows nothing (or `max` cards); returns the ids served. */
async function studyAll(s: StudySession, max = 200) {
	const served: string[] = [];
	while (s.current && served.length < max) {
		served.push(s.current.id);
		s.reveal();
		await s.grade(served.length % 3 ? 'good' : 'hard');
	}
	return served;
}

/** Day 0: ten cards seen twice (into review), as a student who started a week or so ago. */
async function someHistory() {
	const first = await session(t0, plain);
	await studyAll(first, 10);
	const second = await session(t0 + 11 * MINUTE, plain);
	await studyAll(second, 10);
}

describe('StudySession in exam mode', () => {
	it("serves the plan's items in the plan's order and stops at the budget", async () => {
		open();
		await someHistory();
		const now = t0 + 3 * DAY;
		const examDate = dayKey(dayOf(t0 + 30 * DAY));
		const s = await session(now, {
			...plain,
			examDate,
			examTargetRecall: 0.9,
			studyBudget: { unit: 'reviews', perDay: 4 }
		});

		// The plan computed here from the stored memories, as the bench's exam policy calls it.
		const expected = planExam({
			items: bank.items.map((i) => ({ id: i.id, domain: i.domain })),
			domainWeights: new Map([
				['a', 70],
				['b', 30]
			]),
			memories: await repos.progress.forItems(ids),
			today: dayOf(now),
			examDay: dayOf(t0 + 30 * DAY),
			dayOf,
			reviewsPerDay: 4,
			reviewedToday: 0,
			newStartedToday: 0,
			targetRecall: 0.9,
			// Studied on day 0 and today out of 4 days, with a 3-day prior of "every day": (2 + 3) / (4 + 3).
			attendance: 5 / 7,
			model: memoryModel()
		});
		expect(expected.todayQueue.length).toBe(4);
		expect(s.mode).toBe('exam');
		expect(s.examStatus).toMatchObject({ daysLeft: 27, done: 0, planned: 4, left: 4, beyondPlan: false });

		const served = await studyAll(s);
		expect(served).toEqual(expected.todayQueue);
		expect(s.current).toBeNull();
		expect(s.examStatus).toMatchObject({ done: 4, planned: 4, left: 0 });
		expect(await repos.db.reviews.where('reviewedAt').equals(now).count()).toBe(4);

		// Beyond the plan: plain FSRS takes over, and says so.
		s.studyBeyondPlan();
		expect(s.examStatus?.beyondPlan).toBe(true);
		expect(s.current).not.toBeNull();
	});

	it('differs from the plain queue: a learning card due in plain mode waits, a new card comes first', async () => {
		open();
		await someHistory();
		const now = t0 + 2 * DAY;
		const plainFirst = (await session(now, plain)).current?.id;
		const exam = await session(now, {
			...plain,
			examDate: dayKey(dayOf(t0 + 30 * DAY)),
			studyBudget: { unit: 'reviews', perDay: 30 }
		});
		// Plain FSRS shows the most overdue of the day-0 cards; the plan starts on the first unseen card.
		expect(ids.slice(0, 10)).toContain(plainFirst);
		expect(exam.current?.id).toBe(ids[10]);
	});

	it('counts reviews done earlier today against the budget', async () => {
		open();
		await someHistory();
		const now = t0 + 3 * DAY;
		await studyAll(await session(now - MINUTE, plain), 3);
		const s = await session(now, {
			...plain,
			examDate: dayKey(dayOf(t0 + 30 * DAY)),
			studyBudget: { unit: 'reviews', perDay: 4 }
		});
		expect(s.examStatus).toMatchObject({ done: 3 });
		expect((await studyAll(s)).length).toBe(1);
		expect(s.examStatus).toMatchObject({ done: 4, left: 0 });
	});

	it('undo gives the budget back and shows the card again', async () => {
		open();
		const s = await session(t0, {
			...plain,
			examDate: dayKey(dayOf(t0 + 20 * DAY)),
			studyBudget: { unit: 'reviews', perDay: 2 }
		});
		const [a, b] = await studyAll(s);
		expect(s.current).toBeNull();
		await s.undo();
		expect(s.current?.id).toBe(b);
		expect(s.examStatus).toMatchObject({ done: 1 });
		s.reveal();
		await s.grade('good');
		expect([a, b]).toEqual(ids.slice(0, 2));
		expect(s.current).toBeNull();
	});

	it('without an exam date, on the exam day and after it, serves exactly what plain FSRS serves', async () => {
		const runs: string[][] = [];
		for (const examDate of [undefined, null, dayKey(dayOf(t0 + 3 * DAY)), dayKey(dayOf(t0))]) {
			open();
			await someHistory();
			const s = await session(t0 + 3 * DAY, {
				...plain,
				examDate,
				studyBudget: { unit: 'reviews', perDay: 2 }
			});
			expect(s.mode).toBe('plain');
			expect(s.examStatus).toBeNull();
			runs.push(await studyAll(s));
			await repos.db.delete();
		}
		// Today's plain queue: the ten day-0 cards due, then the daily limit of 20 new ones (in bank order).
		expect(runs[0]!.length).toBeGreaterThan(2 + 20);
		for (const run of runs.slice(1)) expect(run).toEqual(runs[0]);
	});

	it("prints planExam's time on the largest bank (not an assertion on time)", () => {
		const banks = loadBanks().results.flatMap((r) => (r.bank?.format ? [r.bank] : []));
		const largest = banks.reduce((a, b) => (b.items.length > a.items.length ? b : a));
		const model = memoryModel();
		const input = {
			items: largest.items.map((i) => ({ id: i.id, domain: i.domain })),
			domainWeights: new Map(largest.domains.map((d) => [d.id, d.weightPercent])),
			memories: new Map(),
			today: 20_000,
			examDay: 20_060,
			dayOf: (at: number) => Math.floor(at / DAY),
			reviewsPerDay: 100,
			reviewedToday: 0,
			newStartedToday: 0,
			model
		};
		planExam(input);
		const times: number[] = [];
		for (let i = 0; i < 5; i++) {
			const start = performance.now();
			const plan = planExam(input);
			times.push(performance.now() - start);
			expect(plan.days.length).toBe(60);
		}
		times.sort((x, y) => x - y);
		console.log(
			`planExam, ${largest.id} (${largest.items.length} items, 60 days, 100 a day): median ${times[2]!.toFixed(1)} ms, max ${times[4]!.toFixed(1)} ms`
		);
	});
});
