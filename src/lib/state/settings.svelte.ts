/** App-wide settings, loaded once and saved on change. The theme follows them onto the page. */
// Not through the barrel ($lib/db): the layout loads settings on every screen, the home screen included.
import { appSettings, DEFAULT_SETTINGS, type Settings } from '$lib/db/app-settings';
import { applyTheme } from '$lib/browser/theme';
import { noticeOf, type Notice } from './notice';

class SettingsState {
	#values = $state<Settings>({ ...DEFAULT_SETTINGS });
	#loaded = $state(false);

	get values(): Settings {
		return this.#values;
	}
	get loaded(): boolean {
		return this.#loaded;
	}

	async load(): Promise<Settings> {
		this.#values = await appSettings().load();
		this.#loaded = true;
		// Only the stored theme is applied: until it is read, the page keeps the one app.html applied from
		// localStorage (applying the default meanwhile flashed the wrong theme).
		applyTheme(this.#values.theme);
		return this.#values;
	}

	async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
		await appSettings().save(key, value);
		this.#values = { ...this.#values, [key]: value };
		if (key === 'theme') applyTheme(this.#values.theme);
	}

	/** `set` for a screen: resolves to "Saved." or to why it was not (never rejects). */
	save<K extends keyof Settings>(key: K, value: Settings[K]): Promise<Notice> {
		return noticeOf(() => this.set(key, value), 'Saved.');
	}

	reset(): void {
		this.#values = { ...DEFAULT_SETTINGS };
		this.#loaded = false;
	}
}

export const settings = new SettingsState();
