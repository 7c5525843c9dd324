/** A student's assigned deck: where their work on it stands, and starting it in the assigned mode. */
import { repositories } from '$lib/db';
import type { AttemptRow } from '$lib/db/database';
import { assignedItemIds } from '$lib/domain/deck/assign';
import { deckSetId } from '$lib/domain/deck/set-id';
import type { Deck } from '$lib/domain/deck/types';
import { startAssigned } from '../attempt/setup';
import { loadStudySet } from '../study-set';
import { loadCatalog } from './library';

export type AssignmentStage =
	| { stage: 'new' }
	| { stage: 'active'; attempt: AttemptRow }
	| { stage: 'finished'; attempt: AttemptRow; sentAt?: number };

export type AssignedDeck = Deck & { assignment: NonNullable<Deck['assignment']> };

/** The deck and its assignment's stage; an error names a deck that is gone or carries no assignment. */
export async function openAssignment(
	deckId: string
): Promise<{ deck: AssignedDeck; stage: AssignmentStage }> {
	const deck = await repositories().decks.get(deckId);
	if (!deck) throw new Error('That deck is not on this device. Open the link your instructor sent again.');
	if (!deck.assignment) throw new Error(`“${deck.title}” carries no assignment.`);
	return { deck: deck as AssignedDeck, stage: await stageOf(deck) };
}

async function stageOf(deck: Deck): Promise<AssignmentStage> {
	const work = deck.assignmentWork;
	if (!work || work.assignmentId !== deck.assignment?.id) return { stage: 'new' };
	const attempt = await repositories().attempts.get(work.attemptId);
	// The attempt was removed (a reset, a restore): the assignment starts over.
	if (!attempt || attempt.bankId !== deckSetId(deck.id)) return { stage: 'new' };
	if (attempt.status === 'active') return { stage: 'active', attempt };
	return { stage: 'finished', attempt, ...(work.sentAt !== undefined ? { sentAt: work.sentAt } : {}) };
}

/** Starts the assignment's attempt and records it on the deck; returns the attempt's id. */
export async function startAssignment(deck: AssignedDeck): Promise<number> {
	const [bank, catalog] = await Promise.all([loadStudySet(deckSetId(deck.id)), loadCatalog()]);
	const itemIds = assignedItemIds(deck, catalog.items);
	const id = await startAssigned(bank, deck.assignment, itemIds);
	await repositories().decks.startAssignment(deck.id, deck.assignment.id, id);
	return id;
}

/** The assignment whose attempt this is, if the attempt answers its deck's assignment. */
export async function assignmentOfAttempt(attempt: AttemptRow): Promise<AssignedDeck | null> {
	const prefix = deckSetId('');
	if (!attempt.bankId.startsWith(prefix)) return null;
	const deck = await repositories().decks.get(attempt.bankId.slice(prefix.length));
	const work = deck?.assignmentWork;
	if (!deck?.assignment || !work || work.assignmentId !== deck.assignment.id || work.attemptId !== attempt.id)
		return null;
	return deck as AssignedDeck;
}
