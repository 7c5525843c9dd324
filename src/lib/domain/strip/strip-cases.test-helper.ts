/** Shared fixtures for the strip tests: seeds from fast-check, and strips read once per (rhythm, seed). */
import fc from 'fast-check';
import { generateStrip } from './generate';
import { readStrip, type Reading } from './read-strip.test-helper';
import type { RhythmId, Strip, StripRequest } from './types';

// A fixed fast-check seed: every run draws the same strips, so a failure is reproducible and never flaky.
fc.configureGlobal({ seed: 20240612 });

export const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

const cache = new Map<string, { strip: Strip; reading: Reading }>();

export function read(rhythm: RhythmId, seed: number, extra: Partial<StripRequest> = {}) {
	const key = JSON.stringify({ rhythm, seed, ...extra });
	let hit = cache.get(key);
	if (!hit) {
		const strip = generateStrip({ rhythm, seed, ...extra });
		hit = { strip, reading: readStrip(strip) };
		if (cache.size > 2000) cache.clear();
		cache.set(key, hit);
	}
	return hit;
}

/** Property runs per rhythm (each reads a fresh strip), fewer for the slower spectral checks; keeps the suite near 10 s. */
export const RUNS = 100;
export const SPECTRAL_RUNS = 25;
