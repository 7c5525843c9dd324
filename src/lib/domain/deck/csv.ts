/**
 * Spreadsheet rows ⇄ deck items. Pasted or imported CSV/TSV rows are `front,back` (a card) or
 * `stem,A,B,C,D,answer,rationale` (an MCQ); each row is read on its own, so one bad row names itself and
 * leaves the rest usable. Export writes the same rows, and Anki's tab-separated text.
 */
import * as v from 'valibot';
import { cardSchema, describeIssues, mcqSchema, type Item } from '../bank/schema';

/** RFC 4180 fields: quotes around a field allow the delimiter, newlines and doubled quotes inside it. */
export function parseDelimited(text: string, delimiter: ',' | '\t'): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const src = text.replace(/^\uFEFF/, '');
	while (i < src.length) {
		const ch = src[i]!;
		if (quoted) {
			if (ch === '"' && src[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else field += ch;
			i++;
			continue;
		}
		if (ch === '"' && field === '') quoted = true;
		else if (ch === delimiter) {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
		i++;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

/** Tab-separated when the first content line has a tab (spreadsheets copy as TSV), else comma-separated. */
export function detectDelimiter(text: string): ',' | '\t' {
	const first = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
	return first.includes('\t') ? '\t' : ',';
}

export type RowResult =
	{ line: number; ok: true; item: Item } | { line: number; ok: false; error: string; cells: string[] };

const HEADER = /^(front|stem|question)$/i;
const ANKI_HEADER = /^#[a-z ]+:/i;
const ANSWER: Record<string, number> = { a: 0, b: 1, c: 2, d: 3, '1': 0, '2': 1, '3': 2, '4': 3 };

/** Checks one item written in the builder's form, with the bank schema. */
export function checkItem(candidate: Item): { item: Item } | { error: string } {
	const schema = candidate.kind === 'card' ? cardSchema : mcqSchema;
	const parsed = v.safeParse(schema, candidate);
	if (!parsed.success)
		return { error: describeIssues(parsed.issues, candidate).join('; ').replaceAll(`${candidate.id}: `, '') };
	return { item: parsed.output };
}

function readRow(cells: string[], id: string): { item: Item } | { error: string } {
	const trimmed = cells.map((c) => c.trim());
	let candidate: unknown;
	let schema: typeof cardSchema | typeof mcqSchema;
	if (trimmed.length === 2) {
		candidate = { id, kind: 'card', front: trimmed[0], back: trimmed[1] };
		schema = cardSchema;
	} else if (trimmed.length === 7) {
		const answer = ANSWER[trimmed[5]!.toLowerCase()];
		if (answer === undefined) return { error: `answer: expected A, B, C or D, got "${trimmed[5]}"` };
		candidate = {
			id,
			kind: 'mcq',
			stem: trimmed[0],
			choices: trimmed.slice(1, 5),
			answer,
			rationale: trimmed[6]
		};
		schema = mcqSchema;
	} else {
		return {
			error: `expected 2 columns (front, back) or 7 (stem, A, B, C, D, answer, rationale), got ${trimmed.length}`
		};
	}
	const parsed = v.safeParse(schema, candidate);
	if (!parsed.success) return { error: describeIssues(parsed.issues, candidate).join('; ') };
	return { item: parsed.output };
}

/**
 * Reads pasted text into items numbered from `firstNumber` (ids `deck-<deckId>-NNNN`). Blank lines, a
 * header row and Anki's `#key:value` header lines are skipped.
 */
export function readRows(text: string, deckId: string, firstNumber: number): RowResult[] {
	// Anki's file headers (`#separator:tab`) come first and are never quoted; a quoted "#…" is content.
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	let skipped = 0;
	while (skipped < lines.length && ANKI_HEADER.test(lines[skipped]!)) skipped++;
	const html = lines.slice(0, skipped).some((l) => /^#html:true$/i.test(l.trim()));
	const body = lines.slice(skipped).join('\n');
	const rows = parseDelimited(body, detectDelimiter(body)).map((cells) =>
		html ? cells.map(htmlToText) : cells
	);
	const results: RowResult[] = [];
	let n = firstNumber;
	rows.forEach((cells, index) => {
		const line = index + 1 + skipped;
		if (cells.every((c) => c.trim() === '')) return;
		if (index === 0 && HEADER.test(cells[0]!.trim())) return;
		const id = `deck-${deckId}-${String(n).padStart(4, '0')}`;
		const read = readRow(cells, id);
		if ('item' in read) {
			results.push({ line, ok: true, item: read.item });
			n++;
		} else results.push({ line, ok: false, error: read.error.replace(`${id}: `, ''), cells });
	});
	return results;
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['#39', "'"],
	['nbsp', ' ']
]);

/** A field of an HTML Anki file as plain text: figures dropped (a deck's own items carry none), <br> as a line
 * break, other tags removed, entities decoded. */
function htmlToText(field: string): string {
	return field
		.replace(/<svg\b[\s\S]*?<\/svg>/gi, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES.get(name)!);
}

function quoteCsv(field: string): string {
	return /[",\r\n]/.test(field) || field.startsWith('#') ? `"${field.replace(/"/g, '""')}"` : field;
}
function quoteTsv(field: string): string {
	return /[\t"\r\n]/.test(field) || field.startsWith('#') ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Rows as pasted: `front,back` for cards, `stem,A,B,C,D,answer,rationale` for MCQs. */
export function itemsToCsv(items: readonly Item[]): string {
	return items
		.map((i) =>
			(i.kind === 'card' ? [i.front, i.back] : [i.stem, ...i.choices, 'ABCD'[i.answer]!, i.rationale])
				.map(quoteCsv)
				.join(',')
		)
		.join('\r\n');
}

const htmlField = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\n', '<br>');

/**
 * Anki's "Notes in Plain Text" import: a header naming the separator, then one `front<TAB>back` note a line.
 * `figures` (item id → one line of HTML, see figure-markup.ts) go under the front; with any, the file is HTML
 * (`#html:true`, Anki's "Allow HTML in fields"), so the text is escaped and line breaks become <br>.
 */
export function itemsToAnkiTsv(
	items: readonly Item[],
	figures: ReadonlyMap<string, string> = new Map()
): string {
	const html = items.some((i) => figures.has(i.id));
	const field = (text: string) => (html ? htmlField(text) : text);
	const rows = items.map((i) => {
		const [front, back] =
			i.kind === 'card'
				? [i.front, i.back]
				: [
						`${i.stem}\n${i.choices.map((c, k) => `${'ABCD'[k]}. ${c}`).join('\n')}`,
						`${'ABCD'[i.answer]}. ${i.choices[i.answer]}\n${i.rationale}`
					];
		const figure = figures.get(i.id);
		const shownFront = figure ? `${field(front)}<br>${figure}` : field(front);
		return `${quoteTsv(shownFront)}\t${quoteTsv(field(back))}`;
	});
	return ['#separator:tab', `#html:${html}`, '#columns:Front\tBack', ...rows].join('\n') + '\n';
}
