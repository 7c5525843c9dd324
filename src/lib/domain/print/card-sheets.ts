/**
 * Flashcard cut-sheets for double-sided printing. Each sheet is a page of fronts followed by a page of their
 * backs. Flipped on the long edge, a sheet's left column lands behind its right one, so each row of backs is
 * printed mirrored: the back of the card at row r, column c sits at row r, column (columns − 1 − c).
 */
export interface SheetLayout {
	columns: number;
	rows: number;
}

/** Two by four: 8 cards of about 9 × 6 cm fit inside the margins of both A4 and Letter. */
export const CARD_SHEET: SheetLayout = { columns: 2, rows: 4 };

export interface CardSheet<T> {
	/** Grid cells in reading order; null where the last sheet has no card. */
	fronts: (T | null)[];
	backs: (T | null)[];
}

export function cardSheets<T>(cards: readonly T[], layout: SheetLayout = CARD_SHEET): CardSheet<T>[] {
	const perSheet = layout.columns * layout.rows;
	const sheets: CardSheet<T>[] = [];
	for (let start = 0; start < cards.length; start += perSheet) {
		const fronts = Array.from({ length: perSheet }, (_, k) => cards[start + k] ?? null);
		const backs = fronts.map((_, cell) => {
			const row = Math.floor(cell / layout.columns);
			const column = cell % layout.columns;
			return fronts[row * layout.columns + (layout.columns - 1 - column)]!;
		});
		sheets.push({ fronts, backs });
	}
	return sheets;
}
