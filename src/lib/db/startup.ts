/**
 * The repositories the first screen reads: the database itself (the home screen's counts) and the decks (its
 * deck list). Everything else is in the barrel (`$lib/db`), which the screens that need it load: the home
 * screen importing the barrel would carry every repository, the backup and bank schemas, and valibot.
 */
import { database } from './connection';
import { createDeckRepo } from './deck-repo';

function open() {
	const db = database();
	return { db, decks: createDeckRepo(db) };
}
let instance: ReturnType<typeof open> | undefined;
export function startupRepositories(): ReturnType<typeof open> {
	instance ??= open();
	return instance;
}

export { onDatabaseEvent, type DatabaseEvent } from './connection';
export type { AddOutcome } from './deck-repo';
