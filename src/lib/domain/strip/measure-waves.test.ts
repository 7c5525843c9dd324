// Measures waves on the drawn signal: QRS width and PR interval inside each rhythm's catalogue range, P waves
// absent where the rhythm has none, inverted junctional P waves, and wide PVCs with opposite T waves.
// Widths and PRs are read on clear complexes (the median per strip, as a reader picks a clear beat).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOf, spreadOf, type Reading } from './read-strip.test-helper';
import { rhythmSpec } from './rhythms';
import { RUNS, read, seeds } from './strip-cases.test-helper';
import type { RhythmId } from './types';

const inRange = (x: number, r: { min: number; max: number } | null) => !!r && x >= r.min && x <= r.max;

const narrowOrPaced = (reading: Reading) => reading.measurable.filter((m) => m.width < 0.12);
const widths = (reading: Reading) => reading.measurable.map((m) => m.width);
const prs = (reading: Reading) =>
	reading.measurable.flatMap((m) => (m.p && m.beat.onset !== null ? [m.beat.onset - m.p.onset] : []));

/** Rhythms whose baseline is isoelectric between beats, so QRS ends and P waves can be read. */
const WITH_PR: RhythmId[] = [
	'nsr',
	'sinus-bradycardia',
	'sinus-tachycardia',
	'sinus-arrhythmia',
	'sinus-arrest',
	'av-block-1',
	'av-block-2-type-2',
	'paced-atrial',
	'pacer-failure-to-sense'
];
const WIDE: RhythmId[] = [
	'vt-monomorphic',
	'idioventricular',
	'accelerated-idioventricular',
	'paced-ventricular'
];
const NO_P: RhythmId[] = [
	'afib-controlled',
	'afib-rapid',
	'svt',
	'vt-monomorphic',
	'idioventricular',
	'accelerated-idioventricular'
];

describe('QRS width and PR interval measured from the signal lie in the rhythm’s range', () => {
	it.each(WITH_PR)('%s', (rhythm) => {
		const spec = rhythmSpec(rhythm);
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read(rhythm, seed);
				expect(inRange(medianOf(widths(reading)), spec.qrsS), `QRS ${medianOf(widths(reading))}`).toBe(true);
				const pr = prs(reading);
				// Past ~135/min a sinus P can run into the preceding T wave (the catalogue says so): none to read.
				if (pr.length === 0 && (strip.stated.rateBpm ?? 0) > 135) return;
				expect(pr.length, 'P waves read').toBeGreaterThan(0);
				expect(inRange(medianOf(pr), spec.prS), `PR ${medianOf(pr)}`).toBe(true);
				// Constant PR: every readable PR within 0.02 s (half a small box) of the others.
				if (rhythm !== 'sinus-arrhythmia') expect(spreadOf(pr)).toBeLessThanOrEqual(0.02);
			}),
			{ numRuns: RUNS }
		);
	});

	it('first-degree block: PR over 0.20 s on every readable beat', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				for (const pr of prs(read('av-block-1', seed).reading)) expect(pr).toBeGreaterThan(0.2);
			}),
			{ numRuns: RUNS }
		);
	});

	it.each(WIDE)('%s: wide QRS (≥ 0.12 s) with the T wave opposite the QRS', (rhythm) => {
		const spec = rhythmSpec(rhythm);
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read(rhythm, seed);
				expect(inRange(medianOf(widths(reading)), spec.qrsS), `QRS ${medianOf(widths(reading))}`).toBe(true);
				for (const m of reading.measurable) expect(tPolarity(reading, m.index)).not.toBe(m.beat.polarity);
			}),
			{ numRuns: RUNS }
		);
	});

	it.each<RhythmId>(['junctional', 'accelerated-junctional', 'junctional-tachycardia', 'svt'])(
		'%s: narrow QRS',
		(rhythm) => {
			fc.assert(
				fc.property(seeds, (seed) => {
					const w = medianOf(widths(read(rhythm, seed).reading));
					expect(inRange(w, rhythmSpec(rhythm).qrsS), `QRS ${w}`).toBe(true);
				}),
				{ numRuns: RUNS }
			);
		}
	);
});

/**
 * Sign of the largest deflection 0.03–0.35 s after the QRS ends (the T wave), or null for the last beat read,
 * whose window could reach a complex cut off by the strip's edge.
 */
function tPolarity(reading: Reading, index: number): 1 | -1 | null {
	const beat = reading.beats[index];
	const next = reading.beats[index + 1];
	const { smooth, fs } = reading.tracing;
	if (!beat || beat.offset === null || !next) return null;
	const from = Math.round((beat.offset + 0.03) * fs);
	const nextStart = next ? (next.onset ?? next.peak - 0.06) : Infinity;
	const to = Math.round(Math.min(beat.offset + 0.35, nextStart - 0.02) * fs);
	let best = 0;
	for (let i = from; i < Math.min(to, smooth.length); i++) {
		const d = (smooth[i] ?? 0) - beat.baseline;
		if (Math.abs(d) > Math.abs(best)) best = d;
	}
	return best >= 0 ? 1 : -1;
}

describe('P waves', () => {
	it.each(NO_P)('%s: no P waves (none found before most beats at a consistent PR)', (rhythm) => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read(rhythm, seed);
				const found = prs(reading);
				const consistent = found.length >= 0.8 * reading.measurable.length && spreadOf(found) <= 0.04;
				expect(consistent && found.length > 0).toBe(false);
			}),
			{ numRuns: RUNS }
		);
	});

	it.each<RhythmId>(['junctional', 'accelerated-junctional', 'junctional-tachycardia'])(
		'%s: any P wave before the QRS is inverted with PR under 0.12 s',
		(rhythm) => {
			fc.assert(
				fc.property(seeds, (seed) => {
					for (const m of read(rhythm, seed).reading.measurable) {
						if (!m.p || m.beat.onset === null) continue;
						expect(m.p.amplitude).toBeLessThan(0);
						expect(m.beat.onset - m.p.onset).toBeLessThan(0.12);
					}
				}),
				{ numRuns: RUNS }
			);
		}
	);
});

describe('premature ventricular contractions', () => {
	it.each<RhythmId>(['pvc-unifocal', 'pvc-multifocal', 'pvc-bigeminy', 'pvc-trigeminy', 'pvc-couplet'])(
		'%s: PVCs are wide, early, without a P wave, with the T opposite; sinus beats narrow',
		(rhythm) => {
			fc.assert(
				fc.property(seeds, (seed) => {
					const { reading } = read(rhythm, seed);
					const wide = reading.measurable.filter((m) => m.width >= 0.12);
					expect(wide.length).toBeGreaterThan(0);
					expect(narrowOrPaced(reading).length).toBeGreaterThan(0);
					for (const m of wide) {
						expect(inRange(m.width, rhythmSpec(rhythm).ectopicQrsS), `PVC ${m.width}`).toBe(true);
						expect(m.p).toBeNull();
						expect(tPolarity(reading, m.index)).not.toBe(m.beat.polarity);
					}
					if (rhythm === 'pvc-multifocal') {
						const polarities = new Set(wide.map((m) => m.beat.polarity));
						expect(polarities.size, 'two PVC shapes').toBe(2);
					}
				}),
				{ numRuns: RUNS }
			);
		}
	);
});
