/** Applies the theme setting to the page and mirrors it to localStorage for app.html's pre-paint script. */
import type { Settings } from '$lib/db';

export function applyTheme(theme: Settings['theme']): void {
	if (typeof document === 'undefined') return; // no page: unit tests of the settings
	const root = document.documentElement;
	if (theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = theme;
	try {
		localStorage.setItem('vitals-theme', theme);
	} catch {
		// Private mode may refuse storage; the theme still applies for this visit.
	}
}
