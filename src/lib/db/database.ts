/**
 * The IndexedDB database. Shipped versions are never edited: a change adds version(n + 1) with an upgrade,
 * and a test opens a database written by version n with realistic data (see migrations.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Grade, Memory } from '$lib/domain/scheduling';

/** Scheduling state of one item. Keyed by item id, which is globally unique and stable. */
export interface ProgressRow extends Memory {
	itemId: string;
	bankId: string;
}

/** One grading of a flashcard. `before` allows undo and lets FSRS be re-fit from history later. */
export interface ReviewRow {
	id?: number;
	itemId: string;
	bankId: string;
	grade: Grade;
	reviewedAt: number;
	before: Memory | null;
	after: Memory;
}

export interface SettingRow {
	key: string;
	value: unknown;
}

export const DB_NAME = 'vitals';

export class VitalsDatabase extends Dexie {
	progress!: EntityTable<ProgressRow, 'itemId'>;
	reviews!: EntityTable<ReviewRow, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;

	constructor(name = DB_NAME) {
		super(name);
		// v1 (foundation): flashcard progress, review log, settings.
		this.version(1).stores({
			progress: 'itemId, bankId, [bankId+due]',
			reviews: '++id, itemId, [bankId+reviewedAt], reviewedAt',
			settings: 'key'
		});
	}
}
