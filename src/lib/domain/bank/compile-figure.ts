/**
 * Compiles one item's figure: a strip is drawn once here to prove its request works and to check that its
 * generated text alternative does not give the answer away; an SVG is looked up beside the YAML, checked
 * (svg-check.ts) and inlined. Errors read `<yaml file>: <item id>: figure: …` or `<svg file>: line N: …`.
 */
import { describeStrip } from '../strip/describe';
import { generateStrip } from '../strip/generate';
import type { Figure, FigureSource } from './figure';
import { stripRequestOf } from './figure';
import type { SourceItem } from './figure-schema';
import { checkSvg, type SvgCheck } from './svg-check';

export interface RawSvgFile {
	/** Path for messages, e.g. question-banks/cet/v1-placement.svg. */
	readonly file: string;
	/** File name as an item's `figure.file` names it. */
	readonly name: string;
	readonly text: string;
}

/** Checks each SVG file once, however many items use it, and reports its problems once. */
export function checkSvgFiles(files: readonly RawSvgFile[]): {
	checked: Map<string, SvgCheck>;
	errors: string[];
} {
	const checked = new Map<string, SvgCheck>();
	const errors: string[] = [];
	for (const f of files) {
		const result = checkSvg(f.text);
		checked.set(f.name, result);
		errors.push(...result.problems.map((p) => `${f.file}: line ${p.line}: ${p.message}`));
	}
	return { checked, errors };
}

/** Compared as words, so "Lead II" is found in "…, lead II." but "II" is not found in "III". */
const words = (s: string) =>
	` ${s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()} `;

/** The text that would answer the item: the right choice, or a card's back when it is short enough to be one. */
function answerOf(item: SourceItem): string | null {
	if (item.kind === 'mcq') return item.choices[item.answer] ?? null;
	return item.back.length <= 80 ? item.back : null;
}

export function givesAnswer(alt: string, item: SourceItem): string | null {
	const answer = answerOf(item);
	if (!answer || words(answer).trim().length < 2) return null;
	return words(alt).includes(words(answer)) ? answer : null;
}

export function compileFigure(
	source: FigureSource,
	item: SourceItem,
	at: string,
	svgFolder: string,
	checked: ReadonlyMap<string, SvgCheck>
): { figure?: Figure; errors: string[] } {
	let alt: string;
	let figure: Figure;
	if (source.kind === 'strip') {
		try {
			alt = describeStrip(generateStrip(stripRequestOf(source)));
		} catch (e) {
			return { errors: [`${at}: figure: ${(e as Error).message}`] };
		}
		figure = source;
	} else {
		const svg = checked.get(source.file);
		if (!svg) return { errors: [`${at}: figure: file: ${svgFolder}/${source.file} does not exist`] };
		// The file's own problems are reported once, by checkSvgFiles.
		if (svg.svg === null) return { errors: [] };
		alt = source.alt;
		figure = { kind: 'svg', svg: svg.svg, alt: source.alt };
	}
	const leak = givesAnswer(alt, item);
	if (leak)
		return {
			errors: [
				`${at}: figure: the text alternative${source.kind === 'strip' ? ' generated for this strip' : ''} contains the answer "${leak}"; ${source.kind === 'strip' ? 'ask about something the description does not state, or change the item' : 'describe what is shown without naming it'}`
			]
		};
	return { figure, errors: [] };
}
