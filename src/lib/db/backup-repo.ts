/**
 * Export and restore of every table. Restore runs in one read-write transaction over all tables: if any
 * write fails (a bad row, a full disk), IndexedDB rolls the whole restore back and nothing changes.
 */
import {
	BACKUP_APP,
	BACKUP_FORMAT,
	backupTables,
	TABLES,
	type Backup,
	type BackupTables
} from '$lib/domain/backup/schema';
import { mergePlan, planSize } from '$lib/domain/backup/merge';
import { rebuildActivity } from './activity-store';
import type { VitalsDatabase } from './database';

export type RestoreMode = 'merge' | 'replace';

function tablesOf(db: VitalsDatabase) {
	return TABLES.map((t) => db.table(t));
}

/** Every backed-up table, typed by the same schemas the backup is checked with, so nothing is cast. */
async function readAll(db: VitalsDatabase): Promise<BackupTables> {
	const [progress, reviews, settings, attempts, answers, itemStats, decks, classes, classResults] =
		await Promise.all([
			db.progress.toArray(),
			db.reviews.toArray(),
			db.settings.toArray(),
			db.attempts.toArray(),
			db.answers.toArray(),
			db.itemStats.toArray(),
			db.decks.toArray(),
			db.classes.toArray(),
			db.classResults.toArray()
		]);
	return { progress, reviews, settings, attempts, answers, itemStats, decks, classes, classResults };
}

async function addAll(db: VitalsDatabase, t: BackupTables): Promise<number> {
	await db.progress.bulkAdd(t.progress);
	await db.reviews.bulkAdd(t.reviews);
	await db.settings.bulkAdd(t.settings);
	await db.attempts.bulkAdd(t.attempts);
	await db.answers.bulkAdd(t.answers);
	await db.itemStats.bulkAdd(t.itemStats);
	await db.decks.bulkAdd(t.decks);
	await db.classes.bulkAdd(t.classes);
	await db.classResults.bulkAdd(t.classResults);
	return TABLES.reduce((n, name) => n + t[name].length, 0);
}

export function createBackupRepo(db: VitalsDatabase) {
	return {
		async exportAll(now: number): Promise<Backup> {
			const tables = backupTables(await db.transaction('r', tablesOf(db), () => readAll(db)));
			return { app: BACKUP_APP, format: BACKUP_FORMAT, schemaVersion: db.verno, exportedAt: now, tables };
		},

		/** Writes a parsed backup. Returns how many rows were written. */
		async restore(backup: Backup, mode: RestoreMode): Promise<number> {
			// The activity summary is derived, not backed up: it is rebuilt from what was restored.
			return db.transaction('rw', [...tablesOf(db), db.activity], async () => {
				if (mode === 'replace') {
					for (const t of TABLES) await db.table(t).clear();
					const n = await addAll(db, backup.tables);
					await rebuildActivity(db);
					return n;
				}
				const plan = mergePlan(await readAll(db), backup.tables);
				await db.progress.bulkPut(plan.progress);
				await db.reviews.bulkAdd(plan.reviews);
				await db.settings.bulkPut(plan.settings);
				for (const { attempt, answers } of plan.attempts) {
					const attemptId = await db.attempts.add(attempt);
					await db.answers.bulkPut(answers.map((a) => ({ ...a, attemptId })));
				}
				await db.itemStats.bulkPut(plan.itemStats);
				await db.decks.bulkPut(plan.decks);
				await db.classes.bulkAdd(plan.classes);
				await db.classResults.bulkAdd(plan.classResults);
				await rebuildActivity(db);
				return planSize(plan);
			});
		},

		/** Deletes everything studied and answered for one exam: cards, log, attempts, item history. */
		async resetBank(bankId: string): Promise<void> {
			const all: [string, number][] = [
				[bankId, -Infinity],
				[bankId, Infinity]
			];
			await db.transaction(
				'rw',
				[db.progress, db.reviews, db.attempts, db.answers, db.itemStats, db.activity],
				async () => {
					await db.progress.where('bankId').equals(bankId).delete();
					await db.reviews.where('[bankId+reviewedAt]').between(all[0], all[1]).delete();
					const attemptIds = await db.attempts
						.where('[bankId+startedAt]')
						.between(all[0], all[1])
						.primaryKeys();
					await db.answers.where('attemptId').anyOf(attemptIds).delete();
					await db.answers.where('[bankId+answeredAt]').between(all[0], all[1]).delete();
					await db.attempts.bulkDelete(attemptIds);
					await db.itemStats.where('bankId').equals(bankId).delete();
					await db.activity.where('[bankId+quarter]').between(all[0], all[1]).delete();
				}
			);
		}
	};
}
export type BackupRepo = ReturnType<typeof createBackupRepo>;
