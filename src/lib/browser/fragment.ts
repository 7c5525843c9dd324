/**
 * Takes a result link's token from the address (`#r=…`) and removes it, so a reload does not import it
 * again and the sealed text does not linger in the address bar or the history entry.
 */
export function takeResultFragment(): string | null {
	const hash = location.hash;
	if (!hash.startsWith('#r=')) return null;
	const url = new URL(location.href);
	url.hash = '';
	history.replaceState(history.state, '', url);
	return hash;
}
