/** Copies text to the clipboard; rejects where the browser refuses (no permission, insecure origin). */
export function copyText(text: string): Promise<void> {
	return navigator.clipboard.writeText(text);
}
