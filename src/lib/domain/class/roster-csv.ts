/**
 * The roster as CSV for a gradebook: RFC 4180 (CRLF rows; a field with a comma, quote or line break is
 * quoted, quotes doubled). Names are typed by students, so a text field a spreadsheet would run as a
 * formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe: shown, not run.
 */
import type { RosterRow } from './roster';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvText(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const percent = (share: number) => (Math.round(share * 1000) / 10).toFixed(1);
const minutes = (ms: number) => (Math.round(ms / 6000) / 10).toFixed(1);

export const ROSTER_CSV_HEADER = [
	'Student',
	'Attempts',
	'Latest score %',
	'Latest correct',
	'Items scored',
	'Best score %',
	'Time taken (min)',
	'Submitted at',
	'Late'
];

/** `formatTime` renders a submission time (the caller picks the time zone and format). */
export function rosterCsv(rows: readonly RosterRow[], formatTime: (ms: number) => string): string {
	const lines = [ROSTER_CSV_HEADER.map(csvText).join(',')];
	for (const r of rows) {
		const l = r.latest;
		lines.push(
			[
				csvText(r.student),
				String(r.attempts),
				percent(l.score),
				String(l.correct),
				String(l.scored),
				percent(r.best.score),
				minutes(l.result.timeMs),
				csvText(formatTime(l.result.submittedAt)),
				l.late ? 'yes' : 'no'
			].join(',')
		);
	}
	return lines.join('\r\n') + '\r\n';
}
