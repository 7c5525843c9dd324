/**
 * Runs `task` once the page has loaded and the main thread is idle, so background work (the service worker,
 * the storage check) never competes with the first screen. `timeout` bounds the wait on a page that stays
 * busy. Returns a function that cancels the task if it has not run yet.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
	let cancelled = false;
	let cancelWait = () => {};
	const runOnce = () => !cancelled && task();
	const schedule = () => {
		// Safari has no requestIdleCallback: a timeout after load is the nearest thing.
		const idle = globalThis.requestIdleCallback as typeof requestIdleCallback | undefined;
		if (idle) {
			const handle = idle(runOnce, { timeout });
			cancelWait = () => cancelIdleCallback(handle);
		} else {
			const handle = setTimeout(runOnce, 1);
			cancelWait = () => clearTimeout(handle);
		}
	};
	if (document.readyState === 'complete') schedule();
	else {
		addEventListener('load', schedule, { once: true });
		cancelWait = () => removeEventListener('load', schedule);
	}
	return () => {
		cancelled = true;
		cancelWait();
	};
}
