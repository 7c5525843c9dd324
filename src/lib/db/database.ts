/**
 * The IndexedDB database. Shipped versions are never edited: a change adds version(n + 1) with an upgrade,
 * and a test opens a database written by version n with realistic data (see migrations.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ActivityRow } from '$lib/domain/records/activity';
import type { AnswerRecord } from '$lib/domain/records/answer';
import type { AttemptRow } from '$lib/domain/records/attempt';
import type { ClassResultRow, ClassRow } from '$lib/domain/records/class';
import type { Deck } from '$lib/domain/records/deck';
import type { ItemStat } from '$lib/domain/records/item-stat';
import type { ProgressRow } from '$lib/domain/records/progress';
import type { ReviewRow } from '$lib/domain/records/review';
import type { SettingRow } from '$lib/domain/records/settings';
import { summarise } from '$lib/domain/progress/activity';

// Each stored record's type is inferred from its schema in domain/records/, which the backup also uses.
export type { AttemptRow, ProgressRow, ReviewRow };

export const DB_NAME = 'vitals';

/** Each version's store definitions, exported so migration tests can build the database as it shipped. */
export const SCHEMA = {
	1: {
		progress: 'itemId, bankId, [bankId+due]',
		reviews: '++id, itemId, [bankId+reviewedAt], reviewedAt',
		settings: 'key'
	},
	2: {
		// Quizzes and exam simulations: one row per attempt, one per answered item, and per-item history
		// ("missed", "flagged", recent accuracy) that shortcut quizzes read without scanning every answer.
		attempts: '++id, [bankId+startedAt], status',
		answers: '[attemptId+itemId], attemptId, [bankId+answeredAt]',
		itemStats: 'itemId, bankId'
	},
	3: {
		// Instructor decks, built here or imported from a link or file.
		decks: 'id, updatedAt'
	},
	4: {
		// Study activity per bank and quarter-hour, kept in the same transactions as reviews and answers:
		// streaks and the heatmap read a few thousand rows instead of a year of reviews.
		activity: '[bankId+quarter]'
	},
	// No new tables or indexes: the upgrade removes rows no version of the app writes (see repair-rows.ts).
	5: {},
	6: {
		// An instructor's classes (with their key pairs) and the results received for them.
		classes: 'id, createdAt',
		classResults: 'id, classId, [classId+assignmentId]'
	},
	// No new indexes: review rows gain `source` (v6 rows are flashcard grades), item history gains
	// `lastMcqDay` and exam attempts `predictedScore`, none of them queried by index.
	7: {}
} as const;

export class VitalsDatabase extends Dexie {
	progress!: EntityTable<ProgressRow, 'itemId'>;
	reviews!: EntityTable<ReviewRow, 'id'>;
	settings!: EntityTable<SettingRow, 'key'>;
	attempts!: EntityTable<AttemptRow, 'id'>;
	answers!: Dexie.Table<AnswerRecord, [number, string]>;
	itemStats!: EntityTable<ItemStat, 'itemId'>;
	decks!: EntityTable<Deck, 'id'>;
	activity!: Dexie.Table<ActivityRow, [string, number]>;
	classes!: EntityTable<ClassRow, 'id'>;
	classResults!: EntityTable<ClassResultRow, 'id'>;

	constructor(name = DB_NAME) {
		super(name);
		this.version(1).stores(SCHEMA[1]);
		// v2 adds tables only: nothing stored in v1 changes, so no upgrade function is needed.
		this.version(2).stores(SCHEMA[2]);
		this.version(3).stores(SCHEMA[3]);
		this.version(4)
			.stores(SCHEMA[4])
			.upgrade(async (tx) => {
				const events: { bankId: string; at: number }[] = [];
				await tx
					.table('reviews')
					.each((r: ReviewRow) => void events.push({ bankId: r.bankId, at: r.reviewedAt }));
				await tx
					.table('answers')
					.each((a: AnswerRecord) => void events.push({ bankId: a.bankId, at: a.answeredAt }));
				await tx.table('activity').bulkPut(summarise(events));
			});
		this.version(5)
			.stores(SCHEMA[5])
			.upgrade(async (tx) => {
				// Loaded for the upgrade only: the repair brings every record schema (and valibot), which the
				// first screen of every start would otherwise carry. Dexie.waitFor keeps the upgrade's
				// transaction open while the module loads (the service worker has it precached).
				const { repairStoredRows } = await Dexie.waitFor(import('./repair-rows'));
				await repairStoredRows(tx);
			});
		// v6 adds tables only: nothing stored in v5 changes.
		this.version(6).stores(SCHEMA[6]);
		this.version(7)
			.stores(SCHEMA[7])
			.upgrade(async (tx) => {
				// In bulk, not by cursor: a year of reviews is tens of thousands of rows.
				const reviews = tx.table('reviews');
				const rows = (await reviews.toArray()) as (Omit<ReviewRow, 'source'> & { source?: string })[];
				await reviews.bulkPut(
					rows.filter((r) => r.source === undefined).map((r) => ({ ...r, source: 'card' }))
				);
			});
	}
}
