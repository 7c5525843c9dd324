// Gets the end-to-end tests a Chromium that starts, the way `npx playwright install --with-deps` would:
// 1. a browser already here ($CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own download);
// 2. else Playwright's own download;
// 3. else, on Debian/Ubuntu as root (or with password-less sudo), Debian's `chromium` package;
// 4. else one line saying what to do. Each candidate is launched once, so a browser that is present but
//    cannot start (missing system libraries) counts as missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser-path.js';

const log = (line) => console.log(`[browser] ${line}`);

function bundledPath() {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

async function starts(executablePath) {
	try {
		const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 });
		await browser.close();
		return true;
	} catch (error) {
		log(`${executablePath} is present but did not start: ${String(error).split('\n')[0]}`);
		return false;
	}
}

async function usable() {
	for (const path of [chromiumPath(), bundledPath()]) if (path && (await starts(path))) return path;
	return undefined;
}

function run(command, args) {
	log(`running: ${command} ${args.join(' ')}`);
	const { status, error } = spawnSync(command, args, {
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		timeout: 15 * 60_000
	});
	return !error && status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasSudo = () => !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const isDebian = existsSync('/etc/debian_version');

function installDebianChromium() {
	const prefix = isRoot ? [] : hasSudo() ? ['sudo', '-n'] : null;
	if (!isDebian || !prefix) return false;
	const apt = (args) => {
		const [command, ...rest] = [...prefix, 'apt-get', ...args];
		return run(command, rest);
	};
	return apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']);
}

async function main() {
	let path = await usable();
	if (path) return log(`using ${path}`);

	log('no Chromium found; trying Playwright’s own download');
	if (run('npx', ['--no-install', 'playwright', 'install', 'chromium']) && (path = await usable()))
		return log(`using ${path}`);

	log('Playwright’s download did not give a working browser; trying Debian’s chromium package');
	if (installDebianChromium() && (path = await usable())) return log(`using ${path}`);

	console.error(
		'No Chromium could be found or installed: install one (`sudo apt-get install -y chromium` on Debian/Ubuntu, or `npx playwright install --with-deps chromium`) or set CHROMIUM_PATH to a Chromium binary.'
	);
	process.exit(1);
}

await main();
