/** Runs the FSRS fit in its worker: progress as it goes, a promise of the outcome, and cancel. */
import type { FitMessage, FitRequest, FitStage } from './fsrs-fit-protocol';

export type { FitStage } from './fsrs-fit-protocol';
export type FitOutcome = Exclude<FitMessage, { kind: 'progress' }>;

export interface FitRun {
	outcome: Promise<FitOutcome | { kind: 'cancelled' }>;
	cancel(): void;
}

export function startFit(
	request: FitRequest,
	onProgress: (stage: FitStage, done: number, total: number) => void
): FitRun {
	const worker = new Worker(new URL('./fsrs-fit.worker.ts', import.meta.url), { type: 'module' });
	let settle: (outcome: FitOutcome | { kind: 'cancelled' }) => void = () => {};
	const outcome = new Promise<FitOutcome | { kind: 'cancelled' }>((resolve) => (settle = resolve));
	const finish = (result: FitOutcome | { kind: 'cancelled' }) => {
		worker.terminate();
		settle(result);
	};
	worker.onmessage = ({ data }: MessageEvent<FitMessage>) => {
		if (data.kind === 'progress') onProgress(data.stage, data.done, data.total);
		else finish(data);
	};
	worker.onerror = (event) => {
		event.preventDefault();
		finish({
			kind: 'error',
			message: `The optimizer could not start in this browser (${event.message || 'worker error'}).`
		});
	};
	worker.postMessage(request);
	return { outcome, cancel: () => finish({ kind: 'cancelled' }) };
}
