/** The one data-access module: the app's database instance and its repositories. */
import { createBackupRepo } from './backup-repo';
import { VitalsDatabase } from './database';
import { createAttemptRepo } from './attempt-repo';
import { createClassRepo } from './class-repo';
import { createDeckRepo } from './deck-repo';
import { createProgressRepo } from './progress-repo';
import { createSettingsRepo } from './settings-repo';
import { createStatsRepo } from './stats-repo';

export function openRepositories(db: VitalsDatabase) {
	return {
		db,
		progress: createProgressRepo(db),
		settings: createSettingsRepo(db),
		attempts: createAttemptRepo(db),
		stats: createStatsRepo(db),
		backup: createBackupRepo(db),
		decks: createDeckRepo(db),
		classes: createClassRepo(db)
	};
}
export type Repositories = ReturnType<typeof openRepositories>;

/** `versionchange`: another tab upgraded the database, so this one was closed; `blocked`: this tab's upgrade
 * waits for another tab to close. Either way the student has to act, so the layout shows a message. */
export type DatabaseEvent = 'versionchange' | 'blocked';
const listeners = new Set<(e: DatabaseEvent) => void>();
export function onDatabaseEvent(listener: (e: DatabaseEvent) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

let instance: Repositories | undefined;
/** The app's repositories, opened on first use (never during prerender). */
export function repositories(): Repositories {
	if (!instance) {
		const db = new VitalsDatabase();
		// Dexie's default still runs (it closes this connection so the other tab's upgrade can proceed).
		db.on('versionchange', () => listeners.forEach((l) => l('versionchange')));
		db.on('blocked', () => listeners.forEach((l) => l('blocked')));
		instance = openRepositories(db);
	}
	return instance;
}

export { VitalsDatabase, DB_NAME } from './database';
export { DEFAULT_SETTINGS, type Settings } from './settings-repo';
export type { RestoreMode } from './backup-repo';
export type { ExamStats } from './stats-repo';
export { requestPersistence, storageStatus, writeErrorMessage, type StorageStatus } from './storage';
export type { AddOutcome } from './deck-repo';
