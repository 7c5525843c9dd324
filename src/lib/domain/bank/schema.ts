/**
 * The one schema for question banks: used by `validate:banks`, by the build step that compiles banks,
 * and at runtime for decks that arrive by link or file.
 */
import * as v from 'valibot';
import type { Figure } from './figure';

const text = (max: number) =>
	v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));

export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}$/;
export const itemIdSchema = v.pipe(v.string(), v.regex(ITEM_ID, 'expected <prefix>-NNNN'));
const tagsSchema = v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/, 'tags are kebab-case'))));

const BANNED_CHOICE = /\b(all|none|both) of the above\b/i;

export const mcqSchema = v.object({
	id: itemIdSchema,
	kind: v.literal('mcq'),
	stem: text(2000),
	choices: v.pipe(
		v.array(
			v.pipe(
				text(500),
				v.check((c) => !BANNED_CHOICE.test(c), 'all/none/both of the above is not allowed')
			)
		),
		v.length(4, (issue) => `expected 4, got ${issue.received}`),
		v.check((cs) => new Set(cs.map((c) => c.toLowerCase())).size === cs.length, 'two choices are the same')
	),
	answer: v.pipe(v.number(), v.integer(), v.minValue(0, 'expected 0-3'), v.maxValue(3, 'expected 0-3')),
	rationale: v.pipe(
		v.string(),
		v.trim(),
		v.minLength(60, (i) => `at least 60 characters, got ${i.received}`)
	),
	tags: tagsSchema,
	source: v.optional(text(300))
});

export const cardSchema = v.object({
	id: itemIdSchema,
	kind: v.literal('card'),
	front: text(2000),
	back: text(4000),
	tags: tagsSchema,
	source: v.optional(text(300))
});

export const itemSchema = v.variant(
	'kind',
	[mcqSchema, cardSchema],
	(issue) => `expected mcq or card, got ${issue.received}`
);

const domainSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
	name: text(200),
	idPrefix: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
	weightPercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
	topics: v.optional(v.array(v.string()))
});

const examBase = {
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
	name: text(200),
	body: text(100),
	notes: v.optional(v.string()),
	sources: v.optional(v.array(v.string()))
};

export const examFileSchema = v.object({
	...examBase,
	kind: v.optional(v.literal('exam'), 'exam'),
	scoredItems: v.pipe(v.number(), v.integer(), v.minValue(1)),
	pretestItems: v.pipe(v.number(), v.integer(), v.minValue(0)),
	minutes: v.pipe(v.number(), v.integer(), v.minValue(1)),
	segments: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	passingNote: text(2000),
	edition: v.optional(v.string()),
	renewal: v.optional(v.string()),
	eligibility: v.optional(v.string()),
	domains: v.pipe(
		v.array(domainSchema),
		v.minLength(1),
		v.check(
			(ds) => Math.abs(ds.reduce((s, d) => s + d.weightPercent, 0) - 100) < 0.5,
			'weights must add up to 100'
		)
	)
});

export const guideFileSchema = v.object({
	...examBase,
	kind: v.literal('guide'),
	description: text(2000),
	topics: v.pipe(v.array(v.omit(domainSchema, ['weightPercent'])), v.minLength(1))
});

export const bankHeaderSchema = v.variant('kind', [examFileSchema, guideFileSchema]);

export type Mcq = v.InferOutput<typeof mcqSchema>;
export type Card = v.InferOutput<typeof cardSchema>;
export type Item = v.InferOutput<typeof itemSchema>;
export type ExamFile = v.InferOutput<typeof examFileSchema>;
export type GuideFile = v.InferOutput<typeof guideFileSchema>;

/**
 * An item as the app sees it: tagged with the domain (or guide topic) it belongs to, and, inside a deck,
 * with the bank it came from. Only compiled banks carry figures (see figure-schema.ts for the YAML field):
 * a deck's own items have none, and its bank items keep theirs because they come from the bank.
 */
export type BankItem = Item & { domain: string; bankId?: string; figure?: Figure };

export interface BankDomain {
	id: string;
	name: string;
	weightPercent: number;
}

/** One compiled bank: what the build writes to static/banks/<id>.json and the app loads. It is also the shape
 * every study set is studied in: a deck becomes one through deckToBank (domain/deck/as-bank.ts). */
export interface Bank {
	id: string;
	name: string;
	body: string;
	kind: 'exam' | 'guide';
	description?: string;
	format?: {
		scoredItems: number;
		pretestItems: number;
		minutes: number;
		passingNote: string;
		segments?: number;
	};
	domains: BankDomain[];
	items: BankItem[];
}

/** A bank's listing on the home screen, without its items. */
export type BankSummary = Omit<Bank, 'items'> & { mcqCount: number; cardCount: number };

/** Formats valibot issues as `field: message`, naming an item by its id where the path goes through one. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], input: unknown): string[] {
	return issues.map((issue) => {
		const keys = (issue.path ?? []).map((p) => p.key as string | number);
		let where = '';
		if (keys[0] === 'items' && typeof keys[1] === 'number') {
			const item = (input as { items?: { id?: unknown }[] })?.items?.[keys[1]];
			const id = typeof item?.id === 'string' ? item.id : `item #${keys[1] + 1}`;
			const field = keys.slice(2).filter((k) => typeof k === 'string');
			where = [id, ...field].join(': ');
		} else {
			where = keys.join('.');
		}
		return where ? `${where}: ${issue.message}` : issue.message;
	});
}
