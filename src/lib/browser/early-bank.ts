/**
 * The bank download app.html's inline script starts with the page (a study, quiz, exam or progress screen
 * names its bank in `?set=`), so the download and the JSON parse overlap the app's code loading instead of
 * waiting for it. The bank loader takes it once; anything unusual (another bank, a failed download, a deck)
 * leaves it to the loader's own fetch and its messages.
 */
interface EarlyBank {
	id: string;
	/** The parsed bank file, or null when the download or the parse failed. */
	body: Promise<unknown>;
}

const KEY = '__vitalsEarlyBank';

export function takeEarlyBank(id: string): Promise<unknown> | undefined {
	const holder = globalThis as { [KEY]?: EarlyBank };
	const early = holder[KEY];
	if (!early || early.id !== id) return undefined;
	delete holder[KEY];
	return early.body;
}
