// Occasional (unifocal) PVCs are placed irregularly, so the strip cannot be read as bigeminy or trigeminy:
// measured on the drawn signal, the wide complexes (QRS ≥ 0.12 s) are one or two, with at least three narrow
// complexes between two of them, and where they fall varies from strip to strip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeStrip } from './describe';
import type { Reading } from './read-strip.test-helper';
import { RUNS, read, seeds } from './strip-cases.test-helper';

/** Per detected complex: wide (a PVC), narrow, or unknown where an edge hides its end. */
function kinds(reading: Reading): ('wide' | 'narrow' | 'unknown')[] {
	return reading.beats.map((b) =>
		b.onset === null || b.offset === null ? 'unknown' : b.offset - b.onset >= 0.12 ? 'wide' : 'narrow'
	);
}

describe('PVCs (unifocal): occasional and irregularly placed', () => {
	it('one or two PVCs, never two with fewer than three narrow complexes between them', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read('pvc-unifocal', seed);
				const k = kinds(reading);
				const wide = k.flatMap((x, i) => (x === 'wide' ? [i] : []));
				expect(wide.length).toBeGreaterThanOrEqual(1);
				expect(wide.length).toBeLessThanOrEqual(2);
				if (wide.length === 2)
					expect(wide[1]! - wide[0]! - 1, 'narrow complexes between').toBeGreaterThanOrEqual(3);
				expect(describeStrip(strip)).not.toMatch(/Every (second|third) complex comes early/);
			}),
			{ numRuns: RUNS }
		);
	});

	it('where the PVC falls varies: over 60 strips, at least three different complexes come first', () => {
		const firstAt = new Set<number>();
		for (let seed = 0; seed < 60; seed++)
			firstAt.add(kinds(read('pvc-unifocal', seed).reading).indexOf('wide'));
		expect(firstAt.size).toBeGreaterThanOrEqual(3);
	});
});
