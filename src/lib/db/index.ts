/** The one data-access module: the app's database instance and its repositories. */
import { VitalsDatabase } from './database';
import { createDeckRepo } from './deck-repo';
import { createProgressRepo } from './progress-repo';
import { createSettingsRepo } from './settings-repo';

export function openRepositories(db: VitalsDatabase) {
	return {
		db,
		progress: createProgressRepo(db),
		settings: createSettingsRepo(db),
		decks: createDeckRepo(db)
	};
}
export type Repositories = ReturnType<typeof openRepositories>;

let instance: Repositories | undefined;
/** The app's repositories, opened on first use (never during prerender). */
export function repositories(): Repositories {
	instance ??= openRepositories(new VitalsDatabase());
	return instance;
}

export { VitalsDatabase, DB_NAME } from './database';
export { DEFAULT_SETTINGS, type Settings } from './settings-repo';
export type { AddOutcome } from './deck-repo';
