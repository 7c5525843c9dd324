/** Turns an exam's stored stats into what the progress screen shows. Pure: time and zone come in. */
import type { ExamStats, Settings } from '$lib/db';
import type { Bank } from '$lib/domain/bank/schema';
import { examDateOf } from '$lib/domain/records/settings';
import { dailyPlan, type DailyPlan } from '$lib/domain/progress/daily-plan';
import { heatmap, heatmapSummary, type HeatCell } from '$lib/domain/progress/heatmap';
import {
	projectReadiness,
	readiness,
	type DomainEvidence,
	type Readiness
} from '$lib/domain/progress/readiness';
import { createScheduler, memoryModel, type Memory } from '$lib/domain/study/scheduling';
import { planBank } from '$lib/domain/schedule/bank-plan';
import type { ExamPlan } from '$lib/domain/schedule/exam-plan';
import { studyMode } from '$lib/domain/schedule/exam-queue';
import { dayNumber, dayResolver, parseDayKey } from '$lib/domain/calendar';
import { countByDay, streak, type Streak } from '$lib/domain/progress/streaks';
import { readinessCheck, type ReadinessCheck } from '$lib/domain/progress/readiness-check';

export interface ExamScorePoint {
	at: number;
	percent: number;
	title: string;
}

export interface ProgressView {
	dueToday: number;
	newToday: number;
	seen: number;
	total: number;
	streak: Streak;
	heatmap: (HeatCell | null)[][];
	heatSummary: ReturnType<typeof heatmapSummary>;
	readiness: Readiness;
	/** Where the student will likely stand on the exam date if they keep the plan; null without a date. */
	projected: Readiness | null;
	plan: DailyPlan;
	/** Exam mode's own plan (the one the study screen follows), before the exam date; null otherwise. */
	examPlan: ExamPlan | null;
	examDate: string | null;
	scores: ExamScorePoint[];
	/** Each simulation's predicted readiness against its score. */
	readinessCheck: ReadinessCheck;
}

export function progressView(
	bank: Bank,
	stats: ExamStats,
	settings: Settings,
	now: number,
	timeZone: string
): ProgressView {
	const today = dayNumber(now, timeZone);
	const dayOf = dayResolver(timeZone);
	const scheduler = createScheduler({
		desiredRetention: settings.desiredRetention,
		parameters: settings.fsrsParameters
	});
	const itemDomain = new Map(bank.items.map((i) => [i.id, i.domain]));

	let seen = 0;
	let dueToday = 0;
	let overdue = 0;
	const dueByDay = new Map<number, number>();
	const recall = new Map<string, number[]>();
	for (const row of stats.progress) {
		const domain = itemDomain.get(row.itemId);
		if (domain === undefined || row.state === 'new') continue;
		seen++;
		const dueDay = dayOf(row.due);
		if (dueDay <= today) dueToday++;
		if (dueDay < today) overdue++;
		else dueByDay.set(dueDay, (dueByDay.get(dueDay) ?? 0) + 1);
		const list = recall.get(domain) ?? [];
		list.push(scheduler.retrievability(row, now));
		recall.set(domain, list);
	}
	const answers = new Map<string, { at: number; correct: boolean }[]>();
	for (const s of stats.itemStats) {
		const list = answers.get(s.domain) ?? [];
		for (const r of s.recent) list.push(r);
		answers.set(s.domain, list);
	}

	const evidence: DomainEvidence[] = bank.domains.map((d) => ({
		id: d.id,
		name: d.name,
		weightPercent: d.weightPercent,
		itemCount: bank.items.filter((i) => i.domain === d.id).length,
		recall: recall.get(d.id) ?? [],
		answers: answers.get(d.id) ?? []
	}));

	const total = bank.items.length;
	const newRemaining = Math.max(0, total - seen);
	const examDate = examDateOf(settings, bank.id);
	const examDay = examDate ? parseDayKey(examDate) : null;
	const plan = dailyPlan({
		today,
		examDay: examDay !== null && examDay >= today ? examDay : null,
		newRemaining,
		dailyNewLimit: settings.dailyNewLimit,
		overdue,
		dueByDay
	});
	const examPlan =
		examDay !== null && studyMode(today, examDay) === 'exam'
			? planBank({
					bank,
					memories: new Map<string, Memory>(
						stats.progress.filter((r) => itemDomain.has(r.itemId)).map((r) => [r.itemId, r])
					),
					examDay,
					today,
					dayOf,
					targetRecall: settings.examTargetRecall,
					budget: settings.studyBudget,
					history: {
						reviewsToday: stats.reviewsToday,
						newStartedToday: stats.newStartedToday,
						reviewTimes: stats.reviewTimes,
						studyTimes: stats.activity
					},
					model: memoryModel(settings.fsrsParameters)
				})
			: null;
	const counts = countByDay(stats.activity, timeZone);
	const grid = heatmap(counts, today, settings.dailyGoal);

	return {
		dueToday,
		newToday: Math.min(newRemaining, Math.max(0, settings.dailyNewLimit - stats.newStartedToday)),
		seen,
		total,
		streak: streak(counts, today, settings.dailyGoal),
		heatmap: grid,
		heatSummary: heatmapSummary(grid),
		readiness: readiness(evidence, now),
		projected:
			plan.daysLeft === null
				? null
				: projectReadiness(evidence, now, {
						desiredRetention: settings.desiredRetention,
						coverage: plan.coverage
					}),
		plan,
		examPlan,
		examDate: plan.daysLeft === null ? null : examDate,
		scores: stats.exams.map((a) => ({
			at: a.submittedAt ?? a.startedAt,
			percent: a.score && a.score.total > 0 ? Math.round((100 * a.score.correct) / a.score.total) : 0,
			title: a.title
		})),
		readinessCheck: readinessCheck(stats.exams)
	};
}
