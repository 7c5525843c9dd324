/** Telling a cut-short JSON file from one that is not JSON at all, once JSON.parse has refused it. */

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * True when the text reads as the beginning of a JSON object or array that stops before it is closed: it
 * starts with `{` or `[`, never closes more than it opened, and ends inside a string or with brackets still
 * open. A file that is whole but not JSON (another format, or JSON with garbage) is not "cut short".
 */
export function cutShort(text: string): boolean {
	const start = text.search(/\S/);
	if (start < 0) return false;
	const first = text.charCodeAt(start);
	if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) return false;
	let depth = 0;
	let inString = false;
	for (let i = start; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === BACKSLASH) i++;
			else if (c === QUOTE) inString = false;
		} else if (c === QUOTE) inString = true;
		else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
		else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
			depth--;
			// Closed everything, yet JSON.parse failed: the text goes on after a whole value, or is malformed.
			if (depth === 0) return false;
		}
	}
	return inString || depth > 0;
}
