// Stops the e2e run with one clear line when no Chromium is available, instead of a Playwright stack trace.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './browser-path.js';

let bundled;
try {
	bundled = chromium.executablePath();
} catch {
	bundled = undefined;
}
if (!chromiumPath() && !(bundled && existsSync(bundled))) {
	console.error(
		'No Chromium found: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.'
	);
	process.exit(1);
}
