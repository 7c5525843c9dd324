/** The share sheet (Web Share API): hands a file to another app the student uses (mail, Drive, Files…). */

export interface TextFile {
	name: string;
	type: string;
	text: string;
}

/**
 * Whether this browser can share a file with this name and type. Browsers decide by name and type, not by
 * content (Chromium, for one, shares no `.json`), so an empty file of the same name and type answers for
 * the real one without building it.
 */
export function canShareFile(file: Pick<TextFile, 'name' | 'type'>): boolean {
	if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function') return false;
	try {
		return navigator.canShare({ files: [new File([], file.name, { type: file.type })] });
	} catch {
		return false;
	}
}

/** `cancelled`: the student closed the sheet, which is no error. */
export type ShareOutcome = 'shared' | 'cancelled';

/** Opens the share sheet with one file; rejects on any failure other than the student closing it. */
export async function shareFile(file: TextFile, title: string): Promise<ShareOutcome> {
	try {
		await navigator.share({ files: [new File([file.text], file.name, { type: file.type })], title });
		return 'shared';
	} catch (e) {
		if ((e as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
		throw e;
	}
}

/** Whether this browser has a share sheet for links (phones, mostly). */
export function canShareLink(): boolean {
	return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/** Opens the share sheet with a link and a line of text; rejects on any failure other than closing it. */
export async function shareLink(url: string, title: string, text: string): Promise<ShareOutcome> {
	try {
		await navigator.share({ url, title, text });
		return 'shared';
	} catch (e) {
		if ((e as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
		throw e;
	}
}
