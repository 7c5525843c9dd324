/**
 * An independent reader of the drawn tracing, for tests: it sees only samples and the sample rate, never the
 * generator's plan. It finds pacer spikes, QRS complexes (slope energy of a low-passed copy, as Pan–Tompkins
 * does) and each complex's onset and offset (where the tracing returns to its local baseline and flattens).
 */

export interface DetectedBeat {
	/** Time of steepest slope, s. */
	readonly peak: number;
	/** Where the complex leaves / rejoins the baseline; null when no isoelectric point was found. */
	readonly onset: number | null;
	readonly offset: number | null;
	/** Sign of the largest deflection from baseline. */
	readonly polarity: 1 | -1;
	readonly amplitude: number;
	/** Local baseline (median of the surrounding second), mV. */
	readonly baseline: number;
}

export interface Tracing {
	readonly fs: number;
	/** Samples with pacer spikes removed. */
	readonly clean: Float32Array;
	/** Low-passed (two 20 ms boxcars: no 50/60 Hz hum or muscle jitter), same timing as `clean`. */
	readonly smooth: Float32Array;
	readonly spikes: readonly number[];
	readonly beats: readonly DetectedBeat[];
}

export function boxcar(x: ArrayLike<number>, n: number): Float32Array {
	const out = new Float32Array(x.length);
	const half = Math.floor(n / 2);
	let sum = 0;
	const at = (i: number) => x[Math.min(x.length - 1, Math.max(0, i))] ?? 0;
	for (let i = -half; i < n - half; i++) sum += at(i);
	for (let i = 0; i < x.length; i++) {
		out[i] = sum / n;
		sum += at(i + n - half) - at(i - half);
	}
	return out;
}

/** A pacer spike is a jump of over 0.6 mV within one sample that falls back within three. */
function removeSpikes(x: Float32Array, fs: number): { clean: Float32Array; spikes: number[] } {
	const clean = Float32Array.from(x);
	const spikes: number[] = [];
	for (let i = 1; i + 4 < x.length; i++) {
		const up = (x[i] ?? 0) - (x[i - 1] ?? 0);
		const down = (x[i] ?? 0) - Math.min(x[i + 2] ?? 0, x[i + 3] ?? 0);
		if (up > 0.6 && down > 0.4) {
			spikes.push(i / fs);
			const a = clean[i - 1] ?? 0;
			const b = clean[i + 3] ?? 0;
			for (let k = 0; k <= 3; k++) clean[i + k] = a + ((b - a) * (k + 1)) / 5;
			i += 3;
		}
	}
	return { clean, spikes };
}

/**
 * The isoelectric level around a beat: the median of flat stretches (under 1 mV/s for at least 30 ms) within
 * ±0.6 s, near the plain median. A plain median alone drifts at fast rates, where P and T waves fill most of
 * the cycle; the brief flat tops of waves are too short to count.
 */
function flatLevel(x: Float32Array, fs: number, centre: number): number {
	const reach = Math.round(0.6 * fs);
	const minRun = Math.round(0.03 * fs);
	const flat: number[] = [];
	let run: number[] = [];
	const end = Math.min(x.length, centre + reach);
	for (let i = Math.max(0, centre - reach); i <= end; i++) {
		if (i < end && Math.abs(slopeAt(x, i, fs)) < 1) run.push(x[i] ?? 0);
		else {
			if (run.length >= minRun) flat.push(...run);
			run = [];
		}
	}
	// Only flat stretches near the window's median: the flat floor of a broad complex is not baseline.
	const all = Array.from(x.subarray(Math.max(0, centre - reach), end)).sort((a, b) => a - b);
	const middle = all[Math.floor(all.length / 2)] ?? 0;
	const near = flat.filter((v) => Math.abs(v - middle) < 0.15).sort((a, b) => a - b);
	return near[Math.floor(near.length / 2)] ?? middle;
}
/** Slope in mV/s over ±3 samples (wide enough that noise does not read as slope). */
export function slopeAt(x: ArrayLike<number>, i: number, fs: number): number {
	const lo = Math.max(0, i - 3);
	const hi = Math.min(x.length - 1, i + 3);
	return (((x[hi] ?? 0) - (x[lo] ?? 0)) * fs) / Math.max(1, hi - lo);
}

/** Isoelectric: within 0.03 mV of baseline and flatter than 3 mV/s. */
function isoelectric(x: ArrayLike<number>, i: number, fs: number, base: number): boolean {
	return Math.abs((x[i] ?? 0) - base) < 0.03 && Math.abs(slopeAt(x, i, fs)) < 3;
}

export function traceStrip(samples: Float32Array, fs: number): Tracing {
	const { clean, spikes } = removeSpikes(samples, fs);
	const box = Math.round(0.02 * fs);
	const smooth = boxcar(boxcar(clean, box), box);
	// Subtracting a 0.1 s moving average keeps the steep QRS and drops broad T waves (and baseline drift).
	const trend = boxcar(smooth, Math.round(0.1 * fs));
	const detail = smooth.map((v, i) => v - (trend[i] ?? 0));
	const energy = boxcar(
		Array.from(detail, (_, i) => Math.abs(slopeAt(detail, i, fs))),
		Math.round(0.04 * fs)
	);
	const threshold = Math.max(8, 0.3 * Math.max(...energy));
	const peaks: number[] = [];
	// Complexes cut by the strip's edges are not read (their steepest part may be off the paper).
	const margin = Math.round(0.08 * fs);
	for (let i = margin; i + margin < energy.length; i++) {
		const e = energy[i] ?? 0;
		if (e < threshold || e < (energy[i - 1] ?? 0) || e < (energy[i + 1] ?? 0)) continue;
		const last = peaks.at(-1);
		if (last !== undefined && i - last < 0.2 * fs) {
			if (e > (energy[last] ?? 0)) peaks[peaks.length - 1] = i;
		} else peaks.push(i);
	}
	const lightly = boxcar(clean, 3);
	const beats = peaks.map((i) => measureComplex(lightly, fs, i));
	return { fs, clean, smooth, spikes, beats };
}

function measureComplex(x: Float32Array, fs: number, peakIndex: number): DetectedBeat {
	const base = flatLevel(x, fs, peakIndex);
	let main = peakIndex;
	const reach = Math.round(0.07 * fs);
	for (let i = Math.max(0, peakIndex - reach); i < Math.min(x.length, peakIndex + reach); i++)
		if (Math.abs((x[i] ?? 0) - base) > Math.abs((x[main] ?? 0) - base)) main = i;
	const limit = Math.round(0.16 * fs);
	let onset: number | null = null;
	for (let i = main; i > Math.max(0, main - limit); i--)
		if (isoelectric(x, i, fs, base)) {
			onset = i / fs;
			break;
		}
	let offset: number | null = null;
	for (let i = main; i < Math.min(x.length - 1, main + limit); i++)
		if (isoelectric(x, i, fs, base)) {
			offset = i / fs;
			break;
		}
	const deflection = (x[main] ?? 0) - base;
	return {
		peak: peakIndex / fs,
		onset,
		offset,
		polarity: deflection >= 0 ? 1 : -1,
		amplitude: Math.abs(deflection),
		baseline: base
	};
}
