/** Predicted exam-day recall of one item under FSRS's model: after a planned review, and for a whole plan. */
import type { MemoryModel, MemoryState } from '../study/scheduling';

/** Expected exam-day recall if reviewed on `day`: success and failure weighted by FSRS's recall then. */
export function reviewedExamRecall(
	state: MemoryState,
	last: number,
	day: number,
	examDay: number,
	model: MemoryModel
): number {
	const elapsed = day - last;
	const r = model.recall(state.stability, elapsed);
	const ok = model.afterReview(state, elapsed, 'good').stability;
	const lapse = model.afterReview(state, elapsed, 'again').stability;
	return r * model.recall(ok, examDay - day) + (1 - r) * model.recall(lapse, examDay - day);
}

/**
 * Expected exam-day recall if the plan is kept. The dry run assumed every review succeeds; here the last
 * planned review may fail (with the chance FSRS gives it), and a new item's first look may be Again.
 */
export function expectedExamRecall(
	start: { state: MemoryState; last: number } | null,
	planned: readonly number[],
	examDay: number,
	firstLookAgain: number,
	model: MemoryModel
): number {
	if (start) return replay(start.state, start.last, planned, examDay, model);
	const [intro, ...later] = planned;
	if (intro === undefined) return 0;
	const after = (grade: 'good' | 'again') =>
		replay(model.afterReview(null, 0, grade), intro, later, examDay, model);
	return (1 - firstLookAgain) * after('good') + firstLookAgain * after('again');
}

function replay(
	state: MemoryState,
	last: number,
	days: readonly number[],
	examDay: number,
	model: MemoryModel
) {
	let s = state;
	let at = last;
	for (let i = 0; i < days.length - 1; i++) {
		s = model.afterReview(s, days[i]! - at, 'good');
		at = days[i]!;
	}
	const final = days[days.length - 1];
	if (final === undefined) return model.recall(s.stability, examDay - at);
	return reviewedExamRecall(s, at, final, examDay, model);
}
