/**
 * Export and restore of every table. Restore runs in one read-write transaction over all tables: if any
 * write fails (a bad row, a full disk), IndexedDB rolls the whole restore back and nothing changes.
 */
import { BACKUP_APP, BACKUP_FORMAT, TABLES, type Backup, type BackupTables } from '$lib/domain/backup/schema';
import { mergePlan, planSize } from '$lib/domain/backup/merge';
import { rebuildActivity } from './activity-store';
import type { VitalsDatabase } from './database';

export type RestoreMode = 'merge' | 'replace';

function tablesOf(db: VitalsDatabase) {
	return TABLES.map((t) => db.table(t));
}

async function readAll(db: VitalsDatabase): Promise<BackupTables> {
	const entries = await Promise.all(TABLES.map(async (t) => [t, await db.table(t).toArray()] as const));
	return Object.fromEntries(entries) as unknown as BackupTables;
}

export function createBackupRepo(db: VitalsDatabase) {
	return {
		async exportAll(now: number): Promise<Backup> {
			const tables = await db.transaction('r', tablesOf(db), () => readAll(db));
			return { app: BACKUP_APP, format: BACKUP_FORMAT, schemaVersion: db.verno, exportedAt: now, tables };
		},

		/** Writes a parsed backup. Returns how many rows were written. */
		async restore(backup: Backup, mode: RestoreMode): Promise<number> {
			// The activity summary is derived, not backed up: it is rebuilt from what was restored.
			return db.transaction('rw', [...tablesOf(db), db.activity], async () => {
				if (mode === 'replace') {
					for (const t of TABLES) await db.table(t).clear();
					let n = 0;
					for (const t of TABLES) {
						await db.table(t).bulkAdd(backup.tables[t] as never[]);
						n += backup.tables[t].length;
					}
					await rebuildActivity(db);
					return n;
				}
				const plan = mergePlan(await readAll(db), backup.tables);
				await db.progress.bulkPut(plan.progress);
				await db.reviews.bulkAdd(plan.reviews);
				await db.settings.bulkPut(plan.settings);
				for (const { attempt, answers } of plan.attempts) {
					const attemptId = (await db.attempts.add(attempt)) as number;
					await db.answers.bulkPut(answers.map((a) => ({ ...a, attemptId })));
				}
				await db.itemStats.bulkPut(plan.itemStats);
				await db.decks.bulkPut(plan.decks);
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
					await db.answers
						.where('attemptId')
						.anyOf(attemptIds as number[])
						.delete();
					await db.answers.where('[bankId+answeredAt]').between(all[0], all[1]).delete();
					await db.attempts.bulkDelete(attemptIds as number[]);
					await db.itemStats.where('bankId').equals(bankId).delete();
					await db.activity.where('[bankId+quarter]').between(all[0], all[1]).delete();
				}
			);
		}
	};
}
export type BackupRepo = ReturnType<typeof createBackupRepo>;
