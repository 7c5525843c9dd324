/** Saves text as a file through a temporary link: the browser's download, no server involved. */
export function downloadText(file: { name: string; type: string; text: string }): void {
	const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
	const a = Object.assign(document.createElement('a'), { href: url, download: file.name });
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked later, not at once: a large backup may still be being written out.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
