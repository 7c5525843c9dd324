/**
 * The score-history chart's geometry, worked out once per change: the line and every dot as one SVG path
 * each, so a year of exams draws two elements rather than one per exam (200 dots were 200 elements, each
 * with its own reactive attributes, on the progress screen's first render).
 */

export interface ScoreChart {
	/** The line's `points` attribute. */
	line: string;
	/** Every dot as one path (`d` attribute): a circle of `radius` around each point. */
	dots: string;
	/** The y of each grid line, for 0 %, 50 % and 100 %. */
	grid: { percent: number; y: number }[];
}

export interface ChartBox {
	width: number;
	height: number;
	pad: number;
	radius: number;
}

export function scoreChart(percents: readonly number[], box: ChartBox): ScoreChart {
	const { width, height, pad, radius } = box;
	const x = (i: number) =>
		pad + (percents.length < 2 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (percents.length - 1));
	const y = (p: number) => height - pad - (p / 100) * (height - 2 * pad);
	const line: string[] = [];
	const dots: string[] = [];
	percents.forEach((p, i) => {
		const px = x(i);
		const py = y(p);
		line.push(`${px},${py}`);
		// Two half-circle arcs from the left edge round to it again.
		dots.push(
			`M${px - radius},${py}a${radius},${radius} 0 1,0 ${2 * radius},0a${radius},${radius} 0 1,0 ${-2 * radius},0`
		);
	});
	return {
		line: line.join(' '),
		dots: dots.join(''),
		grid: [0, 50, 100].map((percent) => ({ percent, y: y(percent) }))
	};
}
