/** App-wide settings, loaded once and saved on change. */
// Not through the barrel ($lib/db): the layout loads settings on every screen, the home screen included.
import { appSettings, DEFAULT_SETTINGS, type Settings } from '$lib/db/app-settings';

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
		return this.#values;
	}

	async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
		await appSettings().save(key, value);
		this.#values = { ...this.#values, [key]: value };
	}

	reset(): void {
		this.#values = { ...DEFAULT_SETTINGS };
		this.#loaded = false;
	}
}

export const settings = new SettingsState();
