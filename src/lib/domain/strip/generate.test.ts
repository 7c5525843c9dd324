// Proves the generator is deterministic, validates its input, and that its ground truth agrees with the
// catalogue (rates, PR and QRS ranges). The tests that measure the drawn signal are in measure-*.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStrip, SAMPLE_RATE_HZ, STRIP_SECONDS } from './generate';
import { RHYTHM_IDS, regularityFor, rhythmSpec } from './rhythms';
import { seeds } from './strip-cases.test-helper';

const within = (x: number, r: { min: number; max: number }) => x >= r.min - 1e-9 && x <= r.max + 1e-9;

describe('generateStrip', () => {
	it('draws the same strip for the same seed and a different one for another seed', () => {
		const a = generateStrip({ rhythm: 'afib-rapid', seed: 7 });
		const b = generateStrip({ rhythm: 'afib-rapid', seed: 7 });
		const c = generateStrip({ rhythm: 'afib-rapid', seed: 8 });
		expect(a.samples).toEqual(b.samples);
		expect(a.truth).toEqual(b.truth);
		expect(c.samples).not.toEqual(a.samples);
	});

	it('is a 6 s, 500 Hz, finite, plausible-amplitude single lead (default II) for every rhythm', () => {
		for (const rhythm of RHYTHM_IDS) {
			const s = generateStrip({ rhythm, seed: 1 });
			expect(s.samples.length).toBe(SAMPLE_RATE_HZ * STRIP_SECONDS);
			expect(s.lead).toBe('II');
			expect(s.samples.every((v) => Number.isFinite(v) && Math.abs(v) < 4)).toBe(true);
			expect(s.features.length).toBeGreaterThan(1);
		}
	});

	it('honours requested rates, conduction and lead, and rejects values the rhythm cannot have', () => {
		const f = generateStrip({ rhythm: 'atrial-flutter', seed: 3, atrialRateBpm: 300, conduction: '4:1' });
		expect(f.stated).toEqual({ rateBpm: 75, atrialRateBpm: 300, conduction: '4:1' });
		expect(generateStrip({ rhythm: 'nsr', seed: 3, rateBpm: 72 }).stated.rateBpm).toBe(72);
		const ii = generateStrip({ rhythm: 'nsr', seed: 3 });
		const iii = generateStrip({ rhythm: 'nsr', seed: 3, lead: 'III' });
		expect(Math.max(...iii.samples)).toBeLessThan(Math.max(...ii.samples));
		expect(() => generateStrip({ rhythm: 'sinus-bradycardia', seed: 1, rateBpm: 72 })).toThrow(RangeError);
		expect(() => generateStrip({ rhythm: 'vf-coarse', seed: 1, rateBpm: 200 })).toThrow(/no rate/);
		expect(() => generateStrip({ rhythm: 'nsr', seed: 1, conduction: '2:1' })).toThrow(/conduction/);
		expect(() => generateStrip({ rhythm: 'nsr', seed: 1.5 })).toThrow(/seed/);
	});

	it('complete block: atrial rate above the ventricular rate, ratio not a whole number', () => {
		fc.assert(
			fc.property(seeds, (seed) => {
				const { stated } = generateStrip({ rhythm: 'av-block-3', seed });
				const ratio = (stated.atrialRateBpm ?? 0) / (stated.rateBpm ?? 1);
				expect(ratio).toBeGreaterThan(1);
				expect(Math.abs(ratio - Math.round(ratio))).toBeGreaterThan(0.1);
			}),
			{ numRuns: 100 }
		);
	});

	it('variable conduction makes flutter irregular; fixed conduction keeps it regular', () => {
		expect(regularityFor('atrial-flutter', 'variable')).toBe('irregular');
		expect(regularityFor('atrial-flutter', '2:1')).toBe('regular');
	});

	it.each(RHYTHM_IDS)('%s: ground truth lies inside the catalogue ranges', (rhythm) => {
		const spec = rhythmSpec(rhythm);
		fc.assert(
			fc.property(seeds, (seed) => {
				const s = generateStrip({ rhythm, seed });
				if (spec.rateBpm && s.stated.rateBpm !== null)
					expect(within(s.stated.rateBpm, spec.rateBpm)).toBe(true);
				if (spec.atrialRateBpm && s.stated.atrialRateBpm !== null)
					expect(within(s.stated.atrialRateBpm, spec.atrialRateBpm)).toBe(true);
				if (!spec.qrsS) expect(s.truth.beats).toHaveLength(0);
				for (const b of s.truth.beats) {
					const width = b.qrsOffset - b.qrsOnset;
					const range = b.origin === 'ventricular' && spec.ectopicQrsS ? spec.ectopicQrsS : spec.qrsS;
					if (range) expect(within(width, range)).toBe(true);
					const p = b.conductedFrom === null ? undefined : s.truth.pWaves[b.conductedFrom];
					if (p && spec.prS && p.kind !== 'paced') expect(within(b.qrsOnset - p.onset, spec.prS)).toBe(true);
				}
			}),
			{ numRuns: 50 }
		);
	});
});
