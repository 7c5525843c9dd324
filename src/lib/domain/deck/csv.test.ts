import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item } from '../bank/schema';
import { itemsToAnkiTsv, itemsToCsv, parseDelimited, readRows } from './csv';

const rationale = 'The median cubital vein is large, close to the surface and least painful to puncture.';

describe('reading pasted rows', () => {
	it('reads cards and MCQs from CSV, skipping a header and blank lines', () => {
		const text = `front,back\nWhat is a tourniquet for?,"Slows venous return, so veins fill"\n\n"Best vein?",Median cubital,Cephalic,Basilic,Radial,A,"${rationale}"\n`;
		const rows = readRows(text, 'abcd', 3);
		expect(rows).toEqual([
			{
				line: 2,
				ok: true,
				item: {
					id: 'deck-abcd-0003',
					kind: 'card',
					front: 'What is a tourniquet for?',
					back: 'Slows venous return, so veins fill'
				}
			},
			{
				line: 4,
				ok: true,
				item: {
					id: 'deck-abcd-0004',
					kind: 'mcq',
					stem: 'Best vein?',
					choices: ['Median cubital', 'Cephalic', 'Basilic', 'Radial'],
					answer: 0,
					rationale
				}
			}
		]);
	});

	it('reads TSV copied from a spreadsheet and names what is wrong with each bad row', () => {
		const text =
			'Front A\tBack A\nonly one cell\nStem\tA\tB\tC\tD\tE\twhy\nStem\tA\tB\tC\tD\tB\ttoo short\n\tback';
		const rows = readRows(text, 'abcd', 1);
		expect(rows.map((r) => (r.ok ? r.item.id : `${r.line}: ${r.error}`))).toEqual([
			'deck-abcd-0001',
			'2: expected 2 columns (front, back) or 7 (stem, A, B, C, D, answer, rationale), got 1',
			'3: answer: expected A, B, C or D, got "E"',
			'4: rationale: at least 60 characters, got 9',
			'5: front: must not be empty'
		]);
	});

	it('keeps quoted newlines, delimiters and quotes', () => {
		expect(parseDelimited('"a\nb","c,""d"""\r\ne,f', ',')).toEqual([
			['a\nb', 'c,"d"'],
			['e', 'f']
		]);
	});

	it('reads back what it exports as CSV', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc
						.tuple(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }))
						.filter(([a, b]) => a.trim() !== '' && b.trim() !== ''),
					{ minLength: 1, maxLength: 5 }
				),
				(pairs) => {
					const items = pairs.map(([f, b], i) => ({
						id: `deck-abcd-${String(i + 1).padStart(4, '0')}`,
						kind: 'card' as const,
						front: f.trim(),
						back: b.trim()
					}));
					const header = /^(front|stem|question)$/i.test(items[0]!.front) ? 'front,back\r\n' : '';
					const rows = readRows(header + itemsToCsv(items), 'abcd', 1);
					expect(rows.map((r) => (r.ok ? r.item : r))).toEqual(items);
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('exports Anki text with a tab-separator header and reads it back', () => {
		const items = [{ id: 'deck-abcd-0001', kind: 'card' as const, front: 'Tab\there', back: 'Line\nbreak' }];
		const tsv = itemsToAnkiTsv(items);
		expect(tsv.startsWith('#separator:tab\n#html:false\n')).toBe(true);
		expect(readRows(tsv, 'abcd', 1)).toEqual([{ line: 4, ok: true, item: items[0] }]);
	});

	it('puts figures under the front as HTML, escaping the text, and reads the text back without them', () => {
		const items: Item[] = [
			{ id: 'cet-ana-0001', kind: 'card', front: 'Rate if R-R < 3 boxes?', back: 'Over 100/min\n& fast' },
			{
				id: 'cet-ana-0002',
				kind: 'mcq',
				stem: 'Which rhythm?',
				choices: ['Sinus rhythm', 'Atrial flutter', 'Junctional rhythm', 'Sinus arrest'],
				answer: 0,
				rationale: 'An upright P before every narrow QRS at a regular 75/min is a normal sinus rhythm.'
			}
		];
		const figure = '<div role="img" aria-label="A strip"><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></div>';
		const tsv = itemsToAnkiTsv(items, new Map([['cet-ana-0002', figure]]));
		expect(tsv.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack']);
		const rows = parseDelimited(tsv.split('\n').slice(3).join('\n'), '\t');
		expect(rows).toEqual([
			['Rate if R-R &lt; 3 boxes?', 'Over 100/min<br>&amp; fast'],
			[
				`Which rhythm?<br>A. Sinus rhythm<br>B. Atrial flutter<br>C. Junctional rhythm<br>D. Sinus arrest<br>${figure}`,
				'A. Sinus rhythm<br>An upright P before every narrow QRS at a regular 75/min is a normal sinus rhythm.'
			]
		]);
		const back = readRows(tsv, 'abcd', 1);
		expect(back.map((r) => r.ok && r.item)).toEqual([
			{ id: 'deck-abcd-0001', kind: 'card', front: 'Rate if R-R < 3 boxes?', back: 'Over 100/min\n& fast' },
			{
				id: 'deck-abcd-0002',
				kind: 'card',
				front: 'Which rhythm?\nA. Sinus rhythm\nB. Atrial flutter\nC. Junctional rhythm\nD. Sinus arrest',
				back: 'A. Sinus rhythm\nAn upright P before every narrow QRS at a regular 75/min is a normal sinus rhythm.'
			}
		]);
	});

	it('keeps plain text (html:false) when no item has a figure', () => {
		const items: Item[] = [{ id: 'deck-abcd-0001', kind: 'card', front: 'a < b', back: 'b & c' }];
		const tsv = itemsToAnkiTsv(items, new Map([['another-0001', '<svg></svg>']]));
		expect(tsv).toBe('#separator:tab\n#html:false\n#columns:Front\tBack\na < b\tb & c\n');
	});
});
