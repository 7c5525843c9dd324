/**
 * Which item a flashcard session shows next: due items first (most overdue first), then new items up to the
 * day's limit, then learning steps due within a short look-ahead rather than ending the session early.
 */
import type { Memory } from './scheduling';

export interface QueueInput {
	/** Item ids in bank order. */
	itemIds: readonly string[];
	memories: ReadonlyMap<string, Memory>;
	now: number;
	/** New items still allowed today (daily limit minus new items already started today). */
	newRemaining: number;
	/** Items to leave out, e.g. the one just graded. */
	skip?: ReadonlySet<string>;
}

export interface QueueCounts {
	due: number;
	learning: number;
	new: number;
}

/** Like Anki's learn-ahead: a learning step due in the next few minutes is shown now rather than waiting. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function countQueue({ itemIds, memories, now, newRemaining }: QueueInput): QueueCounts {
	let due = 0;
	let learning = 0;
	let fresh = 0;
	for (const id of itemIds) {
		const m = memories.get(id);
		if (!m || m.state === 'new') fresh++;
		else if (m.state === 'learning' || m.state === 'relearning') {
			if (m.due <= now + LEARN_AHEAD_MS) learning++;
		} else if (m.due <= now) due++;
	}
	return { due, learning, new: Math.min(fresh, Math.max(0, newRemaining)) };
}

export function nextItem({ itemIds, memories, now, newRemaining, skip }: QueueInput): string | null {
	let due: string | null = null;
	let dueAt = Infinity;
	let ahead: string | null = null;
	let aheadAt = Infinity;
	for (const id of itemIds) {
		if (skip?.has(id)) continue;
		const m = memories.get(id);
		if (!m || m.state === 'new') continue;
		if (m.due <= now && m.due < dueAt) {
			due = id;
			dueAt = m.due;
		} else if (m.state !== 'review' && m.due <= now + LEARN_AHEAD_MS && m.due < aheadAt) {
			ahead = id;
			aheadAt = m.due;
		}
	}
	if (due) return due;
	if (newRemaining > 0) {
		for (const id of itemIds) {
			if (skip?.has(id)) continue;
			const m = memories.get(id);
			if (!m || m.state === 'new') return id;
		}
	}
	// Nothing due and no new items left: a learning step due soon is shown now rather than ending the session.
	if (ahead) return ahead;
	// Only the skipped item is left: show it again rather than stopping.
	if (skip) return nextItem({ itemIds, memories, now, newRemaining });
	return null;
}

/** When the next item falls due, for "nothing due: next card in 3h". Null when nothing has been studied. */
export function nextDueAt(itemIds: readonly string[], memories: ReadonlyMap<string, Memory>): number | null {
	let earliest: number | null = null;
	for (const id of itemIds) {
		const m = memories.get(id);
		if (m && m.state !== 'new' && (earliest === null || m.due < earliest)) earliest = m.due;
	}
	return earliest;
}
