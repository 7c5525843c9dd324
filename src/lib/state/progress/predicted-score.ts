/** The readiness the progress screen shows for a bank right now, as a whole percent: stored on an exam
 * simulation as it starts, so the progress screen can later check it against the score. */
import { repositories } from '$lib/db';
import type { Bank } from '$lib/domain/bank/schema';
import { startOfDay } from '$lib/domain/calendar';
import { settings } from '../settings.svelte';
import { localTimeZone } from '../time-zone';
import { progressView } from './view';

/** Null when the screen would say "Not enough data yet". */
export async function predictedScore(bank: Bank, now: number): Promise<number | null> {
	const timeZone = localTimeZone();
	const values = settings.loaded ? settings.values : await settings.load();
	const stats = await repositories().stats.read(bank.id, startOfDay(now, timeZone));
	const { score } = progressView(bank, stats, values, now, timeZone).readiness;
	return score === null ? null : Math.round(score * 100);
}
