/**
 * Decodes a paste (or one opened link) into the rows to store and the lines refused, each with its reason.
 * Decoding is tried against every class on the device. A result for an assignment the device's class row
 * does not list is kept (the instructor may have made it on another device, or before a restore) and
 * counted, so the summary can say it went under "Unknown assignment". Nothing is stored here.
 */
import type { ClassResultRow, ClassRow } from '../records/class';
import { countPastedLines, MAX_PASTED_LINES, splitPaste } from './paste-lines';
import { decodeResultLink } from './result-link';

export interface RefusedLine {
	line: number;
	preview: string;
	reason: string;
}

export interface DecodedBatch {
	rows: ClassResultRow[];
	refused: RefusedLine[];
	/** Rows whose assignment id no class row on this device lists. */
	unknownAssignment: number;
}

export type Progress = (done: number, total: number) => void;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1).replace(/\.$/, '');

export async function decodeBatch(
	text: string,
	classes: readonly ClassRow[],
	subtle: SubtleCrypto,
	receivedAt: number,
	onProgress: Progress = () => {}
): Promise<DecodedBatch> {
	const count = countPastedLines(text);
	if (count > MAX_PASTED_LINES)
		return {
			rows: [],
			unknownAssignment: 0,
			refused: [
				{
					line: 1,
					preview: `${count} lines`,
					reason: `${count} lines is more than one paste can take (${MAX_PASTED_LINES}); paste them in parts`
				}
			]
		};
	const keys = new Map(classes.map((c) => [c.id, c.privateKey]));
	const assignments = new Map(classes.map((c) => [c.id, new Set((c.assignments ?? []).map((a) => a.id))]));
	const lines = splitPaste(text);
	const rows: ClassResultRow[] = [];
	const refused: RefusedLine[] = [];
	let unknownAssignment = 0;
	for (const [i, l] of lines.entries()) {
		if ('refused' in l) refused.push({ line: l.line, preview: l.preview, reason: l.refused });
		else {
			const decoded = await decodeResultLink(l.token, keys, subtle);
			if (!decoded.ok) refused.push({ line: l.line, preview: l.preview, reason: lowerFirst(decoded.error) });
			else {
				const r = decoded.result;
				if (!assignments.get(r.classId)?.has(r.assignmentId)) unknownAssignment++;
				rows.push({ id: r.id, classId: r.classId, assignmentId: r.assignmentId, result: r, receivedAt });
			}
		}
		onProgress(i + 1, lines.length);
	}
	return { rows, refused, unknownAssignment };
}
