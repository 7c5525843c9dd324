/**
 * Figures on bank items, as the app receives them in a compiled bank: a rhythm strip described by its
 * generator request (drawn in the browser, the same every time from its seed), or an SVG drawing already
 * checked and inlined at build time with its text alternative. Types and a mapping only, so importing this
 * costs a page nothing: the strip code itself loads where a strip is shown.
 */
import type { ConductionRatio, MonitoringLead, RhythmId, StripRequest } from '../strip/types';

export interface StripFigure {
	readonly kind: 'strip';
	readonly rhythm: RhythmId;
	/** Beats per minute; the generator picks one in the rhythm's usual range when absent. */
	readonly rate?: number;
	readonly seed: number;
	readonly lead?: MonitoringLead;
	/** Conduction ratio for flutter and second-degree block. */
	readonly ratio?: ConductionRatio;
}

export interface SvgFigure {
	readonly kind: 'svg';
	/** Checked SVG text (see svg-check.ts). */
	readonly svg: string;
	readonly alt: string;
}

export type Figure = StripFigure | SvgFigure;

/** An SVG figure as written in a bank's YAML: a file beside it. */
export interface SvgFigureSource {
	readonly kind: 'svg';
	readonly file: string;
	readonly alt: string;
}
export type FigureSource = StripFigure | SvgFigureSource;

export function stripRequestOf(figure: StripFigure): StripRequest {
	return {
		rhythm: figure.rhythm,
		seed: figure.seed,
		...(figure.rate === undefined ? {} : { rateBpm: figure.rate }),
		...(figure.lead === undefined ? {} : { lead: figure.lead }),
		...(figure.ratio === undefined ? {} : { conduction: figure.ratio })
	};
}
