/** The settings screen's exam card: an exam's date, exam mode's target and budget, and deleting one exam's
 * progress on this device.
 * Each resolves to the sentence the card shows, success or failure (never rejects). */
import { repositories } from '$lib/db';
import type { StudyBudgetSetting } from '$lib/domain/records/settings';
import { parseBudget, parseTargetPercent } from '$lib/domain/schedule/exam-settings-input';
import { noticeOf, type Notice } from '../notice';
import { settings } from '../settings.svelte';

/** An empty value clears the date. */
export function saveExamDate(examId: string, value: string): Promise<Notice> {
	const dates = { ...settings.values.examDates };
	if (value) dates[examId] = value;
	else delete dates[examId];
	return settings.save('examDates', dates);
}

export function resetExamProgress(examId: string, examName: string): Promise<Notice> {
	return noticeOf(
		() => repositories().backup.resetBank(examId),
		`Progress for ${examName} was deleted.`,
		'Nothing was deleted'
	);
}

/** Exam mode's target, typed as a percent; a bad value is named and nothing is stored. */
export function saveTargetRecall(text: string): Promise<Notice> {
	const parsed = parseTargetPercent(text);
	if (!parsed.ok) return Promise.resolve({ kind: 'error', text: parsed.error });
	return settings.save('examTargetRecall', parsed.value);
}

/** Exam mode's daily budget, as reviews or minutes a day; a bad value is named and nothing is stored. */
export function saveStudyBudget(unit: StudyBudgetSetting['unit'], text: string): Promise<Notice> {
	const parsed = parseBudget(unit, text);
	if (!parsed.ok) return Promise.resolve({ kind: 'error', text: parsed.error });
	return settings.save('studyBudget', parsed.value);
}
