/**
 * Fits FSRS parameters with fsrs-browser (fsrs-rs in wasm) off the main thread, then scores the defaults
 * (or the weights in use) and the fit on the held-back reviews. Single-threaded: its thread pool needs
 * cross-origin isolation, which a static host cannot promise (docs/personal-parameters.md).
 */
import init, { Fsrs, getProgress, Progress } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { clampParameters } from '$lib/domain/records/fsrs-parameters';
import { scoreHeldBack, splitByTime, trainingSet } from '$lib/domain/study/fit-check';
import type { FitMessage, FitRequest } from './fsrs-fit-protocol';

const post = (message: FitMessage) => self.postMessage(message);

/**
 * The fit is one synchronous wasm call; the only JS that runs meanwhile is fsrs-rs's logging (through
 * console.log, info or debug) as batches and epochs end. Each line samples the optimizer's progress counter
 * (in wasm memory) and posts it.
 */
function reportProgressOnLog(memory: WebAssembly.Memory, pointer: number): () => void {
	const methods = ['log', 'info', 'debug'] as const;
	const originals = methods.map((m) => console[m]);
	methods.forEach((method, i) => {
		console[method] = (...args: unknown[]) => {
			const { itemsProcessed, itemsTotal } = getProgress(memory.buffer as ArrayBuffer, pointer);
			if (itemsTotal > 0)
				post({ kind: 'progress', stage: 'fitting', done: itemsProcessed, total: itemsTotal });
			originals[i]!(...args);
		};
	});
	return () => methods.forEach((method, i) => (console[method] = originals[i]!));
}

/** fsrs-browser's wasm imports shared memory; some browsers allow it only on cross-origin isolated pages. */
function sharedWasmMemory(): boolean {
	try {
		new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
		return true;
	} catch {
		return false;
	}
}

async function fit({ reviews, current }: FitRequest): Promise<FitMessage> {
	post({ kind: 'progress', stage: 'loading', done: 0, total: 0 });
	const split = splitByTime(reviews);
	const before = scoreHeldBack(split, current);
	if (!before)
		return {
			kind: 'error',
			message:
				'Your latest reviews are all first looks or same-day repeats, so a fit cannot be checked on them yet. Review on a few more days, then try again.'
		};
	if (!sharedWasmMemory())
		return {
			kind: 'error',
			message:
				'This browser cannot run the optimizer here (it needs shared WebAssembly memory), so Vitals keeps the parameters in use.'
		};
	const set = trainingSet(split);
	const { memory } = await init({ module_or_path: wasmUrl });
	const progress = Progress.new();
	post({ kind: 'progress', stage: 'fitting', done: 0, total: set.lengths.length });
	const restore = reportProgressOnLog(memory, progress.pointer());
	let fitted: Float32Array;
	try {
		fitted = new Fsrs().computeParameters(set.ratings, set.deltaDays, set.lengths, progress, true);
	} finally {
		restore();
	}
	post({ kind: 'progress', stage: 'checking', done: 0, total: 0 });
	const weights = clampParameters(Array.from(fitted));
	const after = weights.every(Number.isFinite) ? scoreHeldBack(split, weights) : null;
	if (!after || !Number.isFinite(after.logLoss))
		return {
			kind: 'error',
			message: 'The optimizer gave no usable parameters, so Vitals keeps the ones in use.'
		};
	return { kind: 'result', weights, before, after };
}

self.onmessage = async (event: MessageEvent<FitRequest>) => {
	try {
		post(await fit(event.data));
	} catch (error) {
		// A wasm panic arrives as "unreachable"; say what failed, not that.
		const detail = error instanceof Error ? error.message : String(error);
		post({ kind: 'error', message: `The optimizer stopped (${detail}).` });
	}
};
