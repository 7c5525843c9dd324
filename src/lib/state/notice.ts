/** What a screen says after a write: `ok` goes in its status line, `error` in its alert. */
// Not through the barrel ($lib/db): screens on the first load (the home screen's decks) report writes too.
import { writeErrorMessage } from '$lib/db/storage';

export interface Notice {
	kind: 'ok' | 'error';
	text: string;
}

/** Runs a write; resolves to `done` when it is stored, else to the write error as the student should read it
 * (the app's own out-of-storage message for a full disk). Never rejects. */
export async function noticeOf(
	write: () => Promise<unknown>,
	done: string,
	failedPrefix?: string
): Promise<Notice> {
	try {
		await write();
		return { kind: 'ok', text: done };
	} catch (e) {
		return { kind: 'error', text: writeErrorMessage(e, failedPrefix) };
	}
}
