/**
 * A Svelte attachment that loads the strip code on first use and mounts part of it into the node. An
 * attachment rather than an {#await} block: it costs the shared runtime nothing, so pages without strips
 * (the home page) stay as small as they were.
 */
import type { Attachment } from 'svelte/attachments';

type Lazy = typeof import('$lib/components/strip/mount-strip');

export function lazyStrip(
	mountWith: (module: Lazy, node: HTMLElement) => () => void,
	onerror: (message: string) => void
): Attachment<HTMLElement> {
	return (node) => {
		let unmount: (() => void) | null = null;
		let gone = false;
		import('$lib/components/strip/mount-strip')
			.then((module) => {
				if (!gone) unmount = mountWith(module, node);
			})
			.catch((e: unknown) => onerror((e as Error).message));
		return () => {
			gone = true;
			unmount?.();
		};
	};
}
