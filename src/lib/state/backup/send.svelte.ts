/**
 * Sending the backup to another app (mail, Drive, Files…) through the share sheet, where the browser can
 * share such a file. A downloaded file is easy to lose on a phone; one sent to the student's own mail or
 * drive is not.
 */
import { canShareFile, shareFile, type TextFile } from '$lib/browser/share';
import type { Notice } from '../notice';
import { BACKUP_FILE_TYPE, backupFileName, type BackupState } from './export-restore.svelte';

export const SEND_LABEL = 'Send the backup to another app';
const SHARE_TITLE = 'Vitals backup';

const reason = (e: unknown) => {
	const { message, name } = (e ?? {}) as { message?: unknown; name?: unknown };
	const text =
		(typeof message === 'string' && message) || (typeof name === 'string' && name) || 'unknown error';
	return text.replace(/\.$/, '');
};
const isNotAllowed = (e: unknown) => (e as { name?: unknown } | null)?.name === 'NotAllowedError';

export class BackupSender {
	#backup: BackupState;
	#available = $state(false);
	#busy = $state(false);
	#notice = $state<Notice | null>(null);
	/**
	 * Built, but the browser would not open the sheet: it does so only right after a tap, and building a
	 * large backup can outlast that. The next tap shares this file at once.
	 */
	#ready: TextFile | null = null;

	constructor(backup: BackupState) {
		this.#backup = backup;
	}

	/** False where the browser cannot share the file: then the screen offers only the download. */
	get available() {
		return this.#available;
	}
	get busy() {
		return this.#busy;
	}
	get notice() {
		return this.#notice;
	}

	/** Asks the browser, once the page is in it (never during prerender). */
	detect(now: number): void {
		this.#available = canShareFile({ name: backupFileName(now), type: BACKUP_FILE_TYPE });
	}

	async send(now: number): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		this.#notice = null;
		const ready = this.#ready;
		this.#ready = null;
		try {
			const file = ready ?? (await this.#build(now));
			if (!file) return;
			try {
				if ((await shareFile(file, SHARE_TITLE)) === 'shared')
					this.#notice = { kind: 'ok', text: 'Backup sent to the app you chose.' };
			} catch (e) {
				if (!ready && isNotAllowed(e)) {
					this.#ready = file;
					this.#notice = { kind: 'ok', text: `Your backup is ready: press “${SEND_LABEL}” again.` };
				} else {
					this.#notice = {
						kind: 'error',
						text: `The backup could not be sent: ${reason(e)}. Download it instead.`
					};
				}
			}
		} finally {
			this.#busy = false;
		}
	}

	async #build(now: number): Promise<TextFile | null> {
		try {
			const { text, fileName } = await this.#backup.exportText(now);
			return { name: fileName, type: BACKUP_FILE_TYPE, text };
		} catch (e) {
			this.#notice = { kind: 'error', text: `The backup could not be made: ${reason(e)}.` };
			return null;
		}
	}
}
