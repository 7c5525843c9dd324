// The roster CSV: RFC 4180 quoting, and student-typed text a spreadsheet would run as a formula is
// neutralised (shown as text). Expected lines are written out by hand.
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../deck/csv';
import type { ResultPayload } from './result-payload';
import { csvText, rosterCsv } from './roster-csv';
import type { RosterRow, ScoredAttempt } from './roster';

const attempt = (student: string, correct: number, late = false): ScoredAttempt => ({
	result: { student, submittedAt: Date.UTC(2026, 11, 1), timeMs: 754_000 } as ResultPayload,
	correct,
	scored: 3,
	score: correct / 3,
	late
});
const row = (student: string, latest: number, best: number): RosterRow => ({
	key: student,
	student,
	attempts: 2,
	latest: attempt(student, latest, true),
	best: attempt(student, best)
});

describe('roster CSV', () => {
	it('quotes commas, quotes and line breaks, and neutralises formulas', () => {
		expect(csvText('"a,b"')).toBe('"""a,b"""');
		expect(csvText('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		expect(csvText('+1')).toBe("'+1");
		expect(csvText('-2')).toBe("'-2");
		expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvText('\tTab')).toBe("'\tTab");
		expect(csvText('two\nlines')).toBe('"two\nlines"');
		expect(csvText('Maya Lopez')).toBe('Maya Lopez');
	});

	it('writes one CRLF row per student that a CSV reader reads back to the same cells', () => {
		const text = rosterCsv(
			[row('=HYPERLINK("http://evil","x")', 1, 3), row('Lopez, Maya', 2, 2)],
			() => '2026-12-01 09:00'
		);
		const lines = text.split('\r\n');
		expect(lines[0]).toBe(
			'Student,Attempts,Latest score %,Latest correct,Items scored,Best score %,Time taken (min),Submitted at,Late'
		);
		expect(lines[1]).toBe('"\'=HYPERLINK(""http://evil"",""x"")",2,33.3,1,3,100.0,12.6,2026-12-01 09:00,yes');
		expect(lines[2]).toBe('"Lopez, Maya",2,66.7,2,3,66.7,12.6,2026-12-01 09:00,yes');
		expect(lines[3]).toBe('');
		const cells = parseDelimited(text, ',');
		expect(cells[1]![0]).toBe('\'=HYPERLINK("http://evil","x")');
		expect(cells[2]![0]).toBe('Lopez, Maya');
	});
});
