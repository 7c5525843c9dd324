// The server a benchmark measures: started here, on a port nothing else answers on, and stopped however the
// benchmark ends. Before, the bench measured whatever answered on its fixed port (vite's --strictPort made
// its own preview exit, unseen, when another checkout's preview held the port) and went on even when nothing
// answered; a Ctrl-C left its preview running for the next bench to measure.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * True when an HTTP server answers at `url` (any status).
 * @param {string} url
 */
export async function answers(url) {
	try {
		await fetch(url, { signal: AbortSignal.timeout(2000) });
		return true;
	} catch {
		return false;
	}
}

/**
 * Runs `command` (which must serve on `port`) and resolves once `url` answers 200, or rejects saying why: the
 * port was taken before it started, it exited (with its output), or it did not answer within `timeoutMs`.
 * The server is stopped by `stop()`, and on this process's exit, Ctrl-C or SIGTERM.
 * @param {{ command: string[], cwd: string, port: number, timeoutMs?: number }} options
 */
export async function startServer({ command, cwd, port, timeoutMs = 60_000 }) {
	const url = `http://localhost:${port}`;
	if (await answers(url))
		throw new Error(
			`Something already answers on port ${port} (a preview left running, or another checkout's bench), ` +
				'and the bench would measure it instead of this build. Stop it, or pick a free port with BENCH_PORT.'
		);
	const [file, ...args] = command;
	// Its own process group, so stopping it also stops what it started.
	const child = spawn(/** @type {string} */ (file), args, {
		cwd,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	let exited = false;
	child.once('exit', () => (exited = true));

	const stop = () => {
		if (exited || child.pid === undefined) return;
		try {
			process.kill(-child.pid);
		} catch {
			/* already gone */
		}
	};
	process.once('exit', stop);
	for (const [signal, code] of /** @type {const} */ ([
		['SIGINT', 130],
		['SIGTERM', 143],
		['SIGHUP', 129]
	]))
		process.once(signal, () => {
			stop();
			process.exit(code);
		});

	const deadline = Date.now() + timeoutMs;
	while (!exited && Date.now() < deadline) {
		try {
			if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return { url, stop };
		} catch {
			/* not listening yet */
		}
		await sleep(200);
	}
	stop();
	throw new Error(
		exited
			? `The server for port ${port} exited before answering:\n${output.trim()}`
			: `The server for port ${port} did not answer within ${timeoutMs / 1000} s:\n${output.trim()}`
	);
}
