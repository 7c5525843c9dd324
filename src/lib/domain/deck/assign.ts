/**
 * Assigning a deck to a class: from what the instructor typed to the two shapes one assignment takes —
 * what the deck link carries to students and what the class row keeps. Time and randomness come in.
 */
import * as v from 'valibot';
import {
	classAssignmentSchema,
	linkAssignmentSchema,
	MAX_ASSIGNMENT_TITLE,
	MAX_TIME_LIMIT_MIN,
	type AssignmentMode,
	type ClassAssignment,
	type LinkAssignment
} from '../class/assignment';
import type { ClassRow } from '../records/class';
import { TIME_MAX } from '../records/fields';
import { toBase64Url } from './base64url';

export interface AssignInput {
	title: string;
	mode: AssignmentMode;
	/** Minutes, as typed; read only for a timed test. */
	timeLimitMin: number | null;
	/** The due time the instructor picked (already read in their time zone), or null for none. */
	dueAt: number | null;
}

export type Assigned =
	{ ok: true; link: LinkAssignment; row: ClassAssignment } | { ok: false; error: string };

/**
 * `itemIds` are the deck's multiple-choice items in deck order: what a student's attempt asks, and what
 * the class view scores results against.
 */
export function assignDeck(
	input: AssignInput,
	klass: Pick<ClassRow, 'id' | 'name' | 'publicKey'>,
	deck: { id: string; itemIds: readonly string[] },
	now: number,
	randomBytes: (n: number) => Uint8Array
): Assigned {
	const title = input.title.trim();
	if (title === '') return { ok: false, error: 'Give the assignment a title.' };
	if (title.length > MAX_ASSIGNMENT_TITLE)
		return {
			ok: false,
			error: `The title is ${title.length} characters long; ${MAX_ASSIGNMENT_TITLE} is the most.`
		};
	if (deck.itemIds.length === 0)
		return {
			ok: false,
			error: 'This deck has no multiple-choice questions, so there is nothing to assign and score.'
		};
	const limit = input.mode === 'timed' ? input.timeLimitMin : null;
	if (
		input.mode === 'timed' &&
		!(limit !== null && Number.isInteger(limit) && limit >= 1 && limit <= MAX_TIME_LIMIT_MIN)
	)
		return { ok: false, error: `Give a time limit of 1 to ${MAX_TIME_LIMIT_MIN} whole minutes.` };
	if (input.dueAt !== null && input.dueAt <= now)
		return { ok: false, error: 'The due date is in the past; pick a later one or leave it empty.' };
	if (input.dueAt !== null && !(Number.isInteger(input.dueAt) && input.dueAt < TIME_MAX))
		return { ok: false, error: 'Pick a due date before the year 2200, or leave it empty.' };
	const fields = {
		// 12 random bytes: assignment ids never collide across an instructor's classes.
		id: toBase64Url(randomBytes(12)),
		title,
		mode: input.mode,
		...(input.dueAt !== null ? { dueAt: input.dueAt } : {}),
		...(limit !== null ? { timeLimitMin: limit } : {})
	};
	const link = v.safeParse(linkAssignmentSchema, {
		...fields,
		classId: klass.id,
		className: klass.name,
		publicKey: klass.publicKey
	});
	const row = v.safeParse(classAssignmentSchema, {
		...fields,
		createdAt: now,
		itemIds: [...deck.itemIds],
		deckId: deck.id
	});
	if (!link.success || !row.success)
		return { ok: false, error: 'This assignment cannot be made: the class or the deck is damaged.' };
	return { ok: true, link: link.output, row: row.output };
}

/** The deck's multiple-choice items in deck order (bank items, then its own): what an assignment asks. */
export function assignedItemIds(
	deck: { itemRefs: readonly string[]; items: readonly { id: string; kind: string }[] },
	known: ReadonlyMap<string, { kind: string }>
): string[] {
	return [
		...deck.itemRefs.filter((id) => known.get(id)?.kind === 'mcq'),
		...deck.items.filter((i) => i.kind === 'mcq').map((i) => i.id)
	];
}
