// The score chart's geometry: points spread across the box, dots drawn as circles around the same points,
// and a lone score centred.
import { describe, expect, it } from 'vitest';
import { scoreChart } from './score-chart';

const box = { width: 320, height: 140, pad: 24, radius: 4 };

describe('scoreChart', () => {
	it('spreads the scores from the left pad to the right pad, 100 % at the top pad', () => {
		const chart = scoreChart([0, 50, 100], box);
		// x: 24, 160, 296 (the 272 px between the pads in two steps); y: 116 at 0 %, 70 at 50 %, 24 at 100 %.
		expect(chart.line).toBe('24,116 160,70 296,24');
		expect(chart.grid).toEqual([
			{ percent: 0, y: 116 },
			{ percent: 50, y: 70 },
			{ percent: 100, y: 24 }
		]);
	});

	it('draws one circle of the radius around each point', () => {
		const chart = scoreChart([0, 100], box);
		const circles = chart.dots.split('M').filter(Boolean);
		expect(circles).toEqual(['20,116a4,4 0 1,0 8,0a4,4 0 1,0 -8,0', '292,24a4,4 0 1,0 8,0a4,4 0 1,0 -8,0']);
	});

	it('centres a single score and draws nothing for none', () => {
		expect(scoreChart([75], box).line).toBe('160,47');
		expect(scoreChart([], box)).toMatchObject({ line: '', dots: '' });
	});
});
