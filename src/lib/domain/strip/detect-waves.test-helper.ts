/**
 * Finds T and P waves in a traced strip, the way a reader does: a T wave is the broad deflection after a
 * QRS; a P wave is a discrete rounded hump (0.06–0.25 mV, 0.02–0.07 s wide at half height) lying outside QRS–T.
 */
import type { DetectedBeat, Tracing } from './detect-beats.test-helper';

export interface DetectedP {
	readonly onset: number;
	readonly peak: number;
	/** Signed, mV from baseline: negative is an inverted P. */
	readonly amplitude: number;
	/** Width at half amplitude, s. */
	readonly halfWidth: number;
}

const at = (x: Float32Array, i: number) => x[Math.min(x.length - 1, Math.max(0, i))] ?? 0;

/** End of the T wave after `beat` (or of the QRS if no T stands out), s. */
export function tEnd(tr: Tracing, beat: DetectedBeat, nextOnset: number): number {
	const { smooth, fs } = tr;
	const start = (beat.offset ?? beat.peak + 0.08) + 0.02;
	const stop = Math.min(start + 0.45, nextOnset - 0.03);
	let best = Math.round(start * fs);
	for (let i = best; i < stop * fs; i++)
		if (Math.abs(at(smooth, i) - beat.baseline) > Math.abs(at(smooth, best) - beat.baseline)) best = i;
	const amp = at(smooth, best) - beat.baseline;
	if (Math.abs(amp) < 0.05) return start;
	// Walk on until the T has returned to baseline, or turns back up into the next wave (a P on its tail).
	const dev = (k: number) => Math.abs(at(smooth, k) - beat.baseline);
	const lag = Math.round(0.01 * fs);
	const floor = Math.max(0.02, 0.12 * Math.abs(amp));
	let i = best;
	while (i < smooth.length - 1 && dev(i) > floor && !(i > best + lag && dev(i + lag) > dev(i))) i++;
	return i / fs;
}

/** A hump centred on sample `c`, or null if it is not P-like (too small, too broad, not isolated). */
function humpAt(tr: Tracing, c: number, base: number): DetectedP | null {
	const { smooth, fs } = tr;
	const amp = at(smooth, c) - base;
	// P waves are 0.5–2.5 mm tall in lead II; anything taller is a T wave or a QRS.
	if (Math.abs(amp) < 0.06 || Math.abs(amp) > 0.25) return null;
	const dev = (i: number) => (at(smooth, i) - base) * Math.sign(amp);
	const edge = (dir: 1 | -1, level: number): number | null => {
		for (let i = c; Math.abs(i - c) < 0.09 * fs; i += dir) if (dev(i) < level * Math.abs(amp)) return i;
		return null;
	};
	const leftHalf = edge(-1, 0.5);
	const rightHalf = edge(1, 0.5);
	const left = edge(-1, 0.06);
	if (leftHalf === null || rightHalf === null || left === null || edge(1, 0.3) === null) return null;
	const halfWidth = (rightHalf - leftHalf) / fs;
	// Broader humps (T waves) are not P waves.
	if (halfWidth < 0.02 || halfWidth > 0.07) return null;
	return { onset: left / fs, peak: c / fs, amplitude: amp, halfWidth };
}

/** Largest P-like hump in [from, to] s, if any. */
export function pIn(tr: Tracing, from: number, to: number, base: number): DetectedP | null {
	const { smooth, fs } = tr;
	if (to - from < 0.03) return null;
	let best = Math.round(from * fs);
	for (let i = best; i <= to * fs; i++)
		if (Math.abs(at(smooth, i) - base) > Math.abs(at(smooth, best) - base)) best = i;
	if (best <= from * fs + 1 || best >= to * fs - 1) return null; // on the window edge: part of something else
	return humpAt(tr, best, base);
}

/** Regions a P wave cannot be read in: each QRS through the end of its T wave. */
export function qrsTRegions(tr: Tracing): [number, number][] {
	return tr.beats.map((b, i) => {
		const next = tr.beats[i + 1];
		const nextOnset = next ? (next.onset ?? next.peak - 0.05) : Infinity;
		return [(b.onset ?? b.peak - 0.05) - 0.01, tEnd(tr, b, nextOnset)];
	});
}

/** The P wave in front of beat `i` (between the previous T wave and this QRS), or null. */
export function pBefore(tr: Tracing, i: number): DetectedP | null {
	const beat = tr.beats[i];
	const prev = tr.beats[i - 1];
	if (!beat || beat.onset === null) return null;
	const from = prev ? tEnd(tr, prev, beat.onset) : Math.max(0, beat.onset - 0.45);
	return pIn(tr, Math.max(from, beat.onset - 0.45), beat.onset - 0.01, beat.baseline);
}

/** Every readable P wave: P-like humps peaking outside all QRS–T regions. */
export function allPWaves(tr: Tracing, base: number): DetectedP[] {
	const blocked = qrsTRegions(tr);
	const free = (t: number) => blocked.every(([a, b]) => t < a || t > b);
	const out: DetectedP[] = [];
	const { smooth, fs } = tr;
	const w = Math.round(0.05 * fs);
	for (let i = w; i < smooth.length - w; i++) {
		const v = Math.abs(at(smooth, i) - base);
		if (v < 0.06 || !free(i / fs)) continue;
		let isMax = true;
		for (let k = i - w; k <= i + w && isMax; k++) if (Math.abs(at(smooth, k) - base) > v) isMax = false;
		const p = isMax ? humpAt(tr, i, base) : null;
		if (p) {
			out.push(p);
			i += w;
		}
	}
	return out;
}
