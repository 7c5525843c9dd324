// The text alternative counts the complexes a sighted reader counts on the 6-second strip: every QRS whose
// peak (largest deflection) is drawn inside it, including one cut by either edge. Counted independently on the
// drawn signal: the beat detector's complexes (it skips 0.08 s at each edge) plus, at each edge, a QRS-sized
// extreme of the tracing that is a true turning point inside the strip rather than the edge sample itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeStrip } from './describe';
import { medianOf } from './read-strip.test-helper';
import { RUNS, read, seeds } from './strip-cases.test-helper';
import type { RhythmId, Strip } from './types';
import type { Reading } from './read-strip.test-helper';

/** How far in from each edge to look for a complex the detector does not read (its 0.08 s margin and a QRS). */
const EDGE_S = 0.16;

/**
 * Complexes at the edges that the detector does not read: `sure` ones peak inside the strip; a peak within two
 * samples (4 ms) of the edge is `either` way, as no reader can tell it from a complex cut on its upstroke.
 */
function edgeComplexes(strip: Strip, reading: Reading): { sure: number; either: number } {
	const x = reading.tracing.clean;
	const fs = strip.sampleRateHz;
	const size = medianOf(reading.beats.map((b) => b.amplitude));
	const base = medianOf(reading.beats.map((b) => b.baseline));
	const n = Math.round(EDGE_S * fs);
	let sure = 0;
	let either = 0;
	for (const [from, to] of [
		[0, n],
		[x.length - n, x.length]
	] as const) {
		let at = from;
		for (let i = from; i < to; i++) if (Math.abs((x[i] ?? 0) - base) > Math.abs((x[at] ?? 0) - base)) at = i;
		const counted = reading.beats.some((b) => Math.abs(b.peak - at / fs) < 0.1);
		if (counted || Math.abs((x[at] ?? 0) - base) < 0.5 * size) continue;
		if (at <= 1 || at >= x.length - 2) either++;
		else sure++;
	}
	return { sure, either };
}

const RHYTHMS: RhythmId[] = [
	'nsr',
	'sinus-bradycardia',
	'sinus-tachycardia',
	'afib-controlled',
	'junctional',
	'vt-monomorphic',
	'idioventricular',
	'av-block-1',
	'av-block-3',
	'pvc-bigeminy'
];

describe('the description counts every complex whose peak is on the strip', () => {
	it.each(RHYTHMS)('%s', (rhythm) => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read(rhythm, seed);
				const stated = Number(/(\d+) QRS complex/.exec(describeStrip(strip))?.[1]);
				const edge = edgeComplexes(strip, reading);
				expect(stated).toBeGreaterThanOrEqual(reading.beats.length + edge.sure);
				expect(stated).toBeLessThanOrEqual(reading.beats.length + edge.sure + edge.either);
			}),
			{ numRuns: RUNS }
		);
	});
});
