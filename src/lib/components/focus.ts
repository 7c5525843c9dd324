/**
 * Moves keyboard focus to an element when it appears (a Svelte attachment), so the next card or question
 * is where a keyboard or screen-reader user already is, instead of focus falling back to the page.
 */
import type { Attachment } from 'svelte/attachments';

export const focusOnMount: Attachment<HTMLElement> = (node) => {
	node.focus({ preventScroll: true });
};

/**
 * The same, once the element has been drawn: moving focus costs the browser a millisecond or more on a
 * phone, and the next flashcard should not wait for it (it is drawn in this frame, focus lands right after).
 */
export const focusAfterDrawn: Attachment<HTMLElement> = (node) => {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(() => node.focus({ preventScroll: true }));
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
};
