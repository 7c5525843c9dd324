// Proves the strip's text alternative never names the rhythm (over every rhythm and many seeds), and that what
// it states — complex count, R-R, PR, QRS width — agrees with what the independent signal reader measures on the
// drawn tracing, and that each rhythm's visible clue (sawtooth, wavy baseline, extra P waves, lengthening PR,
// early wide complexes, spikes) is described.
import { describe, expect, it } from 'vitest';
import { describeStrip, interval } from './describe';
import { generateStrip } from './generate';
import { medianOf, spreadOf } from './read-strip.test-helper';
import { RHYTHM_IDS, rhythmSpec } from './rhythms';
import { read } from './strip-cases.test-helper';
import type { RhythmId, StripRequest } from './types';

/** Words that name a rhythm, its mechanism or an artifact: a reader must work these out, not be told. */
const TELL_TALE = [
	'fibrillation',
	'fibrillatory',
	'flutter',
	'block',
	'wenckebach',
	'mobitz',
	'tachycardia',
	'bradycardia',
	'arrhythmia',
	'sinus',
	'junctional',
	'idioventricular',
	'ventricular',
	'supraventricular',
	'atrial',
	'torsades',
	'pointes',
	'paced',
	'pacing',
	'pacer',
	'pacemaker',
	'capture',
	'sense',
	'sensing',
	'artifact',
	'interference',
	'60-cycle',
	'tremor',
	'somatic',
	'wandering',
	'loose',
	'arrest',
	'pause',
	'asystole',
	'bigeminy',
	'trigeminy',
	'couplet',
	'pvc',
	'pvcs',
	'pac',
	'pacs',
	'pjc',
	'unifocal',
	'multifocal',
	'ectopic',
	'escape',
	'dissociation',
	'degree',
	'av',
	'svt',
	'vt',
	'vf',
	'coarse',
	'fine',
	'rapid',
	'controlled',
	'accelerated',
	'polymorphic',
	'monomorphic',
	'premature',
	'normal',
	'rhythm'
];
const SEEDS = Array.from({ length: 15 }, (_, i) => 1 + i * 7919);

const alt = (rhythm: RhythmId, seed: number, extra: Partial<StripRequest> = {}) =>
	describeStrip(generateStrip({ rhythm, seed, ...extra }));
const num = (text: string, pattern: RegExp) => {
	const m = text.match(pattern);
	return m ? Number(m[1]) : null;
};

describe('describeStrip never names the answer', () => {
	it.each(RHYTHM_IDS)('%s: no rhythm name and no tell-tale word, over many seeds', (rhythm) => {
		const names = RHYTHM_IDS.map((id) => rhythmSpec(id).name.toLowerCase());
		for (const seed of SEEDS) {
			const text = alt(rhythm, seed).toLowerCase();
			for (const name of names) expect(text).not.toContain(name);
			const words = new Set(text.match(/[a-z0-9-]+/g));
			for (const word of TELL_TALE) expect(words.has(word), `"${word}" in: ${text}`).toBe(false);
		}
	});
});

describe('describeStrip states what the signal reader measures', () => {
	it('writes intervals in seconds and small boxes to the half box', () => {
		expect(interval(0.8)).toBe('0.80 s (20 small boxes)');
		expect(interval(0.04)).toBe('0.04 s (1 small box)');
		expect(interval(0.15)).toBe('0.15 s (4 small boxes)');
		expect(interval(0.7)).toBe('0.70 s (17.5 small boxes)');
		expect(interval(2.04)).toBe('2.04 s (51 small boxes)');
	});

	// Within one small box: the reader finds onsets where the trace leaves its baseline, the truth where the wave begins.
	const BOX = 0.04;
	it.each(RHYTHM_IDS.filter((r) => rhythmSpec(r).qrsS && r !== 'artifact-loose-lead'))(
		'%s: complex count, R-R, PR and QRS width match the traced signal',
		(rhythm) => {
			// The reader is not built to find onsets through hum, tremor, drift or a sawtooth with no flat baseline;
			// counts and R-R it does read.
			const noisy = rhythm.startsWith('artifact-') || rhythm === 'atrial-flutter';
			// In torsades it misses the smallest complexes, where the points twist through the baseline.
			const twisting = rhythm === 'vt-polymorphic';
			for (const seed of SEEDS.slice(0, 8)) {
				const { strip, reading } = read(rhythm, seed);
				const text = describeStrip(strip);
				const count = num(text, /(\d+) QRS complex(?:es)? can be seen/);
				expect(count, text).not.toBeNull();
				if (twisting) continue;
				// The reader skips complexes cut by the strip's edges (0.08 s) but catches one that starts just before 0 s.
				expect(count! - reading.beats.length, text).toBeGreaterThanOrEqual(-1);
				expect(count! - reading.beats.length, text).toBeLessThanOrEqual(2);
				const rr = num(text, /R-R regular, about (\d\.\d\d) s/);
				if (rr !== null) {
					expect(Math.abs(rr - medianOf(reading.rr)), text).toBeLessThan(BOX);
					expect(spreadOf(reading.rr), text).toBeLessThan(0.12 + BOX);
				}
				const listed = text
					.match(/in order: ([\d., ]+) s\./)?.[1]
					?.split(', ')
					.map(Number);
				if (listed && listed.length === reading.rr.length)
					listed.forEach((r, i) => expect(Math.abs(r - reading.rr[i]!), text).toBeLessThan(BOX));
				if (noisy) continue;
				const pr = num(text, /PR about (\d\.\d\d) s/);
				const measuredPr = reading.measurable.flatMap((m) =>
					m.p && m.beat.onset !== null && m.p.amplitude > 0 ? [m.beat.onset - m.p.onset] : []
				);
				if (pr !== null && measuredPr.length >= 2)
					expect(Math.abs(pr - medianOf(measuredPr)), text).toBeLessThan(BOX);
				const qrs = num(text, /QRS complexes about (\d\.\d\d) s/);
				expect(qrs, text).not.toBeNull();
				const widths = reading.measurable.map((m) => m.width);
				if (!/early/.test(text) && widths.length >= 2)
					expect(Math.abs(qrs! - medianOf(widths)), text).toBeLessThan(BOX);
			}
		}
	);
});

describe('describeStrip describes each rhythm’s visible clue', () => {
	const each = (rhythm: RhythmId, check: (text: string) => void, extra: Partial<StripRequest> = {}) => {
		for (const seed of SEEDS) check(alt(rhythm, seed, extra));
	};

	it('no P waves where none are drawn', () => {
		for (const r of ['svt', 'vt-monomorphic', 'idioventricular', 'paced-ventricular'] as const)
			each(r, (t) => expect(t).toContain('No P waves can be seen.'));
	});

	it('a P wave before every QRS in sinus-driven rhythms, with the PR read', () => {
		each('nsr', (t) =>
			expect(t).toMatch(/An upright P wave, all alike, before every QRS\. PR about 0\.(1\d|20) s/)
		);
		each('av-block-1', (t) => expect(num(t, /PR about (\d\.\d\d) s/)).toBeGreaterThan(0.2));
	});

	it('flutter: a sawtooth, with the stated waves per QRS', () => {
		each('atrial-flutter', (t) => expect(t).toMatch(/sawtooth.*4 of them for each QRS/), {
			conduction: '4:1'
		});
		each('atrial-flutter', (t) => expect(t).toMatch(/sawtooth.*2 of them for each QRS/), {
			conduction: '2:1'
		});
		// A flutter wave every 0.20 s at 300/min.
		each('atrial-flutter', (t) => expect(t).toContain('one every 0.20 s (5 small boxes)'), {
			atrialRateBpm: 300,
			conduction: '3:1'
		});
	});

	it('fibrillation of the atria: a wavy baseline and an irregular R-R listed', () => {
		each('afib-controlled', (t) => expect(t).toMatch(/R-R irregular.*baseline is wavy/));
	});

	it('complete block: more P waves than QRS, marching through, with a wandering P-to-QRS distance', () => {
		each('av-block-3', (t) => {
			expect(t).toContain('More P waves than QRS complexes');
			expect(t).toContain('march through the complexes');
			expect(t).toMatch(/distance from a P wave to the next QRS varies/);
		});
	});

	it('second-degree block: PR lengthening in type I, constant in type II, with a P not followed by a QRS', () => {
		each('av-block-2-type-1', (t) => expect(t).toMatch(/not followed by a QRS.*PR lengthens/));
		each('av-block-2-type-2', (t) =>
			expect(t).toMatch(/not followed by a QRS.*the same in every conducted beat/)
		);
	});

	it('premature beats: early, with their P (different, inverted or none) and width', () => {
		each('pac', (t) => expect(t).toMatch(/early.*looks different.*shaped like the others/));
		each('pvc-unifocal', (t) =>
			expect(t).toMatch(/early.*No P wave comes before.*early complexes are about 0\.1[3-6]/)
		);
		each('pvc-bigeminy', (t) => expect(t).toContain('Every second complex comes early.'));
		each('pvc-couplet', (t) => expect(t).toContain('Two complexes in a row come early.'));
		each('pvc-multifocal', (t) => expect(t).toContain('point in different directions from each other'));
	});

	it('pacing spikes and what follows them', () => {
		each('paced-dual', (t) => expect(t).toContain('Two sharp vertical spikes go with each complex'));
		each('pacer-failure-to-capture', (t) => expect(t).toMatch(/spike is not followed by any P wave or QRS/));
		each('pacer-failure-to-sense', (t) =>
			expect(t).toMatch(/spike falls 0\.\d\d s after the start of a QRS/)
		);
	});

	it('torsades: complexes that change in height and direction', () => {
		each('vt-polymorphic', (t) => expect(t).toContain('change in height and direction from beat to beat'));
	});

	it('no complexes: chaotic waves measured in mm, or an almost flat line', () => {
		each('vf-coarse', (t) => expect(num(t, /mostly about (\d+) mm/)).toBeGreaterThan(3));
		each('vf-fine', (t) => expect(num(t, /mostly about (\d+) mm/)).toBeLessThanOrEqual(3));
		each('asystole', (t) => expect(t).toContain('an almost flat line'));
	});

	it('artifacts are described by how the baseline looks', () => {
		each('artifact-60-cycle', (t) => expect(t).toContain('thick and fuzzy'));
		each('artifact-somatic-tremor', (t) => expect(t).toContain('jittery'));
		each('artifact-wandering-baseline', (t) => expect(t).toContain('drifts slowly up and down'));
		each('artifact-loose-lead', (t) => expect(t).toMatch(/the tracing goes flat/));
	});
});

describe('regularity is judged against the cycle', () => {
	it('torsades (R-R swinging ±20 % of a 0.25 s cycle) is described as irregular, VT as regular', () => {
		for (let seed = 0; seed < 40; seed++) {
			const torsades = read('vt-polymorphic', seed);
			const rr = torsades.reading.rr;
			// Only where the drawn R-R swing is over a fifth of the cycle, as measured by the signal reader.
			if (spreadOf(rr) < 0.2 * medianOf(rr)) continue;
			expect(describeStrip(torsades.strip)).toContain('R-R irregular');
		}
		for (let seed = 0; seed < 40; seed++)
			expect(describeStrip(read('vt-monomorphic', seed).strip)).toContain('R-R regular');
	});
});
