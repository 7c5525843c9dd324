/** The app's one database connection, opened on first use (never during prerender), and the events a screen
 * must show. Kept apart from the repository barrel (index.ts) so the app shell can open the database without
 * loading every repository and the schemas they carry. */
import { VitalsDatabase } from './database';

/** `versionchange`: another tab upgraded the database, so this one was closed; `blocked`: this tab's upgrade
 * waits for another tab to close. Either way the student has to act, so the layout shows a message. */
export type DatabaseEvent = 'versionchange' | 'blocked';
const listeners = new Set<(e: DatabaseEvent) => void>();
export function onDatabaseEvent(listener: (e: DatabaseEvent) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

let instance: VitalsDatabase | undefined;
export function database(): VitalsDatabase {
	if (!instance) {
		instance = new VitalsDatabase();
		// Dexie's default still runs (it closes this connection so the other tab's upgrade can proceed).
		instance.on('versionchange', () => listeners.forEach((l) => l('versionchange')));
		instance.on('blocked', () => listeners.forEach((l) => l('blocked')));
	}
	return instance;
}
