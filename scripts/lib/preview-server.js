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
 * Ports the Fetch standard blocks ("bad ports", https://fetch.spec.whatwg.org/#port-blocking): Chromium and
 * Node's fetch refuse them. The bench's old default, 4190, is one, so its server was never seen to answer.
 */
export const BLOCKED_PORTS = new Set([
	1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
	109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
	526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
	3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080
]);

/**
 * Runs `command` (which must serve on `port`) and resolves once `url` answers 200, or rejects saying why: the
 * port was taken before it started, it exited (with its output), or it did not answer within `timeoutMs`.
 * The server is stopped by `stop()`, and on this process's exit, Ctrl-C or SIGTERM.
 * @param {{ command: string[], cwd: string, port: number, timeoutMs?: number }} options
 */
export async function startServer({ command, cwd, port, timeoutMs = 60_000 }) {
	if (BLOCKED_PORTS.has(port))
		throw new Error(
			`Port ${port} is on the Fetch standard's blocked-port list: browsers and Node's fetch refuse to connect ` +
				'to it, so the bench could never reach its server there. Pick another port with BENCH_PORT.'
		);
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
