/** The one data-access module: the app's database instance and its repositories. The app shell and the home
 * screen read through startup.ts and app-settings.ts instead, over the same connection, to load less. */
import { appSettings } from './app-settings';
import { createBackupRepo } from './backup-repo';
import { database } from './connection';
import type { VitalsDatabase } from './database';
import { createAttemptRepo } from './attempt-repo';
import { createClassRepo } from './class-repo';
import { createDeckRepo } from './deck-repo';
import { createExamHistoryRepo } from './exam-history-repo';
import { createProgressRepo } from './progress-repo';
import { createSettingsRepo } from './settings-repo';
import { createStatsRepo } from './stats-repo';
import { startupRepositories } from './startup';

export function openRepositories(db: VitalsDatabase) {
	return {
		db,
		progress: createProgressRepo(db),
		settings: createSettingsRepo(db),
		attempts: createAttemptRepo(db),
		stats: createStatsRepo(db),
		backup: createBackupRepo(db),
		decks: createDeckRepo(db),
		classes: createClassRepo(db),
		examHistory: createExamHistoryRepo(db)
	};
}
export type Repositories = ReturnType<typeof openRepositories>;

let instance: Repositories | undefined;
/** The app's repositories over the one connection, opened on first use (never during prerender). The decks
 * and settings are the app shell's own objects, so every caller shares one of each. */
export function repositories(): Repositories {
	instance ??= {
		...openRepositories(database()),
		decks: startupRepositories().decks,
		settings: appSettings()
	};
	return instance;
}

export { VitalsDatabase, DB_NAME } from './database';
export { onDatabaseEvent, type DatabaseEvent } from './connection';
export { DEFAULT_SETTINGS, type Settings } from './settings-repo';
export type { RestoreMode } from './backup-repo';
export type { ExamStats } from './stats-repo';
export { requestPersistence, storageStatus, writeErrorMessage, type StorageStatus } from './storage';
export type { AddOutcome } from './deck-repo';
