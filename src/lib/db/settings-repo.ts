/** Typed settings over a key/value table; unknown or malformed stored values fall back to defaults. */
import { readSettings, settingRow, type Settings } from '$lib/domain/records/settings';
import type { VitalsDatabase } from './database';

export { DEFAULT_SETTINGS, type Settings } from '$lib/domain/records/settings';

export function createSettingsRepo(db: VitalsDatabase) {
	return {
		async load(): Promise<Settings> {
			return readSettings(await db.settings.toArray());
		},
		async save<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
			const row = settingRow(key, value);
			await db.transaction('rw', db.settings, () => db.settings.put(row));
		}
	};
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
