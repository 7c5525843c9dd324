/** Opens the browser's print dialog (where "Save as PDF" lives too). */
export function openPrintDialog(): void {
	window.print();
}
