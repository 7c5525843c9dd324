// Which Chromium the e2e tests and the benchmark use: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else Playwright's own download (undefined lets Playwright pick it).
import { existsSync } from 'node:fs';

export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
