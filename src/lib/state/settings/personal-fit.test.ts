// "Fit to my reviews" against the app's (fake-indexeddb) settings, with the worker replaced by a stub that
// answers as the worker would: a fit with lower held-back log loss is saved and used; one that is not is
// shown but not saved; a cancelled fit saves nothing; "Back to default parameters" can be undone.
import { default_w } from 'ts-fsrs';
import { beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '$lib/db';
import type { FitRun, FitOutcome } from '$lib/browser/fsrs-fit';
import type { ReviewHistoryRepo } from '$lib/db/review-history';
import { settings } from '../settings.svelte';
import { PersonalFitState } from './personal-fit.svelte';

const fitted = default_w.map((w, i) => (i === 2 ? 9 : w));
const score = (logLoss: number, rmse: number) => ({ logLoss, rmse, reviews: 90 });
const history =
	(count: number): (() => ReviewHistoryRepo) =>
	() => ({
		count: async () => count,
		all: async () =>
			Array.from({ length: count }, (_, i) => ({
				itemId: `c${i % 50}`,
				grade: 'good' as const,
				reviewedAt: i
			}))
	});
/** A worker stand-in that answers `outcome`, or never answers until cancelled. */
function worker(outcome: FitOutcome | 'never') {
	const requests: unknown[] = [];
	const start = (request: unknown): FitRun => {
		requests.push(request);
		let cancel = () => {};
		const result = new Promise<FitOutcome | { kind: 'cancelled' }>((resolve) => {
			if (outcome !== 'never') resolve(outcome);
			cancel = () => resolve({ kind: 'cancelled' });
		});
		return { outcome: result, cancel: () => cancel() };
	};
	return { start, requests };
}
const storedParameters = async () => (await repositories().db.settings.get('fsrsParameters'))?.value;

beforeEach(async () => {
	await repositories().db.settings.clear();
	settings.reset();
	await settings.load();
});

describe('PersonalFitState', () => {
	it('counts reviews and says how many more a fit needs', async () => {
		const fit = new PersonalFitState({ history: history(150) });
		await fit.load();
		expect(fit.reviewCount).toBe(150);
		expect(fit.reviewsNeeded).toBe(250);
		const enough = new PersonalFitState({ history: history(400) });
		await enough.load();
		expect(enough.reviewsNeeded).toBe(0);
	});

	it('saves a fit that predicts the held-back reviews better, and scheduling reads it from settings', async () => {
		const w = worker({ kind: 'result', weights: fitted, before: score(0.5, 0.4), after: score(0.45, 0.38) });
		const fit = new PersonalFitState({ history: history(450), start: w.start });
		await fit.fit();
		expect(w.requests).toMatchObject([{ current: null }]);
		expect((w.requests[0] as { reviews: unknown[] }).reviews).toHaveLength(450);
		expect(fit.phase).toMatchObject({ kind: 'done', saved: true, beforeWasDefault: true });
		expect(await storedParameters()).toStrictEqual(fitted);
		expect(settings.values.fsrsParameters).toStrictEqual(fitted);
		expect(fit.usingPersonal).toBe(true);
	});

	it('shows a fit that is not better but keeps the parameters in use', async () => {
		const w = worker({
			kind: 'result',
			weights: fitted,
			before: score(0.45, 0.38),
			after: score(0.45, 0.36)
		});
		const fit = new PersonalFitState({ history: history(450), start: w.start });
		await fit.fit();
		expect(fit.phase).toMatchObject({ kind: 'done', saved: false, after: { rmse: 0.36 } });
		expect(await storedParameters()).toBeUndefined();
		expect(settings.values.fsrsParameters).toBeNull();
	});

	it('a cancelled fit saves nothing; an optimizer error is shown as it came', async () => {
		const never = worker('never');
		const fit = new PersonalFitState({ history: history(450), start: never.start });
		const running = fit.fit();
		await Promise.resolve();
		await new Promise((r) => setTimeout(r, 0));
		expect(fit.phase.kind).toBe('running');
		fit.cancel();
		await running;
		expect(fit.phase).toStrictEqual({ kind: 'idle' });
		expect(await storedParameters()).toBeUndefined();

		const failing = new PersonalFitState({
			history: history(450),
			start: worker({ kind: 'error', message: 'The optimizer stopped (unreachable).' }).start
		});
		await failing.fit();
		expect(failing.phase).toStrictEqual({ kind: 'error', message: 'The optimizer stopped (unreachable).' });
	});

	it('goes back to the default parameters, and undo brings the fitted ones back', async () => {
		await settings.save('fsrsParameters', fitted);
		const fit = new PersonalFitState({ history: history(450) });
		expect(await fit.useDefaults()).toStrictEqual({ kind: 'ok', text: 'Back to the default parameters.' });
		expect(await storedParameters()).toBeNull();
		expect(fit.canUndoDefaults).toBe(true);
		expect(await fit.undoDefaults()).toStrictEqual({ kind: 'ok', text: 'Your parameters are back.' });
		expect(await storedParameters()).toStrictEqual(fitted);
		expect(fit.canUndoDefaults).toBe(false);
	});
});
