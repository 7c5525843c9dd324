/**
 * Moves keyboard focus to an element when it appears (a Svelte attachment), so the next card or question
 * is where a keyboard or screen-reader user already is, instead of focus falling back to the page.
 */
import type { Attachment } from 'svelte/attachments';

export const focusOnMount: Attachment<HTMLElement> = (node) => {
	node.focus({ preventScroll: true });
};

/**
 * The same, a frame later: the element is drawn first and focus follows. Moving focus costs the browser a
 * millisecond or more on a phone; the next flashcard should not wait for it.
 */
export const focusNextFrame: Attachment<HTMLElement> = (node) => {
	const frame = requestAnimationFrame(() => node.focus({ preventScroll: true }));
	return () => cancelAnimationFrame(frame);
};
