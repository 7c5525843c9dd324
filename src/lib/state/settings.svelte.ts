/** App-wide settings, loaded once and saved on change. */
import { DEFAULT_SETTINGS, repositories, type Settings } from '$lib/db';
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
		this.#values = await repositories().settings.load();
		this.#loaded = true;
		return this.#values;
	}

	async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
		await repositories().settings.save(key, value);
		this.#values = { ...this.#values, [key]: value };
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
