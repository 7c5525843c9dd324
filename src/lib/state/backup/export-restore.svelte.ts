/** Backup screen state: export to a file, and restore from one after a preview, in merge or replace mode. */
import { repositories, writeErrorMessage, type RestoreMode } from '$lib/db';
import { parseBackup, summarize, type Backup, type BackupSummary } from '$lib/domain/backup/schema';

export const BACKUP_FILE_TYPE = 'application/json';

/** `vitals-backup-YYYY-MM-DD.json`, with the day the backup is made. */
export function backupFileName(now: number): string {
	return `vitals-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export class BackupState {
	#pending = $state.raw<{ backup: Backup; summary: BackupSummary; fileName: string } | null>(null);
	#message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);
	#busy = $state(false);

	get pending() {
		return this.#pending;
	}
	get message() {
		return this.#message;
	}
	get busy() {
		return this.#busy;
	}

	/** The whole database as JSON text, and a file name with today's date. */
	async exportText(now: number): Promise<{ text: string; fileName: string }> {
		const backup = await repositories().backup.exportAll(now);
		return { text: JSON.stringify(backup), fileName: backupFileName(now) };
	}

	/** Reads a chosen file and shows what it holds; a bad file is refused here, before anything is written. */
	async open(file: File): Promise<void> {
		this.#pending = null;
		this.#message = null;
		const result = parseBackup(await file.text());
		if (!result.ok) {
			this.#message = { kind: 'error', text: result.error };
			return;
		}
		this.#pending = { backup: result.backup, summary: summarize(result.backup), fileName: file.name };
	}

	async restore(mode: RestoreMode): Promise<boolean> {
		const pending = this.#pending;
		if (!pending || this.#busy) return false;
		this.#busy = true;
		try {
			const written = await repositories().backup.restore(pending.backup, mode);
			this.#message = {
				kind: 'ok',
				text:
					mode === 'replace'
						? `Restored ${written} records from ${pending.fileName}.`
						: `Merged ${pending.fileName}: ${written} records added or updated.`
			};
			this.#pending = null;
			return true;
		} catch (e) {
			this.#message = {
				kind: 'error',
				text: `${writeErrorMessage(e, 'Restore failed')} Nothing was changed.`
			};
			return false;
		} finally {
			this.#busy = false;
		}
	}

	cancel(): void {
		this.#pending = null;
	}

	reset(): void {
		this.#pending = null;
		this.#message = null;
		this.#busy = false;
	}
}
