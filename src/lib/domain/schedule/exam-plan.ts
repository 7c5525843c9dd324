/**
 * Exam mode: plans every study day from today to the exam so that as many items as the budget allows are
 * recalled on exam day, with as few reviews as possible. The plan is a dry run of the days ahead with
 * FSRS's memory model (each planned review assumed to succeed, as FSRS assumes when it sets an interval):
 * - new items are paced to be all introduced before the final days (the pace comes from the days left and
 *   the budget, not from the daily new-card limit);
 * - until then an item is reviewed when its recall falls to `interimRetention` (below the exam target:
 *   an early review only has to keep the item learnable, the final one has to carry it to the exam);
 * - the final days go to the items with the lowest predicted exam-day recall, weighted by their domain's
 *   blueprint weight: first every item predicted below the target, then the ones a review would lift most;
 * - no day holds more than the budget; what does not fit (a backlog after missed days) waits for the next
 *   day with room, most overdue first, so it is spread rather than piled up.
 * Pure: today, the memories and the model come in; the same input gives the same plan.
 */
import type { Memory, MemoryModel, MemoryState } from '../study/scheduling';
import { expectedExamRecall, reviewedExamRecall } from './exam-recall';
import { itemWeights } from './item-weights';

export interface ExamItem {
	id: string;
	domain: string;
}

export interface ExamTuning {
	/** Recall at which an item gets its next review before the final days. */
	interimRetention: number;
	/** The final days hold this many reviews per item in the bank (1 = room for one review each). */
	finalReviewsPerItem: number;
	/** A review in the final days is planned only if it lifts exam-day recall by this much (weighted). */
	minGain: number;
}

export const DEFAULT_TUNING: ExamTuning = { interimRetention: 0.8, finalReviewsPerItem: 1, minGain: 0.01 };
export const DEFAULT_TARGET_RECALL = 0.9;
/** Share of first looks graded Again in the FSRS simulator's defaults (fsrs-rs), from Anki users' ratings. */
export const DEFAULT_FIRST_LOOK_AGAIN = 0.24;

export interface ExamPlanInput {
	/** The bank's items in bank order (new items are introduced in this order). */
	items: readonly ExamItem[];
	/** Blueprint weight (percent) by domain id; a domain left out weighs like the average. */
	domainWeights: ReadonlyMap<string, number>;
	memories: ReadonlyMap<string, Memory>;
	/** Day numbers (see calendar.ts); the exam is on `examDay`, the last study day is the one before. */
	today: number;
	examDay: number;
	/** The local day number of an instant. */
	dayOf: (at: number) => number;
	/** Most reviews (new items included) a day; see `dailyReviewBudget`. */
	reviewsPerDay: number;
	/** Reviews of this bank already done today (new items included). */
	reviewedToday: number;
	/** Items of this bank first studied today. */
	newStartedToday: number;
	/** Recall every item should have on exam day (0.5–0.99). */
	targetRecall?: number;
	/** Share of first looks the student grades Again (their own history, or the default). */
	firstLookAgainRate?: number;
	/** Share of days the student studies (from their recent activity); 1 = every day. */
	attendance?: number;
	model: MemoryModel;
	tuning?: Partial<ExamTuning>;
}

export interface PlanDay {
	day: number;
	newItems: number;
	reviews: number;
	/** newItems + reviews; never more than the budget (today: minus what is already done). */
	total: number;
}

export interface ExamPlan {
	today: number;
	examDay: number;
	/** Study days left before the exam, today included. */
	daysLeft: number;
	budget: number;
	target: number;
	/** Mean predicted recall on exam day over every item in the bank (never introduced = 0), if kept. */
	predictedRecall: number;
	/** Same, weighted by the blueprint: the expected exam score from recall alone. */
	predictedWeightedRecall: number;
	reachesTarget: boolean;
	/** How far the predicted mean falls short of the target (0 when it reaches it). */
	shortfall: number;
	/** Items predicted below the target on exam day. */
	itemsBelowTarget: number;
	/** New items a day until all are introduced. */
	newPerDay: number;
	/** One entry per study day, today first. */
	days: PlanDay[];
	/** What to show for the rest of today, in order: due reviews (most overdue first), new items, final picks. */
	todayQueue: string[];
	/** Reviews today in all: already done plus still queued. */
	todayPlanned: number;
}

interface Tracked {
	id: string;
	weight: number;
	state: MemoryState | null;
	/** Day of the last (real or planned) review; null for an item never studied. */
	last: number | null;
	/** Day of the next interim review; Infinity when the final days take care of it. */
	next: number;
	/** The memory at the start of the plan (null for a new item) and the days a review is planned. */
	start: { state: MemoryState; last: number } | null;
	planned: number[];
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Throws a RangeError naming the first input that cannot be planned with. */
export function checkPlanInput(input: ExamPlanInput): void {
	const problem = (name: string, rule: string, got: unknown) => {
		throw new RangeError(`${name} must be ${rule} (got ${String(got)})`);
	};
	const whole = (x: number) => Number.isInteger(x);
	if (!whole(input.today)) problem('today', 'a whole day number', input.today);
	if (!whole(input.examDay)) problem('examDay', 'a whole day number', input.examDay);
	if (!(input.reviewsPerDay >= 0) || !Number.isFinite(input.reviewsPerDay))
		problem('reviewsPerDay', 'a number of reviews, 0 or more', input.reviewsPerDay);
	for (const name of ['reviewedToday', 'newStartedToday'] as const)
		if (!(input[name] >= 0) || !Number.isFinite(input[name]))
			problem(name, 'a count, 0 or more', input[name]);
	const target = input.targetRecall ?? DEFAULT_TARGET_RECALL;
	if (!(target >= 0.5 && target <= 0.99)) problem('targetRecall', 'from 0.5 to 0.99', target);
	const again = input.firstLookAgainRate ?? DEFAULT_FIRST_LOOK_AGAIN;
	if (!(again >= 0 && again <= 1)) problem('firstLookAgainRate', 'from 0 to 1', again);
	const attendance = input.attendance ?? 1;
	if (!(attendance > 0 && attendance <= 1)) problem('attendance', 'above 0 and at most 1', attendance);
	const t = { ...DEFAULT_TUNING, ...input.tuning };
	if (!(t.interimRetention >= 0.5 && t.interimRetention < 1))
		problem('tuning.interimRetention', 'from 0.5 to below 1', t.interimRetention);
	if (!(t.finalReviewsPerItem > 0 && t.finalReviewsPerItem <= 10))
		problem('tuning.finalReviewsPerItem', 'above 0 and at most 10', t.finalReviewsPerItem);
	if (!(t.minGain >= 0 && t.minGain <= 1)) problem('tuning.minGain', 'from 0 to 1', t.minGain);
}

export function planExam(input: ExamPlanInput): ExamPlan {
	checkPlanInput(input);
	const { model, today, examDay } = input;
	const tuning = { ...DEFAULT_TUNING, ...input.tuning };
	const target = input.targetRecall ?? DEFAULT_TARGET_RECALL;
	const budget = Math.max(0, Math.floor(input.reviewsPerDay));
	const daysLeft = Math.max(0, examDay - today);
	const weights = itemWeights(input.items, input.domainWeights);

	const tracked: Tracked[] = input.items.map((item, i) => {
		const m = input.memories.get(item.id);
		const start =
			m && m.state !== 'new' && m.lastReview !== null
				? { state: { stability: m.stability, difficulty: m.difficulty }, last: input.dayOf(m.lastReview) }
				: null;
		const { state = null, last = null } = start ?? {};
		return { id: item.id, weight: weights[i]!, state, last, next: Infinity, start, planned: [] };
	});
	// A student who skips days has less room per calendar day: the final days start earlier, the pace is faster.
	const attendance = input.attendance ?? 1;
	const finalLength = clamp(
		Math.ceil((tuning.finalReviewsPerItem * tracked.length) / Math.max(1, budget * attendance)),
		1,
		Math.max(1, daysLeft)
	);
	const finalStart = examDay - finalLength;
	const recallAt = (t: Tracked, day: number) =>
		t.state && t.last !== null ? model.recall(t.state.stability, day - t.last) : 0;
	const scheduleNext = (t: Tracked) => {
		if (!t.state || t.last === null) return;
		const interval = Math.max(
			1,
			Math.round(model.daysUntilRecall(t.state.stability, tuning.interimRetention))
		);
		const next = t.last + interval;
		// Reviews that would fall in the final days are left to them (they are chosen there by need).
		t.next =
			next < finalStart && model.recall(t.state.stability, examDay - t.last) < target ? next : Infinity;
	};
	for (const t of tracked) scheduleNext(t);

	const fresh = tracked.filter((t) => t.state === null);
	const introDays = Math.max(1, finalStart - today);
	// Today's pace counts the items already started today, so a second session adds no extra ones.
	const startedToday = Math.max(0, Math.floor(input.newStartedToday));
	const newPerDay =
		fresh.length === 0 ? 0 : Math.ceil((fresh.length + startedToday) / Math.max(1, introDays * attendance));
	let nextFresh = 0;

	const days: PlanDay[] = [];
	const todayQueue: string[] = [];
	for (let day = today; day < examDay; day++) {
		let room = day === today ? Math.max(0, budget - input.reviewedToday) : budget;
		const picked: Tracked[] = [];
		// Picked today already, or reviewed today before the plan was made.
		const takenToday = new Set<Tracked>();
		const reviewedToday = (t: Tracked) => t.last === day || takenToday.has(t);

		// 1. Interim reviews due by today, most overdue first.
		const due = tracked
			.filter((t) => t.next <= day && !reviewedToday(t))
			.sort((a, b) => a.next - b.next || recallAt(a, day) - recallAt(b, day));
		// New items keep their pace (an item never introduced counts 0 on exam day); due reviews get the rest.
		const pace = day === today ? Math.max(0, newPerDay - startedToday) : newPerDay;
		const newQuota = Math.min(pace, fresh.length - nextFresh, room);
		const reviewRoom = Math.max(0, room - newQuota);
		for (const t of due.slice(0, reviewRoom)) {
			picked.push(t);
			takenToday.add(t);
		}
		room -= picked.length;

		// 2. New items, in bank order.
		let newItems = 0;
		while (newItems < Math.min(pace, room) && nextFresh < fresh.length) {
			const t = fresh[nextFresh++]!;
			picked.push(t);
			newItems++;
		}
		room -= newItems;

		// 3. Final days: the lowest weighted exam-day recall first.
		if (day >= finalStart && room > 0) {
			for (const t of finalPicks(tracked, day, room, examDay, target, tuning.minGain, model, reviewedToday)) {
				picked.push(t);
			}
		}

		for (const t of picked) {
			if (day === today) todayQueue.push(t.id);
			t.planned.push(day);
			const elapsed = t.last === null ? 0 : day - t.last;
			t.state = model.afterReview(t.state, elapsed, 'good');
			t.last = day;
			scheduleNext(t);
		}
		days.push({ day, newItems, reviews: picked.length - newItems, total: picked.length });
	}

	let sum = 0;
	let weighted = 0;
	let below = 0;
	const firstLookAgain = input.firstLookAgainRate ?? DEFAULT_FIRST_LOOK_AGAIN;
	for (const t of tracked) {
		const r = expectedExamRecall(t.start, t.planned, examDay, firstLookAgain, model);
		sum += r;
		weighted += r * t.weight;
		if (r < target) below++;
	}
	const n = Math.max(1, tracked.length);
	const predictedRecall = sum / n;
	return {
		today,
		examDay,
		daysLeft,
		budget,
		target,
		predictedRecall,
		predictedWeightedRecall: weighted / n,
		reachesTarget: predictedRecall >= target,
		shortfall: Math.max(0, target - predictedRecall),
		itemsBelowTarget: below,
		newPerDay,
		days,
		todayQueue,
		todayPlanned: Math.min(budget, input.reviewedToday) + todayQueue.length
	};
}

function finalPicks(
	tracked: readonly Tracked[],
	day: number,
	room: number,
	examDay: number,
	target: number,
	minGain: number,
	model: MemoryModel,
	reviewedToday: (t: Tracked) => boolean
): Tracked[] {
	const below: { t: Tracked; key: number }[] = [];
	const lift: { t: Tracked; key: number }[] = [];
	for (const t of tracked) {
		if (!t.state || t.last === null || reviewedToday(t)) continue;
		const now = model.recall(t.state.stability, examDay - t.last);
		if (now < target) below.push({ t, key: t.weight * (1 - now) });
		else {
			const gain = t.weight * (reviewedExamRecall(t.state, t.last, day, examDay, model) - now);
			if (gain >= minGain) lift.push({ t, key: gain });
		}
	}
	const byKey = (a: { key: number }, b: { key: number }) => b.key - a.key;
	return [...below.sort(byKey), ...lift.sort(byKey)].slice(0, room).map((x) => x.t);
}
