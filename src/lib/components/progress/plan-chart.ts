/** The exam plan's days as bars, and the sentence that says what the bars show. */
import type { PlanDay } from '$lib/domain/schedule/exam-plan';

export interface Bar {
	day: number;
	x: number;
	width: number;
	/** Height of the whole bar, and of its new-card part (drawn at the bottom). */
	height: number;
	newHeight: number;
}

/** Bars across `width`, scaled so the budget (or the busiest day, if larger) fills `height`. */
export function planBars(days: readonly PlanDay[], budget: number, width: number, height: number): Bar[] {
	const top = Math.max(1, budget, ...days.map((d) => d.total));
	const step = width / Math.max(1, days.length);
	const gap = step > 4 ? 1 : 0;
	return days.map((d, i) => ({
		day: d.day,
		x: i * step,
		width: Math.max(0.5, step - gap),
		height: (d.total / top) * height,
		newHeight: (d.newItems / top) * height
	}));
}

/** "30 study days, 1,240 reviews in all (300 new); busiest: 60 on Fri, Mar 13; budget 60 a day." */
export function planSummary(days: readonly PlanDay[], budget: number, dateOf: (day: number) => string) {
	if (days.length === 0) return 'No study days are left before the exam.';
	const total = days.reduce((s, d) => s + d.total, 0);
	const fresh = days.reduce((s, d) => s + d.newItems, 0);
	const busiest = days.reduce((a, b) => (b.total > a.total ? b : a));
	const n = (x: number) => x.toLocaleString('en-US');
	return (
		`${days.length} study day${days.length === 1 ? '' : 's'}, ${n(total)} reviews in all (${n(fresh)} new); ` +
		`busiest: ${n(busiest.total)} on ${dateOf(busiest.day)}; budget ${n(budget)} a day.`
	);
}
