import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { answers, BLOCKED_PORTS, startServer } from './preview-server.js';

const root = join(import.meta.dirname, '..', '..');
/** A stand-in for `vite preview`: serves "ok" on the port it is given. */
const tinyServer = (port: number) => [
	process.execPath,
	'-e',
	`require('node:http').createServer((q, s) => s.end('ok')).listen(${port})`
];

let foreign: Server | undefined;
afterEach(() => new Promise<void>((done) => (foreign ? foreign.close(() => done()) : done())));

/** A port something else is serving on, as another checkout's preview would. */
async function takenPort(): Promise<number> {
	foreign = createServer((_, res) => res.end('another build'));
	await new Promise<void>((done) => foreign!.listen(0, done));
	return (foreign.address() as AddressInfo).port;
}

/** A port nothing listens on (the OS gave it out and it was closed again). */
async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((done) => probe.listen(0, done));
	const { port } = probe.address() as AddressInfo;
	await new Promise((done) => probe.close(done));
	return port;
}

describe('the server a benchmark measures', () => {
	it('refuses a port that fetch refuses, naming it, and the default port is not one', async () => {
		// Node's own fetch is the independent judge: it refuses a blocked port before connecting.
		const refused = await fetch('http://localhost:4190').then(
			() => null,
			(e: Error) => String((e.cause as Error | undefined)?.message)
		);
		expect(refused).toBe('bad port');
		await expect(startServer({ command: tinyServer(4190), cwd: root, port: 4190 })).rejects.toThrow(
			/Port 4190 is on the Fetch standard's blocked-port list/
		);
		const bench = readFileSync(join(root, 'scripts', 'bench.js'), 'utf8');
		const port = Number(/BENCH_PORT \?\? (\d+)/.exec(bench)?.[1]);
		expect(port).toBeGreaterThan(1024);
		expect(BLOCKED_PORTS.has(port)).toBe(false);
	});

	it('is never one that was already answering on the port', async () => {
		const port = await takenPort();
		await expect(startServer({ command: tinyServer(port), cwd: root, port })).rejects.toThrow(
			`Something already answers on port ${port}`
		);
	});

	it('answers once started and is gone once stopped', async () => {
		const port = await freePort();
		const server = await startServer({ command: tinyServer(port), cwd: root, port });
		expect(await (await fetch(server.url)).text()).toBe('ok');
		server.stop();
		await expect.poll(() => answers(server.url)).toBe(false);
	});

	it('says what the server printed when it exits instead of answering', async () => {
		const port = await freePort();
		const failing = [process.execPath, '-e', "console.error('Port is already in use'); process.exit(1)"];
		await expect(startServer({ command: failing, cwd: root, port })).rejects.toThrow(
			/exited before answering:\nPort is already in use/
		);
	});

	it('does not outlive a bench stopped with Ctrl-C', async () => {
		const port = await freePort();
		const bench = spawn(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`import { startServer } from ${JSON.stringify(join(import.meta.dirname, 'preview-server.js'))};
				await startServer({ command: ${JSON.stringify(tinyServer(port))}, cwd: '.', port: ${port} });
				console.log('serving');
				setInterval(() => {}, 1000);`
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		await new Promise<void>((done) => bench.stdout.on('data', () => done()));
		expect(await answers(`http://localhost:${port}`)).toBe(true);
		bench.kill('SIGINT');
		await new Promise((done) => bench.once('exit', done));
		await sleep(100);
		await expect.poll(() => answers(`http://localhost:${port}`)).toBe(false);
	});
});

describe('npm run bench', () => {
	it('stops, naming the port, when another server already answers there', async () => {
		const port = await takenPort();
		// Not spawnSync: the server on the port runs in this process and must keep answering.
		const bench = spawn(
			process.execPath,
			['scripts/bench.js', '--no-build', '--no-lighthouse', '--only=nothing'],
			{
				cwd: root,
				env: { ...process.env, BENCH_PORT: String(port) }
			}
		);
		let stdout = '';
		let stderr = '';
		bench.stdout.on('data', (d) => (stdout += d));
		bench.stderr.on('data', (d) => (stderr += d));
		const status = await new Promise((done) => bench.once('exit', done));
		expect(status).not.toBe(0);
		expect(stderr).toContain(`Something already answers on port ${port}`);
		expect(stdout).toBe('');
	});
});
