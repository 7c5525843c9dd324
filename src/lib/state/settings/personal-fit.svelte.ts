/**
 * Settings' "Fit to my reviews": counts the reviews, runs the FSRS fit in its worker, and saves the fitted
 * weights only when they predict the held-back reviews better than the weights in use.
 */
import { repositories } from '$lib/db';
import { createReviewHistoryRepo, type ReviewHistoryRepo } from '$lib/db/review-history';
import { startFit, type FitStage } from '$lib/browser/fsrs-fit';
import { fitIsBetter, MIN_REVIEWS_TO_FIT, type FitScore } from '$lib/domain/study/fit-check';
import type { Notice } from '../notice';
import { settings } from '../settings.svelte';

export type FitPhase =
	| { kind: 'idle' }
	| { kind: 'running'; stage: FitStage; done: number; total: number }
	| { kind: 'done'; before: FitScore; after: FitScore; saved: boolean; beforeWasDefault: boolean }
	| { kind: 'error'; message: string };

export interface PersonalFitOptions {
	history?: () => ReviewHistoryRepo;
	start?: typeof startFit;
}

export class PersonalFitState {
	#reviewCount = $state<number | null>(null);
	#phase = $state<FitPhase>({ kind: 'idle' });
	#cancel: (() => void) | null = null;
	#setAside = $state<number[] | null>(null);
	#history: () => ReviewHistoryRepo;
	#start: typeof startFit;

	constructor(options: PersonalFitOptions = {}) {
		this.#history = options.history ?? (() => createReviewHistoryRepo(repositories().db));
		this.#start = options.start ?? startFit;
	}

	/** Reviews stored so far; null until counted. */
	get reviewCount(): number | null {
		return this.#reviewCount;
	}
	/** How many more reviews before a fit is offered (0: it is). */
	get reviewsNeeded(): number {
		return Math.max(0, MIN_REVIEWS_TO_FIT - (this.#reviewCount ?? 0));
	}
	get phase(): FitPhase {
		return this.#phase;
	}
	get usingPersonal(): boolean {
		return settings.values.fsrsParameters !== null;
	}

	async load(): Promise<void> {
		this.#reviewCount = await this.#history().count();
	}

	async fit(): Promise<void> {
		if (this.#phase.kind === 'running') return;
		this.#phase = { kind: 'running', stage: 'loading', done: 0, total: 0 };
		if (!settings.loaded) await settings.load();
		const reviews = await this.#history().all();
		this.#reviewCount = reviews.length;
		const current = settings.values.fsrsParameters;
		const run = this.#start({ reviews, current: current ? [...current] : null }, (stage, done, total) => {
			if (this.#phase.kind === 'running') this.#phase = { kind: 'running', stage, done, total };
		});
		this.#cancel = run.cancel;
		const outcome = await run.outcome;
		this.#cancel = null;
		if (outcome.kind === 'cancelled') this.#phase = { kind: 'idle' };
		else if (outcome.kind === 'error') this.#phase = { kind: 'error', message: outcome.message };
		else {
			const better = fitIsBetter(outcome.before, outcome.after);
			const notice = better ? await settings.save('fsrsParameters', outcome.weights) : null;
			this.#phase =
				notice?.kind === 'error'
					? { kind: 'error', message: notice.text }
					: {
							kind: 'done',
							before: outcome.before,
							after: outcome.after,
							saved: better,
							beforeWasDefault: current === null
						};
		}
	}

	cancel(): void {
		this.#cancel?.();
	}

	/** Weights set aside by "Back to default parameters", for its undo. */
	get canUndoDefaults(): boolean {
		return this.#setAside !== null;
	}

	/** Back to ts-fsrs's defaults for scheduling; the weights in use are kept for undo. */
	async useDefaults(): Promise<Notice> {
		const previous = settings.values.fsrsParameters;
		const notice = await settings.save('fsrsParameters', null);
		if (notice.kind === 'error') return notice;
		this.#setAside = previous ? [...previous] : null;
		this.#phase = { kind: 'idle' };
		return { kind: 'ok', text: 'Back to the default parameters.' };
	}

	async undoDefaults(): Promise<Notice> {
		const weights = this.#setAside;
		if (!weights) return { kind: 'error', text: 'There is nothing to undo.' };
		const notice = await settings.save('fsrsParameters', weights);
		if (notice.kind === 'error') return notice;
		this.#setAside = null;
		return { kind: 'ok', text: 'Your parameters are back.' };
	}

	reset(): void {
		this.cancel();
		this.#reviewCount = null;
		this.#setAside = null;
		this.#phase = { kind: 'idle' };
	}
}

export const personalFit = new PersonalFitState();
