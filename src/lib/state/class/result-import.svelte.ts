/**
 * Importing results on the instructor's device: a pasted block (many links, one per line) or the one
 * link the page was opened from. Decodes against every class here, then stores the batch in one
 * transaction; a refused line stores nothing and is named with its reason in the summary.
 */
import { repositories, writeErrorMessage } from '$lib/db';
import { decodeBatch, type RefusedLine } from '$lib/domain/class/import-batch';

export interface ImportSummary {
	added: number;
	alreadyHad: number;
	/** Of those stored, how many are for an assignment no class on this device lists. */
	unknownAssignment: number;
	refused: RefusedLine[];
	/** The classes the decoded results belong to, so the screen can open the one a single link was for. */
	classIds: string[];
}

export class ResultImport {
	#progress = $state.raw<{ done: number; total: number } | null>(null);
	#summary = $state.raw<ImportSummary | null>(null);
	#error = $state<string | null>(null);

	get progress() {
		return this.#progress;
	}
	get summary() {
		return this.#summary;
	}
	get error() {
		return this.#error;
	}
	get busy() {
		return this.#progress !== null;
	}

	/** Returns whether anything new was stored. */
	async importText(text: string, now: number): Promise<boolean> {
		if (this.busy) return false;
		this.#error = null;
		this.#summary = null;
		this.#progress = { done: 0, total: 0 };
		try {
			const classes = await repositories().classes.list();
			const batch = await decodeBatch(text, classes, crypto.subtle, now, (done, total) => {
				this.#progress = { done, total };
			});
			if (batch.rows.length === 0 && batch.refused.length === 0) {
				this.#error = 'Paste at least one result link.';
				return false;
			}
			let added = 0;
			try {
				added = batch.rows.length ? await repositories().classes.addResults(batch.rows) : 0;
			} catch (e) {
				this.#error = writeErrorMessage(e, 'These results were not saved');
				return false;
			}
			this.#summary = {
				added,
				alreadyHad: batch.rows.length - added,
				unknownAssignment: batch.unknownAssignment,
				refused: batch.refused,
				classIds: [...new Set(batch.rows.map((r) => r.classId))]
			};
			return added > 0;
		} finally {
			this.#progress = null;
		}
	}

	reset(): void {
		this.#progress = null;
		this.#summary = null;
		this.#error = null;
	}
}
