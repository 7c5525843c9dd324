/**
 * Wave shapes as sums of Gaussians (mV, seconds), lead II–like. Smooth bumps look like a real tracing and
 * have a known extent: each wave's stated onset/offset is where its outermost Gaussian is ~2.5–3 σ away,
 * i.e. where a reader would see it leave the baseline.
 */
import type { PWaveKind } from './types';

export interface Bump {
	/** Centre, seconds after the wave's onset. */
	readonly at: number;
	readonly mv: number;
	/** Standard deviation, seconds. */
	readonly sd: number;
}

export interface WaveShape {
	readonly duration: number;
	readonly bumps: readonly Bump[];
}

export const P_SHAPES: Readonly<Record<PWaveKind, WaveShape>> = {
	// Rounded, upright, 0.10 s, ~0.15 mV.
	sinus: {
		duration: 0.1,
		bumps: [
			{ at: 0.044, mv: 0.1, sd: 0.016 },
			{ at: 0.062, mv: 0.08, sd: 0.015 }
		]
	},
	// Premature atrial focus: narrower and peaked, with a small negative tail — visibly unlike the sinus P.
	'ectopic-atrial': {
		duration: 0.08,
		bumps: [
			{ at: 0.03, mv: 0.14, sd: 0.01 },
			{ at: 0.058, mv: -0.05, sd: 0.008 }
		]
	},
	// Retrograde activation from the junction: inverted in the inferior leads.
	retrograde: { duration: 0.08, bumps: [{ at: 0.04, mv: -0.13, sd: 0.014 }] },
	// Paced atrial depolarization begins at the spike.
	paced: { duration: 0.1, bumps: [{ at: 0.05, mv: 0.12, sd: 0.018 }] }
};

export type QrsShape = 'narrow' | 'wide-up' | 'wide-down';

/** Templates at a nominal width; `qrsBumps` stretches them to the requested width. */
const QRS_TEMPLATES: Readonly<Record<QrsShape, WaveShape>> = {
	// Small q, tall R, small s: 0.08 s.
	narrow: {
		duration: 0.08,
		bumps: [
			{ at: 0.02, mv: -0.12, sd: 0.005 },
			{ at: 0.04, mv: 1.25, sd: 0.008 },
			{ at: 0.06, mv: -0.28, sd: 0.0065 }
		]
	},
	// Broad, notched, mostly positive ectopic complex: 0.15 s.
	'wide-up': {
		duration: 0.15,
		bumps: [
			{ at: 0.055, mv: 1.1, sd: 0.018 },
			{ at: 0.095, mv: 0.55, sd: 0.018 }
		]
	},
	// Broad, mostly negative complex (another focus, or right-ventricular apical pacing in lead II).
	'wide-down': {
		duration: 0.15,
		bumps: [
			{ at: 0.055, mv: -0.95, sd: 0.018 },
			{ at: 0.095, mv: -0.5, sd: 0.018 }
		]
	}
};

export function qrsBumps(shape: QrsShape, width: number): readonly Bump[] {
	const t = QRS_TEMPLATES[shape];
	const k = width / t.duration;
	return t.bumps.map((b) => ({ at: b.at * k, mv: b.mv, sd: b.sd * k }));
}

/** Main direction of the complex, which the T wave opposes in wide (ventricular or paced) beats. */
export function qrsPolarity(shape: QrsShape): 1 | -1 {
	return shape === 'wide-down' ? -1 : 1;
}

/**
 * T wave for a beat whose QRS starts at 0 and ends at `width`. QT shortens with rate (~Bazett); the T never
 * starts before the QRS has returned to baseline. Wide beats have discordant T waves (opposite the QRS).
 */
export function tWaveBumps(shape: QrsShape, width: number, rr: number): readonly Bump[] {
	const wide = shape !== 'narrow';
	const rrClamped = Math.min(Math.max(rr, 0.25), 2);
	const sd = clamp(
		(wide ? 0.055 : 0.045) * Math.sqrt(rrClamped / 0.8),
		wide ? 0.035 : 0.028,
		wide ? 0.06 : 0.05
	);
	const qt = clamp((wide ? 0.46 : 0.4) * Math.sqrt(rrClamped), wide ? 0.28 : 0.22, wide ? 0.52 : 0.46);
	const at = Math.max(qt - 2.3 * sd, width + 2.8 * sd);
	const mv = wide ? -0.38 * qrsPolarity(shape) : 0.3;
	return [{ at, mv, sd }];
}

/** When the T wave has returned to baseline, seconds after QRS onset. */
export function tWaveEnd(shape: QrsShape, width: number, rr: number): number {
	const t = tWaveBumps(shape, width, rr)[0];
	return t ? t.at + 2.5 * t.sd : width;
}

export function clamp(x: number, lo: number, hi: number): number {
	return Math.min(Math.max(x, lo), hi);
}

/** Adds bumps starting at `onset` (s) into `out`, evaluating each only within ±5 σ for speed. */
export function addBumps(
	out: Float32Array,
	sampleRateHz: number,
	onset: number,
	bumps: readonly Bump[],
	gain = 1
): void {
	for (const b of bumps) {
		const centre = onset + b.at;
		const from = Math.max(0, Math.floor((centre - 5 * b.sd) * sampleRateHz));
		const to = Math.min(out.length - 1, Math.ceil((centre + 5 * b.sd) * sampleRateHz));
		const inv = 1 / (2 * b.sd * b.sd);
		for (let i = from; i <= to; i++) {
			const d = i / sampleRateHz - centre;
			out[i] = (out[i] ?? 0) + gain * b.mv * Math.exp(-d * d * inv);
		}
	}
}
