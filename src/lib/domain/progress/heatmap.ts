/** The activity heatmap: the last N weeks as Monday-first columns, each day shaded by work done. */
import { dayKey, weekday } from '../calendar';

export interface HeatCell {
	day: number;
	/** "2026-03-09" */
	date: string;
	count: number;
	/** 0 none, 1 under half the goal, 2 under the goal, 3 goal met, 4 twice the goal or more. */
	level: 0 | 1 | 2 | 3 | 4;
}

export function level(count: number, goal: number): HeatCell['level'] {
	const g = Math.max(1, goal);
	if (count <= 0) return 0;
	if (count < g / 2) return 1;
	if (count < g) return 2;
	if (count < 2 * g) return 3;
	return 4;
}

/**
 * Weeks oldest first, each Monday→Sunday; the last week holds today, and its days after today are left
 * out (null) rather than drawn as empty, so "no activity" and "not yet" look different.
 */
export function heatmap(
	counts: ReadonlyMap<number, number>,
	today: number,
	goal: number,
	weeks = 12
): (HeatCell | null)[][] {
	const lastMonday = today - weekday(today);
	const firstMonday = lastMonday - (weeks - 1) * 7;
	const grid: (HeatCell | null)[][] = [];
	for (let w = 0; w < weeks; w++) {
		const column: (HeatCell | null)[] = [];
		for (let i = 0; i < 7; i++) {
			const day = firstMonday + w * 7 + i;
			if (day > today) column.push(null);
			else {
				const count = counts.get(day) ?? 0;
				column.push({ day, date: dayKey(day), count, level: level(count, goal) });
			}
		}
		grid.push(column);
	}
	return grid;
}

/** Totals for the text equivalent: active days and items done over the whole grid. */
export function heatmapSummary(grid: readonly (HeatCell | null)[][]): {
	activeDays: number;
	total: number;
	days: number;
} {
	const cells = grid.flat().filter((c): c is HeatCell => c !== null);
	return {
		activeDays: cells.filter((c) => c.count > 0).length,
		total: cells.reduce((s, c) => s + c.count, 0),
		days: cells.length
	};
}
