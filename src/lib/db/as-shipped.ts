/** The database as an earlier version shipped it, for tests that write data the way an older build did. */
import Dexie from 'dexie';
import { SCHEMA } from './database';

export type ShippedVersion = keyof typeof SCHEMA;

/** A Dexie instance declaring versions 1..`version` only (no upgrades: the data is written by the test). */
export function openAsShipped(name: string, version: ShippedVersion): Dexie {
	const db = new Dexie(name);
	for (let v = 1; v <= version; v++) db.version(v).stores(SCHEMA[v as ShippedVersion]);
	return db;
}
