// Proves the paper geometry: 25 mm/s and 10 mm/mV on the drawn trace (read back from the SVG path), 1 mm and
// 5 mm grid lines, ticks every 3 s (75 mm), and a grid tall enough that no generated strip touches its edges.
import { describe, expect, it } from 'vitest';
import { generateStrip } from './generate';
import { drawStrip } from './paper';
import { RHYTHM_IDS } from './rhythms';

/** Reads an SVG path of M/l/V/H commands back into absolute points (a separate reader from the writer). */
function points(d: string): { x: number; y: number }[] {
	const out: { x: number; y: number }[] = [];
	let x = 0;
	let y = 0;
	for (const [, cmd, args] of d.matchAll(/([MlLVH])([^MlLVH]*)/g)) {
		const n = (args ?? '').match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
		if (cmd === 'M' || cmd === 'L') [x, y] = [n[0]!, n[1]!];
		else if (cmd === 'l') [x, y] = [x + n[0]!, y + n[1]!];
		else if (cmd === 'V') y = n[0]!;
		else if (cmd === 'H') x = n[0]!;
		out.push({ x, y });
	}
	return out;
}

/** Segments of a grid path: each M…V or M…H pair is one line. */
function lines(d: string): { vertical: number[]; horizontal: number[] } {
	const vertical: number[] = [];
	const horizontal: number[] = [];
	for (const [, a, b, kind] of d.matchAll(/M(-?[\d.]+) (-?[\d.]+)([VH])/g)) {
		if (kind === 'V') vertical.push(Number(a));
		else horizontal.push(Number(b));
	}
	return { vertical, horizontal };
}

function synthetic(mvAt: (t: number) => number) {
	const fs = 500;
	const samples = Float32Array.from({ length: 6 * fs }, (_, i) => mvAt(i / fs));
	return { samples, sampleRateHz: fs, durationS: 6 };
}

describe('drawStrip', () => {
	it('is 150 mm wide for 6 s (25 mm/s), in a viewBox of millimetres', () => {
		const d = drawStrip(synthetic(() => 0));
		expect(d.widthMm).toBe(150);
		expect(d.viewBox).toBe(`0 0 150 ${d.heightMm}`);
	});

	it('places each sample at 25 mm/s and 10 mm/mV: a 1 mV plateau from 1.00 s to 1.20 s', () => {
		const strip = synthetic((t) => (t >= 1 && t < 1.2 ? 1 : 0));
		const d = drawStrip(strip);
		const pts = points(d.trace);
		expect(pts).toHaveLength(strip.samples.length);
		// Sample i sits at i / 500 s × 25 mm/s; 20 samples (0.04 s) are one small box, 1 mm.
		expect(pts[550]!.x).toBeCloseTo(27.5, 6);
		expect(pts[570]!.x - pts[550]!.x).toBeCloseTo(1, 6);
		expect(pts[2999]!.x).toBeCloseTo(149.95, 6);
		expect(pts[0]!.y).toBeCloseTo(d.baselineMm, 6);
		expect(d.baselineMm - pts[550]!.y).toBeCloseTo(10, 6);
		// The plateau starts at 1.00 s = 25 mm and ends before 1.20 s = 30 mm (one large box).
		const raised = pts.filter((p) => d.baselineMm - p.y > 5).map((p) => p.x);
		expect(Math.min(...raised)).toBeCloseTo(25, 6);
		expect(Math.max(...raised)).toBeCloseTo(29.95, 6);
	});

	it('keeps the relative steps exact: no drift after 3000 samples of a slow sine', () => {
		const strip = synthetic((t) => 0.7 * Math.sin(2 * Math.PI * 0.37 * t));
		const d = drawStrip(strip);
		const pts = points(d.trace);
		pts.forEach((p, i) =>
			expect(Math.abs(d.baselineMm - 10 * (strip.samples[i] ?? 0) - p.y)).toBeLessThan(0.006)
		);
	});

	it('draws 1 mm lines and 5 mm lines over the whole grid, and ticks at 0, 3 and 6 s', () => {
		const d = drawStrip(synthetic(() => 0));
		const small = lines(d.smallGrid);
		const large = lines(d.largeGrid);
		const gridHeight = d.heightMm - d.gridTopMm;
		expect(large.vertical).toEqual(Array.from({ length: 31 }, (_, i) => i * 5));
		expect(small.vertical).toHaveLength(151 - 31);
		expect(small.vertical.every((x) => Number.isInteger(x) && x % 5 !== 0)).toBe(true);
		expect(large.horizontal).toEqual(
			Array.from({ length: gridHeight / 5 + 1 }, (_, i) => d.gridTopMm + i * 5)
		);
		expect(small.horizontal).toHaveLength(gridHeight + 1 - (gridHeight / 5 + 1));
		expect(lines(d.ticks).vertical).toEqual([0, 75, 150]);
		// The baseline lies on a large-box line, so deflections read in whole boxes from it.
		expect((d.baselineMm - d.gridTopMm) % 5).toBe(0);
	});

	it('fits every rhythm on the paper with room to spare (no clipped peaks)', () => {
		for (const rhythm of RHYTHM_IDS)
			for (const seed of [1, 40, 500]) {
				const d = drawStrip(generateStrip({ rhythm, seed }));
				const ys = points(d.trace).map((p) => p.y);
				expect(Math.min(...ys), rhythm).toBeGreaterThan(d.gridTopMm + 1);
				expect(Math.max(...ys), rhythm).toBeLessThan(d.heightMm - 1);
			}
	}, 30_000);
});
