import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/browser-path.js';

const executablePath = chromiumPath();
// A separate port lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 60_000,
	// Generous waits: CI shares two cores between the build, the browser and the app.
	expect: { timeout: 10_000, toHaveScreenshot: { maxDiffPixelRatio: 0.02 } },
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		...devices['Pixel 7'],
		viewport: { width: 360, height: 740 },
		browserName: 'chromium',
		launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) }
	},
	webServer: {
		// The service worker exists only in a production build, so e2e always runs against build + preview.
		command: `npm run build && npx vite preview --port ${port} --strictPort`,
		url: `http://localhost:${port}`,
		reuseExistingServer: false,
		timeout: 300_000,
		stdout: 'ignore'
	}
});
