/**
 * The daily plan toward an exam date: remaining new items spread evenly over the days left, and a backlog
 * of overdue reviews (after missed days) spread over the next few days instead of landing as one pile.
 */

/** At most this many overdue reviews are added to one day's work. */
export const BACKLOG_PER_DAY = 30;

export interface PlanInput {
	today: number;
	/** Day number of the exam, or null without a date. */
	examDay: number | null;
	/** Items never studied. */
	newRemaining: number;
	dailyNewLimit: number;
	/** Reviews overdue before today (the backlog). */
	overdue: number;
	/** Reviews falling due on each coming day (key: day number), today included. */
	dueByDay: ReadonlyMap<number, number>;
	/** How many days to list. */
	horizon?: number;
}

export interface PlanDay {
	day: number;
	newItems: number;
	reviews: number;
	/** The part of `reviews` that is backlog. */
	backlog: number;
}

export interface DailyPlan {
	/** Days until the exam, the exam day excluded; null without a date. */
	daysLeft: number | null;
	/** New items a day to see every item before the exam (without a date: the daily limit). */
	newPerDay: number;
	/** The plan needs more new items a day than the limit set in Settings. */
	overLimit: boolean;
	/** Share of the remaining new items the daily limit reaches before the exam (1 = all). */
	coverage: number;
	backlogDays: number;
	days: PlanDay[];
}

export function dailyPlan(input: PlanInput): DailyPlan {
	const { today, examDay, newRemaining, dailyNewLimit, overdue, dueByDay } = input;
	const daysLeft = examDay === null ? null : Math.max(0, examDay - today);
	const newPerDay =
		daysLeft === null
			? Math.min(dailyNewLimit, newRemaining)
			: daysLeft > 0
				? Math.ceil(newRemaining / daysLeft)
				: 0;
	const perDayShown = Math.min(newPerDay, dailyNewLimit);
	const coverage =
		newRemaining === 0 ? 1 : daysLeft === null ? 1 : Math.min(1, (perDayShown * daysLeft) / newRemaining);
	const window = daysLeft === null ? Infinity : Math.max(1, daysLeft);
	const backlogDays = overdue === 0 ? 0 : Math.min(window, Math.ceil(overdue / BACKLOG_PER_DAY));
	const horizon = Math.min(input.horizon ?? 7, daysLeft === null ? Infinity : Math.max(1, daysLeft));

	const days: PlanDay[] = [];
	let newLeft = newRemaining;
	let backlogLeft = overdue;
	for (let i = 0; i < horizon; i++) {
		const day = today + i;
		const newItems = Math.min(newLeft, newPerDay);
		newLeft -= newItems;
		// Even shares, the remainder going to the earliest days.
		const backlog = i < backlogDays ? Math.ceil(backlogLeft / (backlogDays - i)) : 0;
		backlogLeft -= backlog;
		days.push({ day, newItems, reviews: (dueByDay.get(day) ?? 0) + backlog, backlog });
	}
	return { daysLeft, newPerDay, overLimit: newPerDay > dailyNewLimit, coverage, backlogDays, days };
}
