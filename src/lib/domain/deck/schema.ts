/**
 * The deck file format (JSON export, hosted decks and the payload of links). Items use the bank schema,
 * so a deck item is checked exactly like a bank item.
 */
import * as v from 'valibot';
import { describeIssues, itemIdSchema, itemSchema } from '../bank/schema';
import { linkAssignmentSchema } from '../class/assignment';
import { DECK_ID, MAX_DECK_ITEMS } from '../records/deck';
import { timeSchema } from '../records/fields';
import type { DeckResult, SharedDeck } from './types';

export const DECK_FORMAT = 'vitals-deck';
export const DECK_FORMAT_VERSION = 1;

const text = (max: number) =>
	v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));
const optionalText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const sharedDeckSchema = v.pipe(
	v.object({
		id: v.pipe(v.string(), v.regex(DECK_ID, 'expected 4-32 lowercase letters or digits')),
		title: text(200),
		description: optionalText(2000),
		author: optionalText(200),
		version: v.pipe(count, v.minValue(1)),
		// Stored as received, so held to the stored record's time range.
		createdAt: timeSchema,
		updatedAt: timeSchema,
		itemRefs: v.array(itemIdSchema),
		items: v.array(itemSchema),
		/** An instructor's assignment: who set it, the class key results are sealed to, the mode and due date. */
		assignment: v.optional(linkAssignmentSchema)
	}),
	v.check((d) => d.itemRefs.length + d.items.length > 0, 'the deck has no items'),
	v.check((d) => new Set(d.itemRefs).size === d.itemRefs.length, 'itemRefs: a bank item is listed twice'),
	v.check(
		(d) => d.items.every((i) => i.id.startsWith(`deck-${d.id}-`)),
		'items: ids of new items must start with deck-<deck id>-'
	),
	v.check((d) => new Set(d.items.map((i) => i.id)).size === d.items.length, 'items: two items share an id')
);

export const deckFileSchema = v.object({
	format: v.literal(DECK_FORMAT, 'this is not a Vitals deck file'),
	formatVersion: v.number(),
	deck: v.unknown()
});

function isRecord(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Checks a decoded deck object: size first (so a huge deck is refused before it is walked), then the schema. */
export function checkDeck(raw: unknown): DeckResult {
	if (!isRecord(raw)) return { ok: false, error: 'The deck is not an object.' };
	const refs = Array.isArray(raw.itemRefs) ? raw.itemRefs.length : 0;
	const items = Array.isArray(raw.items) ? raw.items.length : 0;
	if (refs + items > MAX_DECK_ITEMS)
		return {
			ok: false,
			error: `The deck has ${(refs + items).toLocaleString('en-US')} items; Vitals opens decks of up to ${MAX_DECK_ITEMS.toLocaleString('en-US')}.`
		};
	const parsed = v.safeParse(sharedDeckSchema, raw);
	if (!parsed.success) {
		const problems = describeIssues(parsed.issues, raw);
		const more = problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : '';
		return { ok: false, error: `The deck is not valid: ${problems.slice(0, 3).join('; ')}${more}.` };
	}
	return { ok: true, deck: parsed.output };
}

/** A deck file as exported and as served by a hosted link. */
export function toDeckFile(deck: SharedDeck): string {
	return JSON.stringify({ format: DECK_FORMAT, formatVersion: DECK_FORMAT_VERSION, deck }, null, '\t');
}

export function parseDeckFile(text: string): DeckResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'The file is not JSON, so it is not a Vitals deck.' };
	}
	const file = v.safeParse(deckFileSchema, json);
	if (!file.success)
		return { ok: false, error: 'This JSON is not a Vitals deck file (no "format": "vitals-deck").' };
	if (file.output.formatVersion !== DECK_FORMAT_VERSION)
		return {
			ok: false,
			error: `This deck uses format version ${String(file.output.formatVersion)}; this Vitals reads version ${DECK_FORMAT_VERSION}. Update Vitals and try again.`
		};
	return checkDeck(file.output.deck);
}
