/**
 * The `figure` field of a bank item as written in YAML, checked against the rhythm catalogue. Used by the bank
 * compiler only (build time and the validator): decks carry bank items by id, so no figure arrives from outside,
 * and the home page never loads the catalogue.
 */
import * as v from 'valibot';
import { RHYTHM_IDS, rhythmSpec } from '../strip/rhythms';
import type { ConductionRatio, MonitoringLead } from '../strip/types';
import type { FigureSource } from './figure';
import { cardSchema, mcqSchema } from './schema';

const LEADS: readonly MonitoringLead[] = ['II', 'III', 'aVF'];
const RATIOS: readonly ConductionRatio[] = ['2:1', '3:1', '4:1', '3:2', '4:3', '5:4', 'variable'];
export const SVG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/;

/** Messages for an unknown or missing key, naming what the field may hold. */
function fields(names: string) {
	return (issue: v.BaseIssue<unknown> & { expected: string | null }) =>
		issue.expected === 'never'
			? `unknown field (a figure has ${names})`
			: issue.received === 'undefined'
				? 'required'
				: `expected an object with ${names}`;
}

const stripFigureSchema = v.pipe(
	v.strictObject(
		{
			kind: v.literal('strip'),
			rhythm: v.picklist(
				RHYTHM_IDS,
				(i) => `unknown rhythm ${i.received}; the ids are in src/lib/domain/strip/rhythms.ts`
			),
			rate: v.optional(v.pipe(v.number(), v.integer('a whole number of beats per minute'))),
			seed: v.pipe(
				v.number(),
				v.integer('a whole number'),
				v.minValue(0, 'from 0'),
				v.maxValue(2 ** 31 - 1, 'at most 2147483647')
			),
			lead: v.optional(v.picklist(LEADS, `expected ${LEADS.join(', ')}`)),
			ratio: v.optional(v.picklist(RATIOS, `expected ${RATIOS.join(', ')}`))
		},
		fields('kind, rhythm, rate, seed, lead, ratio')
	),
	v.forward(
		v.check(
			(f) => f.rate === undefined || rateRange(f.rhythm)?.contains(f.rate) === true,
			(issue) => {
				const f = issue.input as { rhythm: (typeof RHYTHM_IDS)[number]; rate: number };
				const range = rateRange(f.rhythm);
				return range
					? `${f.rate}/min is outside ${f.rhythm}'s ${range.text}`
					: `${f.rhythm} has no rate (leave rate out)`;
			}
		),
		['rate']
	),
	v.forward(
		v.check(
			(f) => f.ratio === undefined || rhythmSpec(f.rhythm).conductions.includes(f.ratio),
			(issue) => {
				const f = issue.input as { rhythm: (typeof RHYTHM_IDS)[number] };
				const allowed = rhythmSpec(f.rhythm).conductions;
				return allowed.length
					? `${f.rhythm} takes a ratio of ${allowed.join(', ')}`
					: `${f.rhythm} takes no ratio (only flutter and second-degree block do)`;
			}
		),
		['ratio']
	)
);

function rateRange(rhythm: (typeof RHYTHM_IDS)[number]) {
	const spec = rhythmSpec(rhythm);
	const r = spec.requestableRateBpm ?? spec.rateBpm;
	return r && { contains: (x: number) => x >= r.min && x <= r.max, text: `${r.min}–${r.max}/min` };
}

const svgFigureSchema = v.strictObject(
	{
		kind: v.literal('svg'),
		file: v.pipe(
			v.string(),
			v.regex(SVG_FILE, 'a kebab-case file name ending in .svg, kept beside this YAML file')
		),
		alt: v.pipe(
			v.string('required: what the figure shows, for screen readers, without giving the answer'),
			v.trim(),
			v.minLength(10, 'describe what the figure shows in at least 10 characters'),
			v.maxLength(1000)
		)
	},
	fields('kind, file, alt')
);

export const figureSourceSchema = v.variant(
	'kind',
	[stripFigureSchema, svgFigureSchema],
	(issue) => `expected strip or svg, got ${issue.received}`
);

const withFigure = { figure: v.optional(figureSourceSchema) };

/** A bank item as written in YAML: the shared item schema plus an optional figure. */
export const sourceItemSchema = v.variant(
	'kind',
	[v.object({ ...mcqSchema.entries, ...withFigure }), v.object({ ...cardSchema.entries, ...withFigure })],
	(issue) => `expected mcq or card, got ${issue.received}`
);
export const sourceDomainFileSchema = v.object({ items: v.array(sourceItemSchema) });

export type SourceItem = v.InferOutput<typeof sourceItemSchema> & { figure?: FigureSource };
