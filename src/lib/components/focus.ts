/**
 * Moves keyboard focus to an element when it appears (a Svelte attachment), so the next card or question
 * is where a keyboard or screen-reader user already is, instead of focus falling back to the page.
 */
import type { Attachment } from 'svelte/attachments';

export const focusOnMount: Attachment<HTMLElement> = (node) => {
	node.focus({ preventScroll: true });
};
