/**
 * The settings repository over the app's connection. A module of its own, apart from startup.ts, because the
 * settings schema brings valibot and the first screen needs neither: the layout loads settings once idle.
 */
import { database } from './connection';
import { createSettingsRepo, type SettingsRepo } from './settings-repo';

let instance: SettingsRepo | undefined;
export function appSettings(): SettingsRepo {
	instance ??= createSettingsRepo(database());
	return instance;
}

export { DEFAULT_SETTINGS, type Settings } from './settings-repo';
