/**
 * A strip's text alternative: what a sighted reader measures on it (complexes, R-R, P waves, PR, QRS, spikes,
 * baseline) in the units they count — seconds and small boxes — and never what the rhythm is called, so a
 * screen-reader user answers the same question a sighted student does. Built from the ground truth, with
 * heights and directions read from the samples. Rates are left for the reader to work out from the R-R, as on
 * paper: stating "75/min" would answer every rate question.
 */
import type { BeatTruth, PWaveTruth, Strip } from './types';

const SMALL_BOX_S = 0.04;
/** Longest minus shortest R-R under this is regular (3 small boxes), as the strip tests define it. */
const REGULAR_SPREAD_S = 0.12;
const REGULAR_SHARE = 0.2;
/** A P wave whose start falls this close to a QRS is drawn into it and cannot be seen. */
const HIDDEN_MARGIN_S = 0.005;
/** Longest P-to-QRS distance read as "the P before this QRS" (the longest drawn PR is 0.45 s). */
const MAX_PR_S = 0.46;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const median = (xs: readonly number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const spreadOf = (xs: readonly number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : 0);
const diffs = (xs: readonly number[]) => xs.slice(1).map((x, i) => x - xs[i]!);
/**
 * Regular: the R-R spread is under 3 small boxes and under a fifth of the cycle. At 240/min (a 0.25 s cycle) a
 * 0.10 s spread is a 40 % swing, which no reader calls regular.
 */
const regular = (rr: readonly number[]) =>
	spreadOf(rr) < REGULAR_SPREAD_S && spreadOf(rr) < REGULAR_SHARE * median(rr);

/** "0.80 s (20 small boxes)", to the half box a student can read. */
export function interval(seconds: number): string {
	const boxes = Math.round(seconds / (SMALL_BOX_S / 2)) / 2;
	return `${seconds.toFixed(2)} s (${boxes === 1 ? '1 small box' : `${boxes} small boxes`})`;
}

const range = (xs: readonly number[]) =>
	spreadOf(xs) < 0.02
		? `about ${interval(median(xs))}`
		: `from ${interval(Math.min(...xs))} to ${interval(Math.max(...xs))}`;

interface Complex {
	readonly beat: BeatTruth;
	readonly width: number;
	/** Largest deflection from the level where the complex starts, in mm at 10 mm/mV. */
	readonly heightMm: number;
	readonly upright: boolean;
	/** Whole inside the strip, so its height and direction can be read. */
	readonly measurable: boolean;
}

function complexes(strip: Strip): Complex[] {
	const fs = strip.sampleRateHz;
	return strip.truth.beats.map((beat) => {
		const from = Math.max(0, Math.round(beat.qrsOnset * fs));
		const to = Math.min(strip.samples.length - 1, Math.round(beat.qrsOffset * fs));
		const level = strip.samples[from] ?? 0;
		let extreme = 0;
		for (let i = from; i <= to; i++) {
			const d = (strip.samples[i] ?? 0) - level;
			if (Math.abs(d) > Math.abs(extreme)) extreme = d;
		}
		return {
			beat,
			width: beat.qrsOffset - beat.qrsOnset,
			heightMm: Math.abs(extreme) * 10,
			upright: extreme >= 0,
			measurable: beat.qrsOnset >= 0 && beat.qrsOffset < strip.durationS
		};
	});
}

/** Peak-to-trough heights (mm) of 0.5 s windows: the size of waves with no complexes to measure. */
function windowHeights(strip: Strip): number[] {
	const n = Math.round(0.5 * strip.sampleRateHz);
	const out: number[] = [];
	for (let start = 0; start + n <= strip.samples.length; start += n) {
		const w = strip.samples.subarray(start, start + n);
		out.push((Math.max(...w) - Math.min(...w)) * 10);
	}
	return out;
}

function noComplexes(strip: Strip): string[] {
	const heights = windowHeights(strip);
	if (median(heights) < 0.8) {
		const drift = spreadOf(Array.from(strip.samples)) * 10 > 0.5 ? ' that drifts slightly' : '';
		return [`No QRS complexes and no P waves: an almost flat line${drift}.`];
	}
	const typical = Math.round(median(heights));
	const largest = Math.round(Math.max(...heights));
	return [
		'No P waves, QRS complexes or T waves can be picked out.',
		`The whole strip is continuous, irregular waves of changing shape and size, mostly about ${typical} mm from peak to trough and at most ${largest} mm.`
	];
}

/** The beats most of the strip is made of; ectopic beats interrupt an underlying sinus rhythm here. */
function dominantOrigin(beats: readonly BeatTruth[]): BeatTruth['origin'] {
	if (beats.some((b) => b.origin === 'sinus')) return 'sinus';
	const counts = new Map<BeatTruth['origin'], number>();
	for (const b of beats) counts.set(b.origin, (counts.get(b.origin) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'sinus';
}

interface Odd {
	/** Indexes of beats that are not the dominant kind, grouped into runs of consecutive beats. */
	readonly runs: number[][];
	readonly isOdd: (i: number) => boolean;
}

function oddBeats(beats: readonly BeatTruth[]): Odd {
	const dominant = dominantOrigin(beats);
	const odd = new Set(beats.flatMap((b, i) => (b.origin === dominant ? [] : [i])));
	const runs: number[][] = [];
	for (const i of [...odd].sort((a, b) => a - b)) {
		const last = runs.at(-1);
		if (last && last.at(-1) === i - 1) last.push(i);
		else runs.push([i]);
	}
	return { runs, isOdd: (i) => odd.has(i) };
}

function rhythmSentences(onsets: readonly number[], odd: Odd): string[] {
	const rr = diffs(onsets);
	if (rr.length === 0) return ['Too few complexes to measure an R-R interval.'];
	if (regular(rr)) return [`R-R regular, about ${interval(median(rr))}.`];
	const between = rr.filter((_, i) => !odd.isOdd(i) && !odd.isOdd(i + 1));
	if (odd.runs.length > 0) return earlyBeatSentences(rr, between, odd);
	// The underlying cycle is the short R-R; a gap is a long one (dropped beat, pause, missed capture).
	const typical = median(rr.filter((r) => r <= 1.3 * Math.min(...rr)));
	const gaps = rr.filter((r) => r > 1.5 * typical);
	const rest = rr.filter((r) => r <= 1.5 * typical);
	// One or two long gaps in an otherwise regular strip; many long R-R are simply an irregular rhythm.
	if (gaps.length > 0 && gaps.length <= 2 && gaps.length * 3 <= rr.length && regular(rest))
		return [
			`R-R regular at about ${interval(median(rest))}, except ${gaps.length === 1 ? 'one longer gap' : `${gaps.length} longer gaps`} of ${gaps.map(interval).join(' and ')}.`
		];
	// Listed in order, so the reader sees what a sighted one does: a gradual swing, or no pattern at all.
	return [
		`R-R irregular, from ${interval(Math.min(...rr))} to ${interval(Math.max(...rr))}; in order: ${rr.map((r) => r.toFixed(2)).join(', ')} s.`
	];
}

/** The early beats fall every `step` complexes from one end of the strip to the other. */
function repeatsEvery(step: number, starts: readonly number[], count: number): boolean {
	return (
		starts.length >= 2 &&
		diffs(starts).every((s) => s === step) &&
		starts[0]! < step &&
		count - 1 - starts.at(-1)! < step
	);
}

function earlyBeatSentences(rr: readonly number[], between: readonly number[], odd: Odd): string[] {
	const count = rr.length + 1;
	const starts = odd.runs.map((r) => r[0]!);
	const runLength = Math.max(...odd.runs.map((r) => r.length));
	let pattern: string;
	if (runLength > 1) pattern = `${runLength === 2 ? 'Two' : runLength} complexes in a row come early.`;
	else if (repeatsEvery(2, starts, count)) pattern = 'Every second complex comes early.';
	else if (repeatsEvery(3, starts, count)) pattern = 'Every third complex comes early.';
	else pattern = `${starts.length === 1 ? 'One complex comes' : `${starts.length} complexes come`} early.`;
	const out = [pattern];
	if (between.length) out.push(`Between the other complexes the R-R is about ${interval(median(between))}.`);
	// R-R into the run plus R-R out of it: two normal cycles means the early beat did not reset the rhythm.
	const around = odd.runs.flatMap((run) => {
		const before = rr[run[0]! - 1];
		const after = rr[run.at(-1)!];
		if (before === undefined || after === undefined) return [];
		return [run.slice(1).reduce((sum, i) => sum + (rr[i - 1] ?? 0), before + after)];
	});
	if (around.length)
		out.push(`From the complex before the early one to the complex after it is ${range(around)}.`);
	return out;
}

function visibleP(strip: Strip): PWaveTruth[] {
	const beats = strip.truth.beats;
	return strip.truth.pWaves.filter(
		(p) =>
			!lostAt(strip, p.onset, p.offset) &&
			!beats.some((b) => p.onset >= b.qrsOnset - HIDDEN_MARGIN_S && p.onset <= b.qrsOffset + HIDDEN_MARGIN_S)
	);
}

function pWaveSentences(strip: Strip, odd: Odd): string[] {
	const { truth } = strip;
	const beats = truth.beats;
	if (truth.flutterWaves.length >= 2) {
		const period = median(diffs(truth.flutterWaves));
		const perQrs = diffs(beats.map((b) => b.qrsOnset)).map((r) => Math.round(r / period));
		const counts = perQrs.length
			? Math.min(...perQrs) === Math.max(...perQrs)
				? `${perQrs[0]} of them for each QRS`
				: `from ${Math.min(...perQrs)} to ${Math.max(...perQrs)} of them from one QRS to the next`
			: '';
		return [
			`No separate P waves: a sawtooth of identical waves, one every ${interval(period)}${counts ? `, ${counts}` : ''}.`
		];
	}
	if (truth.fibrillatoryBaseline)
		return ['No P waves: between the complexes the baseline is wavy, with small irregular waves.'];
	const ps = visibleP(strip);
	if (ps.length === 0) return ['No P waves can be seen.'];
	const inverted = ps.filter((p) => p.kind === 'retrograde');
	const upright = ps.filter((p) => p.kind !== 'retrograde');
	const out: string[] = [];
	if (inverted.length && !upright.length) {
		const before = beats.map((b) => inverted.some((p) => p.onset < b.qrsOnset && b.qrsOnset - p.onset < 0.2));
		const after = beats.map((b) =>
			inverted.some((p) => p.onset > b.qrsOffset && p.onset - b.qrsOffset < 0.2)
		);
		const where = after.some(Boolean) ? (before.some(Boolean) ? 'next to' : 'just after') : 'just before';
		// The first complex's P may lie before the strip starts, the last one's after it ends.
		const inner = beats.map((_, i) => before[i] || after[i]).slice(1, -1);
		out.push(`An inverted (downward) P wave ${where} ${inner.every(Boolean) ? 'every' : 'some'} QRS.`);
		return out;
	}
	const notFollowed = upright.filter((p) => !p.conducted && p.kind !== 'paced');
	if (upright.length > beats.length && notFollowed.length > 0) {
		out.push(
			`More P waves than QRS complexes: ${plural(upright.length, 'P wave')} and ${plural(beats.length, 'QRS complex', 'QRS complexes')}.`
		);
		const pp = diffs(upright.map((p) => p.onset));
		if (spreadOf(pp) < REGULAR_SPREAD_S)
			out.push(`The P waves come regularly, about every ${interval(median(pp))}.`);
		if (notFollowed.length === upright.length)
			out.push('No P wave keeps a fixed distance to a QRS: the P waves march through the complexes.');
		else
			out.push(
				`${notFollowed.length === 1 ? 'One P wave is' : `${notFollowed.length} P waves are`} not followed by a QRS.`
			);
	} else {
		const hasP = beats.map((b, i) => {
			const previous = beats[i - 1]?.qrsOffset ?? -Infinity;
			return upright.some(
				(p) => p.onset > previous && p.onset < b.qrsOnset && b.qrsOnset - p.onset <= MAX_PR_S
			);
		});
		// A complex this close to the start may have its P wave before the strip.
		const judged = beats.flatMap((b, i) => (odd.isOdd(i) || (!hasP[i] && b.qrsOnset < MAX_PR_S) ? [] : [i]));
		const withP = judged.filter((i) => hasP[i]);
		const scope = odd.runs.length ? 'each of the other complexes' : 'every QRS';
		out.push(
			withP.length === judged.length
				? `An upright P wave, all alike, before ${scope}.`
				: `Upright P waves before ${withP.length} of ${plural(judged.length, 'QRS complex', 'QRS complexes')}.`
		);
		if (notFollowed.length)
			out.push(
				`${notFollowed.length === 1 ? 'One P wave is' : `${notFollowed.length} P waves are`} not followed by a QRS.`
			);
	}
	out.push(...earlyBeatPWaves(strip, odd));
	return out;
}

/** What comes before the early complexes: a different P, an inverted P, or none. */
function earlyBeatPWaves(strip: Strip, odd: Odd): string[] {
	const { beats, pWaves } = strip.truth;
	const early = odd.runs.flat().map((i) => beats[i]!);
	if (!early.length) return [];
	const ps = visibleP(strip);
	const pOf = (b: BeatTruth) => (b.conductedFrom === null ? undefined : pWaves[b.conductedFrom]);
	const near = (b: BeatTruth) =>
		ps.filter((p) => p.kind === 'retrograde' && Math.abs(p.onset - b.qrsOnset) < 0.25);
	const kinds = early.map((b) => {
		const p = pOf(b);
		if (p && ps.includes(p)) return p.kind === 'ectopic-atrial' ? 'different' : 'same';
		return near(b).length ? 'inverted' : 'none';
	});
	if (kinds.every((k) => k === 'different'))
		return ['The early complexes have a P wave that looks different from the others (narrower and peaked).'];
	if (kinds.every((k) => k === 'inverted'))
		return ['The early complexes have an inverted P wave next to them.'];
	if (kinds.every((k) => k === 'none')) return ['No P wave comes before the early complexes.'];
	return [];
}

function prSentences(strip: Strip, odd: Odd): string[] {
	const { beats, pWaves } = strip.truth;
	const ps = visibleP(strip);
	const pr = (b: BeatTruth) => {
		const p = b.conductedFrom === null ? undefined : pWaves[b.conductedFrom];
		return p && ps.includes(p) && p.onset < b.qrsOnset ? b.qrsOnset - p.onset : null;
	};
	const dominant = beats.flatMap((b, i) => {
		const x = odd.isOdd(i) ? null : pr(b);
		return x === null ? [] : [{ i, pr: x }];
	});
	const upright = ps.filter((p) => p.kind !== 'retrograde' && p.kind !== 'paced');
	if (dominant.length === 0) {
		if (upright.length > beats.length && beats.length) {
			const apparent = beats.flatMap((b) => {
				const before = upright.filter((p) => p.onset < b.qrsOnset).at(-1);
				return before ? [b.qrsOnset - before.onset] : [];
			});
			return apparent.length
				? [`The distance from a P wave to the next QRS varies, ${range(apparent)}.`]
				: [];
		}
		return ps.some(
			(p) => p.kind === 'retrograde' && beats.some((b) => p.onset < b.qrsOnset && b.qrsOnset - p.onset < 0.2)
		)
			? [
					`PR about ${interval(median(beats.flatMap((b) => ps.filter((p) => p.onset < b.qrsOnset && b.qrsOnset - p.onset < 0.2).map((p) => b.qrsOnset - p.onset))))}.`
				]
			: [];
	}
	const values = dominant.map((d) => d.pr);
	const dropped = ps.filter((p) => !p.conducted && p.kind === 'sinus');
	if (dropped.length && spreadOf(values) > 0.04 && lengthensToDrop(dominant, dropped, beats)) {
		return [
			`The PR lengthens from beat to beat, from ${interval(Math.min(...values))} to ${interval(Math.max(...values))}, until a P wave is not followed by a QRS; after it the PR is short again.`
		];
	}
	if (spreadOf(values) <= 0.02)
		return [
			`PR about ${interval(median(values))}, the same ${dropped.length ? 'in every conducted beat' : 'every beat'}.`
		];
	return [`PR ${range(values)}.`];
}

/** True when, between dropped P waves, each run of two or more conducted beats has a lengthening PR. */
function lengthensToDrop(
	dominant: readonly { i: number; pr: number }[],
	dropped: readonly PWaveTruth[],
	beats: readonly BeatTruth[]
): boolean {
	const groups: number[][] = [];
	let previousQrs = -Infinity;
	for (const d of dominant) {
		const qrs = beats[d.i]!.qrsOnset;
		const droppedBefore = dropped.some((p) => p.onset > previousQrs && p.onset < qrs - d.pr);
		if (droppedBefore || groups.length === 0) groups.push([d.pr]);
		else groups.at(-1)!.push(d.pr);
		previousQrs = qrs;
	}
	const long = groups.filter((g) => g.length >= 2);
	return long.length > 0 && long.every((g) => diffs(g).every((step) => step > 0.005));
}

function qrsSentences(all: readonly Complex[], odd: Odd): string[] {
	const main = all.filter((_, i) => !odd.isOdd(i));
	const early = all.filter((_, i) => odd.isOdd(i));
	const width = median(main.map((c) => c.width));
	const out = [`QRS complexes about ${interval(width)} wide.`];
	const shown = main.filter((c) => c.measurable);
	const heights = shown.map((c) => c.heightMm);
	const mixed = shown.some((c) => c.upright) && shown.some((c) => !c.upright);
	if (shown.length >= 3 && (mixed || Math.max(...heights) > 2.2 * Math.min(...heights)))
		out.push(
			`They change in height${mixed ? ' and direction' : ''} from beat to beat, from about ${Math.round(Math.min(...heights))} mm to ${Math.round(Math.max(...heights))} mm.`
		);
	else if (shown.length)
		out.push(
			`They point ${shown.filter((c) => c.upright).length * 2 >= shown.length ? 'upward' : 'downward'}.`
		);
	if (early.length) {
		const w = median(early.map((c) => c.width));
		const sameAsMain =
			Math.abs(w - width) < 0.03 && early.every((c) => c.upright === (main[0]?.upright ?? true));
		const alike = early.every((c) => c.upright === early[0]!.upright);
		out.push(
			sameAsMain
				? `The early complexes are shaped like the others, about ${interval(w)} wide.`
				: `The early complexes are about ${interval(w)} wide and shaped unlike the others${early.length > 1 ? (alike ? '; they look alike' : '; they point in different directions from each other') : ''}.`
		);
	}
	return out;
}

function spikeSentences(strip: Strip): string[] {
	const { pacerSpikes, beats, pWaves } = strip.truth;
	if (!pacerSpikes.length) return [];
	const beforeQrs = (t: number) => beats.some((b) => b.qrsOnset >= t && b.qrsOnset - t < 0.03);
	const beforeP = (t: number) => pWaves.some((p) => p.onset >= t && p.onset - t < 0.03);
	const kinds = pacerSpikes.map((s) => (beforeQrs(s.time) ? 'qrs' : beforeP(s.time) ? 'p' : 'none'));
	const out: string[] = [];
	const toQrs = pacerSpikes.filter((_, i) => kinds[i] === 'qrs').map((s) => s.time);
	const toP = pacerSpikes.filter((_, i) => kinds[i] === 'p').map((s) => s.time);
	if (toP.length && toQrs.length) {
		const gaps = toQrs.flatMap((q) => {
			const p = toP.filter((t) => t < q).at(-1);
			return p === undefined ? [] : [q - p];
		});
		out.push(
			`Two sharp vertical spikes go with each complex: one just before the P wave and one, ${range(gaps)} later, just before the QRS.`
		);
	} else if (toP.length) out.push('A sharp vertical spike comes just before each P wave.');
	else if (toQrs.length) out.push('A sharp vertical spike comes just before each QRS.');
	for (const [i, s] of pacerSpikes.entries()) {
		if (kinds[i] !== 'none') continue;
		const previous = beats.filter((b) => b.qrsOnset < s.time).at(-1);
		const since = previous ? s.time - previous.qrsOnset : null;
		out.push(
			since !== null && since < 0.45
				? `At ${s.time.toFixed(1)} s a sharp vertical spike falls ${since.toFixed(2)} s after the start of a QRS, on its ST segment or T wave, with no complex of its own.`
				: `At ${s.time.toFixed(1)} s a sharp vertical spike is not followed by any P wave or QRS.`
		);
	}
	return out;
}

function baselineSentences(strip: Strip): string[] {
	return strip.truth.artifacts.map((a) => {
		if (a.kind === '60-cycle')
			return 'The baseline is thick and fuzzy all along: thin, even, very fast up-and-down waves run through the whole strip.';
		if (a.kind === 'somatic-tremor')
			return 'The baseline is jittery all along, with irregular, quick, uneven little waves.';
		if (a.kind === 'wandering-baseline') return 'The whole tracing drifts slowly up and down.';
		return `From ${a.start.toFixed(1)} s to ${a.end.toFixed(1)} s the tracing goes flat, with erratic swings where it starts and stops.`;
	});
}

/** Strip time lost under a loose lead: nothing there can be seen, so nothing there is described. */
const lostAt = (strip: Strip, from: number, to: number) =>
	strip.truth.artifacts.some((a) => a.kind === 'loose-lead' && to > a.start && from < a.end);

export function describeStripSentences(whole: Strip): string[] {
	const intro = `A ${whole.durationS}-second strip, lead ${whole.lead}.`;
	const { truth } = whole;
	const strip: Strip = {
		...whole,
		truth: {
			...truth,
			beats: truth.beats.filter((b) => !lostAt(whole, b.qrsOnset, b.qrsOffset)),
			pacerSpikes: truth.pacerSpikes.filter((s) => !lostAt(whole, s.time, s.time))
		}
	};
	const beats = strip.truth.beats;
	if (beats.length === 0) return [intro, ...noComplexes(strip), ...baselineSentences(strip)];
	const odd = oddBeats(beats);
	const onsets = beats.map((b) => b.qrsOnset);
	return [
		intro,
		`${plural(beats.length, 'QRS complex', 'QRS complexes')} can be seen in ${strip.durationS} seconds.`,
		...rhythmSentences(onsets, odd),
		...pWaveSentences(strip, odd),
		...prSentences(strip, odd),
		...qrsSentences(complexes(strip), odd),
		...spikeSentences(strip),
		...baselineSentences(strip)
	];
}

export function describeStrip(strip: Strip): string {
	return describeStripSentences(strip).join(' ');
}
