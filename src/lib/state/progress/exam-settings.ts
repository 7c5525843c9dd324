/** The settings screen's exam card: an exam's date, and deleting one exam's progress on this device.
 * Each resolves to the sentence the card shows, success or failure (never rejects). */
import { repositories } from '$lib/db';
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
