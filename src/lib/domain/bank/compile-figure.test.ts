// Proves figures compile: a strip to its generator request, an SVG to its checked text inlined; bad figures
// (unknown rhythm, rate outside the rhythm's range, a ratio it cannot have, unknown fields, a missing or unsafe
// SVG file, a missing alt, an alt or generated strip description that gives the answer) fail naming the file,
// the item and the field; figure items are counted per domain.
import { describe, expect, it } from 'vitest';
import { compileBank, type RawBankSource } from './compiler';
import type { RawSvgFile } from './compile-figure';

const header = {
	id: 'cet',
	name: 'Certified EKG Technician (CET)',
	body: 'NHA',
	scoredItems: 4,
	pretestItems: 0,
	minutes: 10,
	passingNote: 'Scaled',
	domains: [
		{ id: 'ekg-analysis-interpretation', name: 'Analysis', idPrefix: 'cet-ana', weightPercent: 50 },
		{ id: 'ekg-acquisition', name: 'Acquisition', idPrefix: 'cet-acq', weightPercent: 50 }
	]
};
const rationale = 'Because this is the reason the answer is right, and the tempting choice is wrong.';
const YAML = 'question-banks/cet/ekg-analysis-interpretation.yaml';

function mcq(
	n: number,
	extra: Record<string, unknown> = {},
	choices = ['40/min', '75/min', '100/min', '150/min']
) {
	return {
		id: `cet-ana-${String(n).padStart(4, '0')}`,
		kind: 'mcq',
		stem: `Strip question ${n}?`,
		choices,
		answer: 1,
		rationale,
		source: 'Dubin, Rapid Interpretation of EKGs',
		...extra
	};
}

function compile(items: unknown[], svgFiles: RawSvgFile[] = []) {
	const source: RawBankSource = {
		header: { file: 'question-banks/cet/exam.yaml', data: header },
		domainFiles: [{ file: YAML, name: 'ekg-analysis-interpretation', data: { items } }],
		svgFiles,
		folder: 'question-banks/cet'
	};
	const result = compileBank(source);
	// The tiny bank is below every size and fairness minimum; these tests are about figures.
	return { ...result, errors: result.errors.filter((e) => !/need at least|answer position|longest/.test(e)) };
}

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const svgFile = (name: string, text: string): RawSvgFile => ({
	file: `question-banks/cet/${name}`,
	name,
	text
});
const GOOD = `<?xml version="1.0"?>\n<svg ${NS} viewBox="0 0 10 10"><circle cx="5" cy="5" r="2"/></svg>\n`;

describe('strip figures', () => {
	it('compile to their generator request, and are counted per domain', () => {
		const figure = { kind: 'strip', rhythm: 'nsr', rate: 75, seed: 1201 };
		const { bank, stats, errors } = compile([mcq(1, { figure }), mcq(2)]);
		expect(errors).toEqual([]);
		expect(bank?.items[0]?.figure).toEqual(figure);
		expect(bank?.items[1]).not.toHaveProperty('figure');
		expect(stats?.figures).toBe(1);
		expect(stats?.domains.map((d) => [d.id, d.figures])).toEqual([
			['ekg-analysis-interpretation', 1],
			['ekg-acquisition', 0]
		]);
	});

	it.each([
		[{ kind: 'strip', rhythm: 'sinus-fast', seed: 1 }, 'figure: rhythm: unknown rhythm "sinus-fast"'],
		[
			{ kind: 'strip', rhythm: 'nsr', rate: 120, seed: 1 },
			"figure: rate: 120/min is outside nsr's 60–100/min"
		],
		[{ kind: 'strip', rhythm: 'vf-coarse', rate: 200, seed: 1 }, 'figure: rate: vf-coarse has no rate'],
		[{ kind: 'strip', rhythm: 'nsr', seed: 1, ratio: '2:1' }, 'figure: ratio: nsr takes no ratio'],
		[
			{ kind: 'strip', rhythm: 'atrial-flutter', seed: 1, ratio: '3:2' },
			'figure: ratio: atrial-flutter takes a ratio of 2:1, 3:1, 4:1, variable'
		],
		[
			{ kind: 'strip', rhythm: 'av-block-2-type-1', rate: 30, seed: 1 },
			"figure: rate: 30/min is outside av-block-2-type-1's 37–80/min"
		],
		[{ kind: 'strip', rhythm: 'nsr', seed: 1.5 }, 'figure: seed: a whole number'],
		[{ kind: 'strip', rhythm: 'nsr' }, 'figure: seed: required'],
		[{ kind: 'strip', rhythm: 'nsr', seed: 1, rates: 70 }, 'figure: rates: unknown field'],
		[{ kind: 'strip', rhythm: 'nsr', seed: 1, lead: 'V1' }, 'figure: lead: expected II, III, aVF'],
		[{ kind: 'gif', file: 'a.gif' }, 'figure: kind: expected strip or svg, got "gif"']
	])('%j is refused: %s', (figure, message) => {
		const { errors, bank } = compile([mcq(1, { figure })]);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(`${YAML}: cet-ana-0001: ${message}`);
		expect(bank?.items.find((i) => i.id === 'cet-ana-0001')).toBeUndefined();
	});

	it('fail naming the item when the rate and ratio cannot be drawn together', () => {
		const figure = { kind: 'strip', rhythm: 'atrial-flutter', rate: 100, seed: 1, ratio: '2:1' };
		expect(compile([mcq(1, { figure })]).errors).toEqual([
			`${YAML}: cet-ana-0001: figure: atrial-flutter: a ventricular rate of 100/min cannot be drawn at 2:1 with an atrial rate inside 250–350/min`
		]);
	});

	it('are refused when the generated description states the right choice', () => {
		const figure = { kind: 'strip', rhythm: 'nsr', rate: 75, seed: 1201 };
		const leads = ['Lead I', 'Lead II', 'Lead aVR', 'Lead V1'];
		const { errors } = compile([mcq(1, { figure, stem: 'Which lead is this?' }, leads)]);
		expect(errors).toEqual([
			`${YAML}: cet-ana-0001: figure: the text alternative generated for this strip contains the answer "Lead II"; ask about something the description does not state, or change the item`
		]);
	});
});

describe('SVG figures', () => {
	const figure = { kind: 'svg', file: 'v1-v6.svg', alt: 'Chest with six numbered electrode positions.' };

	it('inline the checked drawing, without its XML declaration', () => {
		const { bank, errors } = compile([mcq(1, { figure })], [svgFile('v1-v6.svg', GOOD)]);
		expect(errors).toEqual([]);
		expect(bank?.items[0]?.figure).toEqual({
			kind: 'svg',
			svg: `<svg ${NS} viewBox="0 0 10 10"><circle cx="5" cy="5" r="2"/></svg>`,
			alt: figure.alt
		});
	});

	it('fail the build naming the SVG file, the line and the problem — even a file no item uses', () => {
		const bad = `<svg ${NS} viewBox="0 0 10 10">\n<circle r="2"/>\n<script>alert(1)</script>\n</svg>`;
		const unused = `<svg ${NS} viewBox="0 0 1 1"><image href="https://x.example/a.png"/></svg>`;
		const { errors, bank } = compile(
			[mcq(1, { figure })],
			[svgFile('v1-v6.svg', bad), svgFile('stray.svg', unused)]
		);
		expect(errors).toEqual([
			'question-banks/cet/v1-v6.svg: line 3: <script> is not allowed',
			'question-banks/cet/stray.svg: line 1: <image> may only embed a PNG, JPEG, GIF or WebP as a data: URI, not https://x.example/a.png'
		]);
		expect(bank?.items[0]).not.toHaveProperty('figure');
	});

	it('fail when the file is not beside the YAML', () => {
		const { errors } = compile([mcq(1, { figure })]);
		expect(errors).toEqual([
			`${YAML}: cet-ana-0001: figure: file: question-banks/cet/v1-v6.svg does not exist`
		]);
	});

	it.each([
		[{ kind: 'svg', file: 'v1-v6.svg' }, 'figure: alt: required'],
		[{ kind: 'svg', file: 'v1-v6.svg', alt: '  ' }, 'figure: alt: describe what the figure shows'],
		[
			{ kind: 'svg', file: '../secrets.svg', alt: 'A chest with electrodes.' },
			'figure: file: a kebab-case file name'
		]
	])('%j is refused: %s', (bad, message) => {
		const { errors } = compile([mcq(1, { figure: bad })], [svgFile('v1-v6.svg', GOOD)]);
		expect(errors[0]).toContain(`${YAML}: cet-ana-0001: ${message}`);
	});

	it('are refused when the alt names the right choice, as words', () => {
		const choices = [
			'Fourth intercostal space',
			'Fifth intercostal space',
			'Second intercostal space',
			'Clavicle'
		];
		const naming = { ...figure, alt: 'Electrode at the fifth intercostal space, left of the sternum.' };
		const { errors } = compile([mcq(1, { figure: naming }, choices)], [svgFile('v1-v6.svg', GOOD)]);
		expect(errors).toEqual([
			`${YAML}: cet-ana-0001: figure: the text alternative contains the answer "Fifth intercostal space"; describe what is shown without naming it`
		]);
		const fine = { ...figure, alt: 'Electrode marked with a question mark, left of the sternum.' };
		expect(compile([mcq(1, { figure: fine }, choices)], [svgFile('v1-v6.svg', GOOD)]).errors).toEqual([]);
	});
});
