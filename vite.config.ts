import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { pwaManifest } from './scripts/pwa-manifest.js';

export default defineConfig({
	resolve: {
		alias: [
			// The packages' modern ES-module builds, for the browsers SvelteKit targets anyway: Dexie's default
			// entry wraps its ES5 UMD file (CommonJS interop, nothing tree-shaken) and workbox-window's default is
			// transpiled to ES5. Both are on the home page's first load.
			{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
			{ find: /^workbox-window$/, replacement: 'workbox-window/build/workbox-window.prod.mjs' }
		]
	},
	// The FSRS fit worker imports the optimizer's wasm glue, which is an ES module (import.meta.url).
	worker: { format: 'es' },
	plugins: [
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			manifest: pwaManifest,
			workbox: {
				// App shell, every prerendered route, and every compiled bank, so the app works offline after one visit.
				globPatterns: [
					// wasm: the FSRS optimizer Settings runs (1.7 MB, fetched only by its worker).
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json,wasm}',
					'prerendered/**/*.{html,json}'
				],
				navigateFallback: '/',
				// Routes read their subject from the query string; the precached shell is the same for all of them.
				ignoreURLParametersMatching: [/.*/],
				maximumFileSizeToCacheInBytes: 5 * 1024 * 1024
			}
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/test/setup.ts'],
		// Property tests (1,000 runs) on a busy two-core machine can pass 5 s; speed is the benchmarks' job,
		// so a test fails on what it asserts, never on how long it took.
		testTimeout: 60_000,
		// A test that asserts nothing passes whatever the code does.
		expect: { requireAssertions: true }
	}
});
