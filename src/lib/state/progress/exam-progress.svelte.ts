/** The progress screen's state for one exam: a live query, so studying in another tab updates it. */
import { repositories, type Settings } from '$lib/db';
import { startOfDay } from '$lib/domain/calendar';
import { localTimeZone } from '../time-zone';
import type { Bank } from '$lib/domain/bank/schema';
import { progressView, type ProgressView } from './view';

export type Clock = () => number;

export class ExamProgress {
	#view = $state.raw<ProgressView | null>(null);
	#error = $state<string | null>(null);
	#clock: Clock;

	constructor(clock: Clock = Date.now) {
		this.#clock = clock;
	}

	get view() {
		return this.#view;
	}
	get error() {
		return this.#error;
	}

	/** Starts watching; returns the function that stops it (an $effect's cleanup). */
	watch(bank: Bank, settings: Settings): () => void {
		const now = this.#clock();
		const timeZone = localTimeZone();
		return repositories().stats.watch(
			bank.id,
			startOfDay(now, timeZone),
			(stats) => {
				// A row the view cannot use must end in a message, not leave the screen loading forever.
				try {
					this.#view = progressView(bank, stats, settings, this.#clock(), timeZone);
					this.#error = null;
				} catch (e) {
					this.#error = `Could not show your progress: ${(e as Error).message}`;
				}
			},
			(e) => (this.#error = `Could not read your progress: ${(e as Error).message}`)
		);
	}

	reset(): void {
		this.#view = null;
		this.#error = null;
	}
}
