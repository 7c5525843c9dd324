/**
 * Horizontal swipe for touch screens (a Svelte attachment): right and left call back after a clear,
 * mostly horizontal movement. Vertical scrolling is left alone (touch-action: pan-y).
 */
import type { Attachment } from 'svelte/attachments';

export interface SwipeHandlers {
	onright?: () => void;
	onleft?: () => void;
	/** Minimum horizontal travel in CSS pixels. */
	threshold?: number;
}

export function swipe({ onright, onleft, threshold = 60 }: SwipeHandlers): Attachment<HTMLElement> {
	return (node) => {
		let start: { x: number; y: number; id: number } | null = null;
		node.style.touchAction = 'pan-y';
		const down = (e: PointerEvent) => {
			if (e.pointerType === 'mouse') return;
			start = { x: e.clientX, y: e.clientY, id: e.pointerId };
		};
		const up = (e: PointerEvent) => {
			if (!start || e.pointerId !== start.id) return;
			const dx = e.clientX - start.x;
			const dy = e.clientY - start.y;
			start = null;
			if (Math.abs(dx) < threshold || Math.abs(dx) < Math.abs(dy) * 1.5) return;
			if (dx > 0) onright?.();
			else onleft?.();
		};
		const cancel = () => (start = null);
		node.addEventListener('pointerdown', down);
		node.addEventListener('pointerup', up);
		node.addEventListener('pointercancel', cancel);
		return () => {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', cancel);
		};
	};
}
