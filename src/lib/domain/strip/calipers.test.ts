// Proves the caliper arithmetic: intervals in seconds and small boxes, keyboard steps of one small or large
// box kept on the strip, pointer position to time, and which marker a tap moves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caliperReading, keyDirection, nearerMarker, nudge, timeAtPointer } from './calipers';

describe('caliperReading', () => {
	it('reads an interval in seconds, small boxes and as a rate', () => {
		expect(caliperReading(1.2, 0.36)).toEqual({
			seconds: 0.84,
			smallBoxes: 21,
			rateBpm: 71,
			text: '0.84 s, 21 small boxes (as an R-R: 71/min)'
		});
		expect(caliperReading(0.5, 0.54).text).toBe('0.04 s, 1 small box (as an R-R: 1500/min)');
		expect(caliperReading(2, 2)).toMatchObject({ seconds: 0, smallBoxes: 0, rateBpm: null });
		expect(caliperReading(0, 0.13).text).toBe('0.13 s, 3.25 small boxes (as an R-R: 462/min)');
	});

	it('rounds once: the interval to 0.01 s, and the boxes and rate are that interval, not the raw one', () => {
		// 0.195 s: the raw 4.875 boxes would print as 4.9 (or 4.8) beside "0.20 s"; 0.20 s is 5 boxes.
		expect(caliperReading(1, 1.195).text).toBe('0.20 s, 5 small boxes (as an R-R: 300/min)');
		expect(caliperReading(0, 0.192).text).toBe('0.19 s, 4.75 small boxes (as an R-R: 316/min)');
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 6, noNaN: true }),
				fc.double({ min: 0, max: 6, noNaN: true }),
				(a, b) => {
					const { text } = caliperReading(a, b);
					const [, s, boxes] = /^(\d+\.\d\d) s, (\d+(?:\.\d+)?) small box/.exec(text) ?? [];
					// The two printed numbers are one measurement: boxes × 0.04 s is the printed seconds exactly.
					expect(Number(boxes) * 4).toBeCloseTo(Number(s) * 100, 9);
					expect(Math.abs(Number(s) - Math.abs(b - a))).toBeLessThanOrEqual(0.005 + 1e-9);
					const rate = /R-R: (\d+)\/min/.exec(text)?.[1];
					if (rate) expect(Number(rate)).toBe(Math.round(1500 / Number(boxes)));
				}
			)
		);
	});

	it('is symmetric and agrees with 1500 ÷ small boxes', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 6, noNaN: true }),
				fc.double({ min: 0, max: 6, noNaN: true }),
				(a, b) => {
					const r = caliperReading(a, b);
					expect(r).toEqual(caliperReading(b, a));
					if (r.rateBpm !== null && r.smallBoxes > 0.5)
						expect(Math.abs(r.rateBpm - 1500 / r.smallBoxes)).toBeLessThanOrEqual(0.5 + 1e-6 * r.rateBpm);
				}
			)
		);
	});
});

describe('keyboard and pointer', () => {
	it('Arrow keys move one small box (0.04 s), Shift+Arrow one large box (0.20 s), within the strip', () => {
		expect(nudge(1, 1, false, 6)).toBe(1.04);
		expect(nudge(1, -1, true, 6)).toBe(0.8);
		expect(nudge(0.02, -1, false, 6)).toBe(0);
		expect(nudge(5.9, 1, true, 6)).toBe(6);
		expect(keyDirection('ArrowRight')).toBe(1);
		expect(keyDirection('ArrowUp')).toBe(1);
		expect(keyDirection('ArrowLeft')).toBe(-1);
		expect(keyDirection('ArrowDown')).toBe(-1);
		expect(keyDirection('Enter')).toBeNull();
	});

	it('25 small-box steps make one second, exactly', () => {
		let t = 0;
		for (let i = 0; i < 25; i++) t = nudge(t, 1, false, 6);
		expect(t).toBe(1);
	});

	it('maps a pointer to a time on the strip and picks the nearer marker', () => {
		expect(timeAtPointer(250, 100, 600, 6)).toBe(1.5);
		expect(timeAtPointer(50, 100, 600, 6)).toBe(0);
		expect(timeAtPointer(900, 100, 600, 6)).toBe(6);
		expect(timeAtPointer(10, 0, 0, 6)).toBe(0);
		expect(nearerMarker(1, 0.5, 3)).toBe(0);
		expect(nearerMarker(2.9, 0.5, 3)).toBe(1);
		expect(nearerMarker(1.75, 0.5, 3)).toBe(0);
	});
});
