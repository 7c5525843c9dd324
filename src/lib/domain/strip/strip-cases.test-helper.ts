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

/** Property runs per rhythm: 200 where a strip is cheap to read, fewer for the slower spectral checks. */
export const RUNS = 200;
export const SPECTRAL_RUNS = 40;
