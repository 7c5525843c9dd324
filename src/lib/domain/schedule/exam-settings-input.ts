/**
 * What a student types for exam mode's settings, checked before anything is stored: the exam-day target
 * as a percent, and the daily budget as reviews or minutes. Each bad value gets a message naming it.
 */
import type { StudyBudgetSetting } from '../records/settings';
import { MAX_TARGET_RECALL, MIN_TARGET_RECALL } from '../records/settings';
import { dailyReviewBudget } from './budget';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const MIN_PERCENT = Math.round(MIN_TARGET_RECALL * 100);
const MAX_PERCENT = Math.round(MAX_TARGET_RECALL * 100);

/** "90" → 0.9. Whole percents only: the plan cannot tell 90.5% from 90%. */
export function parseTargetPercent(text: string): Parsed<number> {
	const trimmed = text.trim();
	const n = Number(trimmed);
	if (trimmed === '' || !Number.isInteger(n) || n < MIN_PERCENT || n > MAX_PERCENT)
		return {
			ok: false,
			error: `Target recall on exam day must be a whole percent from ${MIN_PERCENT} to ${MAX_PERCENT} (got ${trimmed === '' ? 'nothing' : trimmed}).`
		};
	return { ok: true, value: n / 100 };
}

/** The daily budget from its field and unit; the message is the budget check's own. */
export function parseBudget(unit: StudyBudgetSetting['unit'], text: string): Parsed<StudyBudgetSetting> {
	const trimmed = text.trim();
	const perDay = trimmed === '' ? Number.NaN : Number(trimmed);
	const checked = dailyReviewBudget(
		unit === 'reviews' ? { unit, perDay } : { unit, perDay, secondsPerReview: 10 }
	);
	if (!checked.ok)
		return { ok: false, error: checked.error.replace('(got NaN)', `(got ${trimmed || 'nothing'})`) };
	return { ok: true, value: { unit, perDay } };
}
