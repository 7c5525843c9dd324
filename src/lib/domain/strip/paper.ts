/**
 * A strip drawn on standard EKG paper, as SVG geometry in millimetres: 25 mm/s and 10 mm/mV, 1 mm small
 * boxes (0.04 s), 5 mm large boxes (0.20 s), and tick marks every 3 seconds above the grid. Units are mm so a
 * component can set `viewBox` and let the browser scale: lines stay vector-crisp at any zoom.
 */
import type { Strip } from './types';

export const MM_PER_S = 25;
export const MM_PER_MV = 10;
export const LARGE_BOX_MM = 5;
export const TICK_EVERY_S = 3;
/** Band above the grid that holds the 3-second tick marks, as on printed paper. */
export const TICK_BAND_MM = 4;
/** Free paper kept above the tallest and below the deepest deflection, so nothing touches the edge. */
const HEADROOM_MM = 3;
/** Smallest grid: 3 large boxes above the baseline and 2 below, so short tracings still look like paper. */
const MIN_ABOVE_MM = 15;
const MIN_BELOW_MM = 10;

export interface StripDrawing {
	readonly widthMm: number;
	readonly heightMm: number;
	readonly viewBox: string;
	/** Top of the grid (below the tick band). */
	readonly gridTopMm: number;
	/** Where 0 mV sits. */
	readonly baselineMm: number;
	/** Vertical and horizontal 1 mm lines that are not also 5 mm lines. */
	readonly smallGrid: string;
	readonly largeGrid: string;
	readonly ticks: string;
	/** The tracing: one point per sample. */
	readonly trace: string;
}

const roundUpTo = (x: number, step: number) => Math.ceil(x / step - 1e-9) * step;

/** Hundredths of a millimetre: finer than any screen shows, and exact, so relative steps never drift. */
const hundredths = (mm: number) => Math.round(mm * 100);
/** Shortest spelling of hundredths of a mm: 2500 → 25, 50 → .5, -5 → -.05 (string work is the hot loop). */
function mm(h: number): string {
	const sign = h < 0 ? '-' : '';
	const abs = Math.abs(h);
	const whole = Math.floor(abs / 100);
	const frac = abs % 100;
	if (frac === 0) return `${sign}${whole}`;
	const digits = frac % 10 === 0 ? String(frac / 10) : frac < 10 ? `0${frac}` : String(frac);
	return `${sign}${whole === 0 ? '' : whole}.${digits}`;
}

function gridLines(widthMm: number, top: number, bottom: number, every: number, skip: number | null): string {
	const parts: string[] = [];
	for (let x = 0; x <= widthMm; x += every)
		if (skip === null || x % skip !== 0) parts.push(`M${x} ${top}V${bottom}`);
	for (let y = 0; y <= bottom - top; y += every)
		if (skip === null || y % skip !== 0) parts.push(`M0 ${top + y}H${widthMm}`);
	return parts.join('');
}

/** The trace as an absolute move, then relative steps of one sample each (0.05 mm at 25 mm/s and 500 Hz). */
function tracePath(samples: Float32Array, sampleRateHz: number, baselineMm: number): string {
	const step = MM_PER_S / sampleRateHz;
	let previous = hundredths(baselineMm - (samples[0] ?? 0) * MM_PER_MV);
	const parts = [`M0 ${mm(previous)}`];
	for (let i = 1; i < samples.length; i++) {
		const y = hundredths(baselineMm - (samples[i] ?? 0) * MM_PER_MV);
		const dy = y - previous;
		parts.push(`l${mm(hundredths(step))} ${mm(dy)}`);
		previous = y;
	}
	return parts.join('');
}

export function drawStrip(strip: Pick<Strip, 'samples' | 'sampleRateHz' | 'durationS'>): StripDrawing {
	let max = 0;
	let min = 0;
	for (const v of strip.samples) {
		if (v > max) max = v;
		if (v < min) min = v;
	}
	const above = Math.max(MIN_ABOVE_MM, roundUpTo(max * MM_PER_MV + HEADROOM_MM, LARGE_BOX_MM));
	const below = Math.max(MIN_BELOW_MM, roundUpTo(-min * MM_PER_MV + HEADROOM_MM, LARGE_BOX_MM));
	const widthMm = strip.durationS * MM_PER_S;
	const gridTopMm = TICK_BAND_MM;
	const heightMm = gridTopMm + above + below;
	const baselineMm = gridTopMm + above;
	const ticks: string[] = [];
	for (let t = 0; t <= strip.durationS + 1e-9; t += TICK_EVERY_S)
		ticks.push(`M${t * MM_PER_S} 0.5V${gridTopMm}`);
	return {
		widthMm,
		heightMm,
		viewBox: `0 0 ${widthMm} ${heightMm}`,
		gridTopMm,
		baselineMm,
		smallGrid: gridLines(widthMm, gridTopMm, heightMm, 1, LARGE_BOX_MM),
		largeGrid: gridLines(widthMm, gridTopMm, heightMm, LARGE_BOX_MM, null),
		ticks: ticks.join(''),
		trace: tracePath(strip.samples, strip.sampleRateHz, baselineMm)
	};
}
