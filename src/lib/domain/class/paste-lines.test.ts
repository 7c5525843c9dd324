// Pasted blocks: each non-blank line yields its token (from a full link, a bare token, inside quotes or
// spreadsheet cells) or a named refusal, with the line number the instructor sees in the textarea.
import { describe, expect, it } from 'vitest';
import { NOT_A_RESULT_LINK, OVERSIZE, splitPaste } from './paste-lines';

const token = '1.Zk3lQm9xTq2bVw8nRt5yHA.' + 'B'.repeat(120);

describe('splitPaste', () => {
	it('finds the token in a full link, a bare token, quotes and cells, and skips blank lines', () => {
		const text = [
			`https://vitals.example/app/classes#r=${token}`,
			'',
			`   "${token}",`,
			`Maya Lopez\t<https://vitals.example/classes#r=${token}>\tsent Tue`,
			`Results from Jon: ${token} thanks!`,
			`Here is mine: https://vitals.example/classes#r=${token}.`,
			'\r'
		].join('\r\n');
		expect(splitPaste(text)).toEqual([
			{ line: 1, preview: expect.any(String), token },
			{ line: 3, preview: expect.any(String), token },
			{ line: 4, preview: expect.any(String), token },
			{ line: 5, preview: expect.any(String), token },
			{ line: 6, preview: expect.any(String), token }
		]);
	});

	it('names a line with no link, an oversize one, and keeps a truncated fragment for the decoder', () => {
		const [plain, huge, cut] = splitPaste(
			['Hi, here are my results!', `#r=${'A'.repeat(300_000)}`, 'https://v.example/classes#r=1.abc'].join(
				'\n'
			)
		);
		expect(plain).toEqual({ line: 1, preview: 'Hi, here are my results!', refused: NOT_A_RESULT_LINK });
		expect(huge).toMatchObject({ line: 2, refused: OVERSIZE });
		expect(huge!.preview.length).toBeLessThanOrEqual(40);
		expect(cut).toMatchObject({ line: 3, token: '1.abc' });
	});
});
