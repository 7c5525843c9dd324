/**
 * The lazy half of a figure: loaded by a dynamic import where a strip or its features are shown, so the
 * generator, the catalogue, the paper and the calipers never load with pages that do not show one.
 */
import { mount, unmount } from 'svelte';
import type { RhythmId, StripRequest } from '$lib/domain/strip/types';
import StripFeatures from './StripFeatures.svelte';
import StripFigure from './StripFigure.svelte';

export function mountStrip(
	target: HTMLElement,
	props: { request: StripRequest; label: string; calipers: boolean }
): () => void {
	const app = mount(StripFigure, { target, props });
	return () => void unmount(app);
}

export function mountFeatures(target: HTMLElement, props: { rhythm: RhythmId }): () => void {
	const app = mount(StripFeatures, { target, props });
	return () => void unmount(app);
}
