// Measures rate and regularity on the drawn signal (beats found by the independent detector, not the plan):
// regular rhythms by 1500 ÷ small boxes and the 6-second method, irregular ones by the 6-second method and the
// mean R-R, rhythms with early beats or pauses by the underlying (median) R-R. Regular means the longest and
// shortest R-R differ by under 0.12 s (3 small boxes); irregular means they differ by more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOf, spreadOf, type Reading } from './read-strip.test-helper';
import { RUNS, read, seeds } from './strip-cases.test-helper';
import type { ConductionRatio, RhythmId } from './types';

const REGULARITY_S = 0.12;
/**
 * The 6-second method counts whole complexes, so its resolution is ±1 complex (10/min) on a regular strip —
 * plus the 5 % rate tolerance for a complex just at an edge — and ±2 complexes on an irregular one, where a
 * long R-R can straddle either edge.
 */
const sixSecondRegular = (rate: number) => 10 + RATE_TOLERANCE * rate;
const SIX_SECOND_IRREGULAR = 20;
const RATE_TOLERANCE = 0.05;

const near = (measured: number, stated: number) => Math.abs(measured - stated) <= RATE_TOLERANCE * stated;

const REGULAR: RhythmId[] = [
	'nsr',
	'sinus-bradycardia',
	'sinus-tachycardia',
	'svt',
	'junctional',
	'accelerated-junctional',
	'junctional-tachycardia',
	'vt-monomorphic',
	'idioventricular',
	'accelerated-idioventricular',
	'av-block-1',
	'av-block-3',
	'paced-atrial',
	'paced-ventricular',
	'paced-dual',
	'pacer-failure-to-sense',
	'artifact-60-cycle',
	'artifact-somatic-tremor',
	'artifact-wandering-baseline'
];

function checkRegular(rhythm: RhythmId, seed: number, extra: { conduction?: ConductionRatio } = {}) {
	const { strip, reading } = read(rhythm, seed, extra);
	const stated = strip.stated.rateBpm ?? NaN;
	expect(spreadOf(reading.rr), 'R-R spread').toBeLessThan(REGULARITY_S);
	expect(near(reading.smallBoxRate ?? NaN, stated), `1500 method ${reading.smallBoxRate} vs ${stated}`).toBe(
		true
	);
	expect(Math.abs(reading.sixSecondRate - stated), '6-second method').toBeLessThanOrEqual(
		sixSecondRegular(stated)
	);
}

describe('regular rhythms: measured rate matches the stated rate and R-R is regular', () => {
	it.each(REGULAR)('%s', (rhythm) => {
		fc.assert(
			fc.property(seeds, (seed) => checkRegular(rhythm, seed)),
			{ numRuns: RUNS }
		);
	});

	it('atrial flutter with a fixed ratio: ventricular rate = flutter rate ÷ ratio, regular', () => {
		fc.assert(
			fc.property(seeds, fc.constantFrom<ConductionRatio>('2:1', '3:1', '4:1'), (seed, conduction) =>
				checkRegular('atrial-flutter', seed, { conduction })
			),
			{ numRuns: RUNS }
		);
	});
});

function checkIrregular(rhythm: RhythmId, seed: number, extra: { conduction?: ConductionRatio } = {}) {
	const { strip, reading } = read(rhythm, seed, extra);
	const stated = strip.stated.rateBpm ?? NaN;
	expect(spreadOf(reading.rr), 'R-R spread').toBeGreaterThan(REGULARITY_S);
	expect(Math.abs(reading.sixSecondRate - stated), '6-second method').toBeLessThanOrEqual(
		SIX_SECOND_IRREGULAR
	);
}

describe('irregular rhythms: the 6-second method matches the stated rate, R-R is irregular', () => {
	it.each<RhythmId>(['sinus-arrhythmia', 'afib-controlled', 'afib-rapid'])('%s', (rhythm) => {
		fc.assert(
			fc.property(seeds, (seed) => checkIrregular(rhythm, seed)),
			{ numRuns: RUNS }
		);
	});

	it('atrial flutter with variable conduction', () => {
		fc.assert(
			fc.property(seeds, (seed) => checkIrregular('atrial-flutter', seed, { conduction: 'variable' })),
			{ numRuns: RUNS }
		);
	});

	it('AF rate bands: controlled under 100/min, rapid over 100/min', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				expect(read('afib-controlled', seed).reading.smallBoxRate ?? NaN).toBeLessThan(100);
				expect(read('afib-rapid', seed).reading.smallBoxRate ?? NaN).toBeGreaterThan(100);
			}),
			{ numRuns: RUNS }
		);
	});
});

/** R-R between consecutive narrow beats: the underlying rhythm, leaving out wide ectopic beats. */
function underlyingIntervals(reading: Reading): number[] {
	const narrow = (i: number) => {
		const b = reading.beats[i];
		return !!b && b.onset !== null && b.offset !== null && b.offset - b.onset < 0.12;
	};
	return reading.rr.filter((_, i) => narrow(i) && narrow(i + 1));
}

describe('early beats, pauses and dropped beats: underlying rate from the median R-R, rhythm interrupted', () => {
	it.each<RhythmId>([
		'sinus-arrest',
		'pac',
		'pjc',
		'pvc-unifocal',
		'pvc-multifocal',
		'pvc-trigeminy',
		'pvc-couplet'
	])('%s', (rhythm) => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read(rhythm, seed);
				const stated = strip.stated.rateBpm ?? NaN;
				expect(spreadOf(reading.rr)).toBeGreaterThan(REGULARITY_S);
				const cycle = medianOf(underlyingIntervals(reading));
				expect(near(60 / cycle, stated), `${60 / cycle} vs ${stated}`).toBe(true);
				// A pause removes complexes, so the 6-second count can only fall short of the underlying rate.
				const six = reading.sixSecondRate - stated;
				if (rhythm === 'sinus-arrest') expect(six).toBeLessThanOrEqual(sixSecondRegular(stated));
				else expect(Math.abs(six)).toBeLessThanOrEqual(SIX_SECOND_IRREGULAR);
			}),
			{ numRuns: RUNS }
		);
	});

	it('bigeminy: sinus-to-sinus across each PVC is two underlying cycles', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { strip, reading } = read('pvc-bigeminy', seed);
				const across = reading.rr.slice(1).map((r, i) => r + (reading.rr[i] ?? 0));
				const cycle = medianOf(across) / 2;
				expect(near(60 / cycle, strip.stated.rateBpm ?? NaN)).toBe(true);
				expect(spreadOf(reading.rr)).toBeGreaterThan(REGULARITY_S);
			}),
			{ numRuns: RUNS }
		);
	});

	it.each<RhythmId>(['av-block-2-type-1', 'av-block-2-type-2'])(
		'%s: ventricular rate (6-second method) = atrial rate × conducted share; R-R irregular',
		(rhythm) => {
			fc.assert(
				fc.property(seeds, (seed) => {
					const { strip, reading } = read(rhythm, seed);
					expect(Math.abs(reading.sixSecondRate - (strip.stated.rateBpm ?? NaN))).toBeLessThanOrEqual(
						SIX_SECOND_IRREGULAR
					);
					expect(spreadOf(reading.rr)).toBeGreaterThan(REGULARITY_S);
				}),
				{ numRuns: RUNS }
			);
		}
	);
});
