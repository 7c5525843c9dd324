/** The settings screen's exam card: an exam's date, and deleting one exam's progress on this device.
 * Each resolves to the sentence the card shows, success or failure. */
import { repositories, writeErrorMessage } from '$lib/db';
import { settings } from '../settings.svelte';

/** An empty value clears the date. */
export async function saveExamDate(examId: string, value: string): Promise<string> {
	const dates = { ...settings.values.examDates };
	if (value) dates[examId] = value;
	else delete dates[examId];
	try {
		await settings.set('examDates', dates);
		return 'Saved.';
	} catch (e) {
		return writeErrorMessage(e);
	}
}

export async function resetExamProgress(examId: string, examName: string): Promise<string> {
	try {
		await repositories().backup.resetBank(examId);
		return `Progress for ${examName} was deleted.`;
	} catch (e) {
		return writeErrorMessage(e, 'Nothing was deleted');
	}
}
