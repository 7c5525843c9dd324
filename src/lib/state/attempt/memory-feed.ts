/** What a quiz, exam or trainer answer needs to update the item's FSRS memory: the same scheduler the
 * flashcards use (the student's desired retention) and the student's calendar days. */
import type { MemoryFeed } from '$lib/db/attempt-repo';
import { dayResolver } from '$lib/domain/calendar';
import { createScheduler } from '$lib/domain/study/scheduling';
import { settings } from '../settings.svelte';
import { localTimeZone } from '../time-zone';

export async function memoryFeed(): Promise<MemoryFeed> {
	const values = settings.loaded ? settings.values : await settings.load();
	return {
		scheduler: createScheduler({
			desiredRetention: values.desiredRetention,
			parameters: values.fsrsParameters
		}),
		dayOf: dayResolver(localTimeZone())
	};
}
