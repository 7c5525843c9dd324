// Measures the rhythm-defining findings on the drawn signal: AV dissociation in complete block, progressive PR
// in Wenckebach, constant PR with a dropped beat in Mobitz II, flutter waves near 300/min, chaotic VF,
// asystole, twisting torsades, pacer spikes and capture, premature-beat pauses, and each artifact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxcar } from './detect-beats.test-helper';
import { allPWaves, type DetectedP } from './detect-waves.test-helper';
import { medianOf, spreadOf, type Reading } from './read-strip.test-helper';
import { rhythmSpec } from './rhythms';
import { decimate, dominantFrequency } from './spectrum.test-helper';
import { RUNS, SPECTRAL_RUNS, read, seeds } from './strip-cases.test-helper';
import type { ConductionRatio } from './types';

const onsetOf = (r: Reading, i: number) => {
	const b = r.beats[i];
	return b ? (b.onset ?? b.peak - 0.04) : NaN;
};

/** The P-P cycle: the shortest gap between readable P waves (hidden ones make some gaps whole multiples). */
function ppCycle(ps: readonly DetectedP[]): { cycle: number; gaps: number[] } {
	const gaps = ps.slice(1).map((p, i) => p.peak - (ps[i]?.peak ?? 0));
	return { cycle: Math.min(...gaps), gaps };
}

/** A P wave with no QRS within 0.5 s after it: not conducted. */
const dropped = (r: Reading, p: DetectedP) => !r.beats.some((b) => b.peak > p.peak && b.peak - p.peak < 0.5);

describe('AV block', () => {
	it('third degree: P-P regular, R-R regular, PR varies widely (P waves independent of QRS)', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('av-block-3', seed);
				const ps = allPWaves(reading.tracing, 0);
				expect(ps.length).toBeGreaterThanOrEqual(2);
				expect(spreadOf(reading.rr)).toBeLessThan(0.12);
				// Some P waves hide in QRS or T waves, so the P's "march out": one cycle (the shortest gap ÷ 1–4)
				// makes every gap a whole number of cycles, to within a small box.
				if (ps.length >= 3) {
					const { cycle, gaps } = ppCycle(ps);
					const marches = [1, 2, 3, 4].some((k) =>
						gaps.every((g) => Math.abs(g - Math.round(g / (cycle / k)) * (cycle / k)) < 0.04)
					);
					expect(marches).toBe(true);
				}
				const apparentPr = reading.beats.flatMap((_, i) => {
					const before = ps.filter((p) => p.onset < onsetOf(reading, i)).at(-1);
					return before ? [onsetOf(reading, i) - before.onset] : [];
				});
				expect(spreadOf(apparentPr), 'PR intervals vary').toBeGreaterThan(0.1);
			}),
			{ numRuns: RUNS }
		);
	});

	it('second degree type I: PR lengthens beat by beat until a P is dropped; the next PR is shorter', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('av-block-2-type-1', seed);
				const ps = allPWaves(reading.tracing, 0);
				const drops = ps.filter((p) => dropped(reading, p));
				expect(drops.length).toBeGreaterThan(0);
				// PR of each conducted P, in order, with the dropped P waves as group separators.
				const sequence = ps.map((p) => {
					if (dropped(reading, p)) return null;
					const beat = reading.beats.find((b) => b.peak > p.peak);
					return beat && beat.onset !== null ? beat.onset - p.onset : null;
				});
				let checkedGroup = false;
				for (let i = 1; i < sequence.length; i++) {
					const prev = sequence[i - 1];
					const cur = sequence[i];
					if (prev !== null && prev !== undefined && cur !== null && cur !== undefined) {
						expect(cur, 'progressive lengthening').toBeGreaterThan(prev + 0.01);
						checkedGroup = true;
					}
					const beforeDrop = sequence[i - 2];
					if (
						prev === null &&
						cur !== null &&
						cur !== undefined &&
						beforeDrop !== null &&
						beforeDrop !== undefined
					)
						expect(cur, 'shorter after the dropped beat').toBeLessThan(beforeDrop);
				}
				expect(checkedGroup).toBe(true);
				expect(spreadOf(ppCycle(ps).gaps)).toBeLessThan(0.04);
			}),
			{ numRuns: RUNS }
		);
	});

	it('second degree type II: constant PR, regular P-P, and a P wave with no QRS', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('av-block-2-type-2', seed);
				const ps = allPWaves(reading.tracing, 0);
				expect(ps.some((p) => dropped(reading, p))).toBe(true);
				const prs = reading.measurable.flatMap((m) => (m.p ? [(m.beat.onset ?? NaN) - m.p.onset] : []));
				expect(spreadOf(prs)).toBeLessThanOrEqual(0.02);
				expect(spreadOf(ppCycle(ps).gaps)).toBeLessThan(0.04);
			}),
			{ numRuns: RUNS }
		);
	});
});

/** The tracing with each QRS (onset − 20 ms to offset + 40 ms) bridged by a straight line. */
function withoutQrs(r: Reading): Float32Array {
	const x = Float32Array.from(r.tracing.clean);
	const fs = r.tracing.fs;
	for (const b of r.beats) {
		const from = Math.max(0, Math.round(((b.onset ?? b.peak - 0.05) - 0.02) * fs));
		const to = Math.min(x.length - 1, Math.round(((b.offset ?? b.peak + 0.06) + 0.04) * fs));
		const a = x[from] ?? 0;
		const z = x[to] ?? 0;
		for (let i = from; i <= to; i++) x[i] = a + ((z - a) * (i - from)) / Math.max(1, to - from);
	}
	return x;
}

describe('atrial flutter and fibrillation', () => {
	it('flutter: the atrial activity’s dominant frequency is the flutter rate (≈ 4–6 Hz, 250–350/min)', () => {
		fc.assert(
			fc.property(
				seeds,
				fc.constantFrom<ConductionRatio>('2:1', '3:1', '4:1', 'variable'),
				(seed, conduction) => {
					const { strip, reading } = read('atrial-flutter', seed, { conduction });
					// 100 Hz is plenty for 3–8 Hz atrial waves, and five times cheaper.
					const f = dominantFrequency(
						decimate(boxcar(withoutQrs(reading), 5), 5),
						strip.sampleRateHz / 5,
						3,
						8,
						0.05
					);
					expect(Math.abs(f * 60 - (strip.stated.atrialRateBpm ?? NaN))).toBeLessThanOrEqual(15);
					expect(f * 60).toBeGreaterThanOrEqual(250);
					expect(f * 60).toBeLessThanOrEqual(350);
				}
			),
			{ numRuns: SPECTRAL_RUNS }
		);
	});
});

/** Peak-to-peak between the 2nd and 98th percentiles, mV. */
function robustPeakToPeak(x: ArrayLike<number>): number {
	const s = Array.from(x).sort((a, b) => a - b);
	return (s[Math.floor(s.length * 0.98)] ?? 0) - (s[Math.floor(s.length * 0.02)] ?? 0);
}

/** Longest stretch (s) over which the tracing stays within `band` mV: an isoelectric baseline. */
function longestFlat(x: Float32Array, fs: number, band = 0.02): number {
	let best = 0;
	for (let i = 0; i < x.length; i += Math.round(0.02 * fs)) {
		let lo = x[i] ?? 0;
		let hi = lo;
		let j = i;
		while (j < x.length && hi - lo < band) {
			lo = Math.min(lo, x[j] ?? 0);
			hi = Math.max(hi, x[j] ?? 0);
			j++;
		}
		best = Math.max(best, (j - i) / fs);
	}
	return best;
}

describe('ventricular fibrillation, asystole, torsades', () => {
	it.each(['vf-coarse', 'vf-fine'] as const)(
		'%s: chaotic 3–10 Hz waves, never 0.3 s of isoelectric baseline',
		(rhythm) => {
			fc.assert(
				fc.property(seeds, (seed) => {
					const { strip, reading } = read(rhythm, seed);
					const f = dominantFrequency(
						decimate(reading.tracing.smooth, 5),
						strip.sampleRateHz / 5,
						1,
						12,
						0.1
					);
					expect(f).toBeGreaterThanOrEqual(3);
					expect(f).toBeLessThanOrEqual(10);
					expect(longestFlat(reading.tracing.smooth, strip.sampleRateHz)).toBeLessThan(0.3);
					const size = robustPeakToPeak(reading.tracing.smooth);
					if (rhythm === 'vf-coarse') expect(size, 'coarse: over 3 mm').toBeGreaterThan(0.3);
					else expect(size, 'fine: under 3 mm').toBeLessThan(0.3);
				}),
				{ numRuns: SPECTRAL_RUNS }
			);
		}
	);

	it('asystole: no QRS, nearly flat (under 0.15 mV of drift)', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('asystole', seed);
				expect(reading.beats).toHaveLength(0);
				expect(robustPeakToPeak(reading.tracing.smooth)).toBeLessThan(0.15);
			}),
			{ numRuns: RUNS }
		);
	});

	/**
	 * Torsades is irregular: the R-R between neighbouring complexes has a coefficient of variation of at least
	 * 8 % (a regular rhythm's jitter stays under 5 %). Neighbours are detected complexes under 1.5 median R-R
	 * apart, so a small complex the detector passes over at a spindle's waist does not fake irregularity. The
	 * waist complexes stay countable: the 6-second count is within two complexes (plus the 5 % rate tolerance)
	 * of the stated rate, where the old cosine envelope, shrinking complexes to nothing, lost five to seven. The
	 * polarity turns over only where the complexes are small (a twist, not a sudden inversion).
	 */
	it('torsades: R-R irregular, complexes countable at the waist, polarity turns over through small ones', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read('vt-polymorphic', seed);
				const { rr, beats } = reading;
				const median = medianOf(rr);
				const neighbours = rr.filter((r) => r < 1.5 * median);
				const mean = neighbours.reduce((a, b) => a + b, 0) / neighbours.length;
				const sd = Math.sqrt(neighbours.reduce((a, b) => a + (b - mean) ** 2, 0) / neighbours.length);
				expect(sd / mean, 'R-R coefficient of variation').toBeGreaterThanOrEqual(0.08);
				const stated = strip.stated.rateBpm ?? NaN;
				expect(Math.abs(reading.sixSecondRate - stated), '6-second method').toBeLessThanOrEqual(
					20 + 0.05 * stated
				);
				const biggest = Math.max(...beats.map((b) => b.amplitude));
				const flips = beats.slice(1).flatMap((b, i) => {
					const before = beats[i];
					return before && before.polarity !== b.polarity ? [Math.min(before.amplitude, b.amplitude)] : [];
				});
				expect(flips.length).toBeGreaterThan(0);
				for (const small of flips) expect(small, 'size where the polarity flips').toBeLessThan(0.8 * biggest);
			}),
			{ numRuns: RUNS }
		);
	});

	it('polymorphic VT (torsades): complexes grow and shrink and flip polarity', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('vt-polymorphic', seed);
				// Size of the tracing in 0.25 s windows: the spindle's waist is under half its widest part.
				const { smooth, fs } = reading.tracing;
				const step = Math.round(0.25 * fs);
				const sizes: number[] = [];
				for (let i = 0; i + step <= smooth.length; i += step)
					sizes.push(robustPeakToPeak(smooth.subarray(i, i + step)));
				expect(Math.max(...sizes) / Math.min(...sizes)).toBeGreaterThan(2);
				expect(new Set(reading.beats.map((b) => b.polarity)).size).toBe(2);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('pacemaker rhythms', () => {
	const spikeRate = (r: Reading) =>
		60 / medianOf(r.tracing.spikes.slice(1).map((t, i) => t - (r.tracing.spikes[i] ?? 0)));
	/** A QRS whose steepest point comes after `t` and no later than `t + within`. */
	const qrsAfter = (r: Reading, t: number, within: number) =>
		r.beats.some((b) => b.peak > t && b.peak - t <= within);

	it('ventricular paced: a spike right before every wide QRS, at the paced rate', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read('paced-ventricular', seed);
				// Spikes whose complex would be cut by the strip's edges are not judged.
				for (const s of reading.tracing.spikes.filter((t) => t > 0.1 && t < 5.8))
					expect(qrsAfter(reading, s, 0.1)).toBe(true);
				expect(Math.abs(spikeRate(reading) - (strip.stated.rateBpm ?? NaN))).toBeLessThan(1);
				for (const m of reading.measurable) expect(m.width).toBeGreaterThanOrEqual(0.12);
			}),
			{ numRuns: RUNS }
		);
	});

	it('atrial paced: spike, then P, then a narrow QRS (its steepest point 0.12–0.26 s after the spike)', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('paced-atrial', seed);
				expect(reading.tracing.spikes.length).toBeGreaterThan(2);
				for (const s of reading.tracing.spikes.filter((t) => t < 5.7)) {
					expect(qrsAfter(reading, s, 0.12)).toBe(false);
					expect(qrsAfter(reading, s, 0.26)).toBe(true);
				}
				for (const m of reading.measurable) expect(m.width).toBeLessThan(0.12);
			}),
			{ numRuns: RUNS }
		);
	});

	it('dual chamber: two spikes per beat, a fixed AV delay in range, wide paced QRS', () => {
		const av = rhythmSpec('paced-dual').prS ?? { min: NaN, max: NaN };
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('paced-dual', seed);
				const spikes = reading.tracing.spikes;
				const gaps = spikes.slice(1).map((t, i) => t - (spikes[i] ?? 0));
				const delays = gaps.filter((g) => g < 0.3);
				expect(delays.length).toBeGreaterThan(1);
				expect(spreadOf(delays)).toBeLessThan(0.01);
				expect(delays[0]).toBeGreaterThanOrEqual(av.min);
				expect(delays[0]).toBeLessThanOrEqual(av.max);
				for (const m of reading.measurable) expect(m.width).toBeGreaterThanOrEqual(0.12);
			}),
			{ numRuns: RUNS }
		);
	});

	it('failure to capture: a spike with no QRS after it; spikes keep the paced rate', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read('pacer-failure-to-capture', seed);
				const uncaptured = reading.tracing.spikes.filter((s) => s < 5.6 && !qrsAfter(reading, s, 0.3));
				expect(uncaptured.length).toBeGreaterThan(0);
				expect(Math.abs(spikeRate(reading) - (strip.stated.rateBpm ?? NaN))).toBeLessThan(1);
			}),
			{ numRuns: RUNS }
		);
	});

	it('failure to sense: a spike 0.1–0.35 s after an intrinsic narrow QRS, without capture', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('pacer-failure-to-sense', seed);
				const late = reading.tracing.spikes.filter((s) =>
					reading.beats.some((b) => s - b.peak > 0.1 && s - b.peak < 0.35)
				);
				expect(late.length).toBeGreaterThan(0);
				for (const s of late) expect(qrsAfter(reading, s, 0.1)).toBe(false);
				for (const m of reading.measurable) expect(m.width).toBeLessThan(0.12);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('premature beats', () => {
	it.each(['pac', 'pjc'] as const)('%s: an early narrow beat, then a noncompensatory pause', (rhythm) => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read(rhythm, seed);
				const cycle = medianOf(reading.rr);
				const early = reading.rr.flatMap((rr, i) =>
					rr < 0.85 * cycle && i + 1 < reading.rr.length ? [i] : []
				);
				expect(early.length).toBeGreaterThan(0);
				for (const i of early)
					expect((reading.rr[i] ?? 0) + (reading.rr[i + 1] ?? 0)).toBeLessThan(2 * cycle - 0.06);
				for (const m of reading.measurable) expect(m.width).toBeLessThan(0.12);
			}),
			{ numRuns: RUNS }
		);
	});

	it('PAC: its P wave looks different from the sinus P waves', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('pac', seed);
				const cycle = medianOf(reading.rr);
				const withP = reading.measurable.filter((m) => m.p);
				const isEarly = (i: number) => (reading.rr[i - 1] ?? Infinity) < 0.85 * cycle;
				const sinus = withP.filter((m) => !isEarly(m.index)).map((m) => m.p?.halfWidth ?? NaN);
				for (const m of withP.filter((m) => isEarly(m.index)))
					expect(Math.abs((m.p?.halfWidth ?? 0) / medianOf(sinus) - 1)).toBeGreaterThan(0.25);
			}),
			{ numRuns: RUNS }
		);
	});

	it('PVC: full compensatory pause (sinus-to-sinus around it = two cycles, within 0.06 s)', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('pvc-unifocal', seed);
				const wide = (i: number) => {
					const b = reading.beats[i];
					return !!b && b.onset !== null && b.offset !== null && b.offset - b.onset >= 0.12;
				};
				const normal = reading.rr.filter((_, i) => !wide(i) && !wide(i + 1));
				const cycle = medianOf(normal);
				for (let i = 1; i + 1 < reading.beats.length; i++)
					if (wide(i) && !wide(i - 1) && !wide(i + 1) && normal.length > 0)
						expect(Math.abs((reading.rr[i - 1] ?? 0) + (reading.rr[i] ?? 0) - 2 * cycle)).toBeLessThan(0.06);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('artifact', () => {
	it('60-cycle: the fine oscillation is at 60 Hz', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read('artifact-60-cycle', seed);
				const residual = reading.tracing.clean.map((v, i) => v - (reading.tracing.smooth[i] ?? 0));
				expect(dominantFrequency(residual, strip.sampleRateHz, 30, 120, 0.5)).toBe(60);
			}),
			{ numRuns: SPECTRAL_RUNS }
		);
	});

	/** RMS of the fast part (what a 10 ms average removes) between QRS complexes (±0.1 s around each left out). */
	const jitter = (r: Reading) => {
		const { clean, fs } = r.tracing;
		const smooth = boxcar(clean, Math.round(0.01 * fs));
		let sum = 0;
		let n = 0;
		for (let i = 0; i < clean.length; i++) {
			if (r.beats.some((b) => Math.abs(b.peak - i / fs) < 0.1)) continue;
			sum += ((clean[i] ?? 0) - (smooth[i] ?? 0)) ** 2;
			n++;
		}
		return Math.sqrt(sum / Math.max(1, n));
	};

	it('somatic tremor: fast jitter over twice the clean strip’s noise', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const tremor = jitter(read('artifact-somatic-tremor', seed).reading);
				expect(tremor).toBeGreaterThan(0.02);
				expect(tremor).toBeGreaterThan(3 * jitter(read('nsr', seed).reading));
			}),
			{ numRuns: RUNS }
		);
	});

	it('wandering baseline: the baseline under the beats moves by over 0.3 mV', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { reading } = read('artifact-wandering-baseline', seed);
				expect(spreadOf(reading.beats.map((b) => b.baseline))).toBeGreaterThan(0.3);
			}),
			{ numRuns: RUNS }
		);
	});

	it('loose lead: a flat stretch of at least 0.3 s between normal beats', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read('artifact-loose-lead', seed);
				expect(longestFlat(reading.tracing.clean, strip.sampleRateHz)).toBeGreaterThan(0.3);
				expect(reading.beats.length).toBeGreaterThan(2);
			}),
			{ numRuns: RUNS }
		);
	});
});
