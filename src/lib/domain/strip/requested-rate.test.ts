// A requested rate is honoured where the ventricular rate follows from the atrial rate and the conduction
// (atrial flutter, second-degree AV block): measured on the drawn signal, the ventricular rate is the requested
// one, and the atrial rate stays inside the rhythm's physiology. A rate the rhythm cannot reach is refused with
// a message naming the rhythm, the rate and the ratio.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStrip } from './generate';
import { RUNS, read, seeds } from './strip-cases.test-helper';
import { rhythmSpec } from './rhythms';
import type { ConductionRatio, RhythmId } from './types';

const RATE_TOLERANCE = 0.05;
const near = (measured: number, wanted: number) => Math.abs(measured - wanted) <= RATE_TOLERANCE * wanted;

/** Flutter at N:1 conducts every Nth wave of a 250–350/min flutter: 250/N to 350/N a minute. */
const FIXED_FLUTTER: [ConductionRatio, number, number][] = [
	['2:1', 125, 175],
	['3:1', 84, 116],
	['4:1', 63, 87]
];

describe('atrial flutter honours a requested ventricular rate', () => {
	it.each(FIXED_FLUTTER)('at %s: the 1500 method reads the requested rate', (conduction, lo, hi) => {
		fc.assert(
			fc.property(seeds, fc.integer({ min: lo, max: hi }), (seed, rateBpm) => {
				const { strip, reading } = read('atrial-flutter', seed, { rateBpm, conduction });
				expect(strip.stated.rateBpm).toBe(rateBpm);
				expect(near(reading.smallBoxRate ?? NaN, rateBpm), `${reading.smallBoxRate} vs ${rateBpm}`).toBe(
					true
				);
				// The flutter waves (ground truth onsets) march at N × the ventricular rate.
				const waves = strip.truth.flutterWaves;
				const atrial = 60 / ((waves.at(-1)! - waves[0]!) / (waves.length - 1));
				expect(near(atrial, rateBpm * Number(conduction.split(':')[0]))).toBe(true);
			}),
			{ numRuns: RUNS / 2 }
		);
	});

	it('without a ratio: the fixed ratio that conducts the rate from a 250–350/min flutter', () => {
		fc.assert(
			fc.property(
				seeds,
				fc.integer({ min: 63, max: 175 }).filter((r) => r < 117 || r > 124),
				(seed, rateBpm) => {
					const { strip, reading } = read('atrial-flutter', seed, { rateBpm });
					const ratio = Number(strip.stated.conduction?.split(':')[0]);
					expect(Math.round((strip.stated.atrialRateBpm ?? NaN) / ratio)).toBe(rateBpm);
					expect(strip.stated.atrialRateBpm).toBeGreaterThanOrEqual(250);
					expect(strip.stated.atrialRateBpm).toBeLessThanOrEqual(350);
					expect(near(reading.smallBoxRate ?? NaN, rateBpm)).toBe(true);
				}
			),
			{ numRuns: RUNS / 2 }
		);
	});

	it('refuses 117–124/min (no ratio conducts it) and a rate with variable conduction', () => {
		expect(() => generateStrip({ rhythm: 'atrial-flutter', seed: 1, rateBpm: 120 })).toThrow(
			/atrial-flutter.*120\/min.*any of its ratios/
		);
		expect(() =>
			generateStrip({ rhythm: 'atrial-flutter', seed: 1, rateBpm: 90, conduction: 'variable' })
		).toThrow(/atrial-flutter: variable conduction sets its own rate/);
	});

	it('refuses a rate the ratio cannot conduct, naming rhythm, rate and ratio', () => {
		expect(() =>
			generateStrip({ rhythm: 'atrial-flutter', seed: 1, rateBpm: 100, conduction: '2:1' })
		).toThrow(/atrial-flutter.*100\/min.*2:1/);
	});
});

describe.each<RhythmId>(['av-block-2-type-1', 'av-block-2-type-2'])(
	'%s honours a requested rate',
	(rhythm) => {
		const spec = rhythmSpec(rhythm);
		it('atrial rate × conducted share gives the requested rate; P waves stay in the atrial range', () => {
			fc.assert(
				fc.property(seeds, fc.integer({ min: 37, max: 80 }), (seed, rateBpm) => {
					const { strip, reading } = read(rhythm, seed, { rateBpm });
					expect(strip.stated.rateBpm).toBe(rateBpm);
					// The P-P rate and the share of P waves followed by a QRS, from the drawn P waves; the detector's
					// 6-second count must agree within its ±2-complex resolution on an irregular strip.
					const ps = strip.truth.pWaves.filter((p) => p.onset >= 0 && p.onset < strip.durationS);
					const pp = (ps.at(-1)!.onset - ps[0]!.onset) / (ps.length - 1);
					const atrial = 60 / pp;
					expect(atrial).toBeGreaterThanOrEqual(spec.atrialRateBpm!.min - 1);
					expect(atrial).toBeLessThanOrEqual(spec.atrialRateBpm!.max + 1);
					const share = ps.filter((p) => p.conducted).length / ps.length;
					expect(near(atrial * share, rateBpm), `${atrial} × ${share} vs ${rateBpm}`).toBe(true);
					expect(Math.abs(reading.sixSecondRate - rateBpm)).toBeLessThanOrEqual(20);
				}),
				{ numRuns: RUNS / 2 }
			);
		});

		it('refuses a rate its ratio cannot reach inside the atrial range', () => {
			expect(() => generateStrip({ rhythm, seed: 1, rateBpm: 80, conduction: '3:2' })).toThrow(
				new RegExp(`${rhythm}.*80/min.*3:2`)
			);
			expect(() => generateStrip({ rhythm, seed: 1, rateBpm: 85 })).toThrow(/85 is outside 37–80/);
		});
	}
);
