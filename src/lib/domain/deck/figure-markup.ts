/**
 * A figure as self-contained HTML for an Anki field: an inline <svg>, drawn with attributes (no classes, no
 * stylesheet), inside an element whose accessible name is the text alternative. Inline rather than an <img>
 * with a data: URI: Anki's media check treats every <img src> that is not http(s) as a file it should find in
 * collection.media, so a data: URI would be reported missing; an inline <svg> is plain field HTML. Pure, and
 * kept out of csv.ts so the strip generator loads only when an export has figures.
 */
import { stripRequestOf, type Figure } from '../bank/figure';
import { describeStrip } from '../strip/describe';
import { generateStrip } from '../strip/generate';
import { drawStrip } from '../strip/paper';

export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/** Light EKG paper, as the app draws it in the light theme; widths in millimetres (the viewBox unit). */
function stripSvg(figure: Extract<Figure, { kind: 'strip' }>): { svg: string; alt: string } {
	const strip = generateStrip(stripRequestOf(figure));
	const d = drawStrip(strip);
	const line = (path: string, colour: string, width: number) =>
		`<path d="${path}" fill="none" stroke="${colour}" stroke-width="${width}"/>`;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${d.viewBox}">` +
		`<rect width="${d.widthMm}" height="${d.heightMm}" fill="#fff7f6"/>` +
		line(d.smallGrid, '#f4c7c1', 0.1) +
		line(d.largeGrid, '#d9796f', 0.2) +
		line(d.ticks, '#6b1d16', 0.4) +
		line(d.trace, '#111111', 0.3) +
		`</svg>`;
	return { svg, alt: describeStrip(strip) };
}

/** One line of HTML (a tab-separated row allows no raw line breaks), sized to the card's width. */
export function figureMarkup(figure: Figure): string {
	const { svg, alt } = figure.kind === 'strip' ? stripSvg(figure) : { svg: figure.svg, alt: figure.alt };
	const sized = svg
		.replace(/\s*[\r\n]+\s*/g, ' ')
		.replace(/^<svg\b/, '<svg style="display:block;max-width:100%;height:auto"');
	return `<div role="img" aria-label="${escapeHtml(alt)}">${sized}</div>`;
}
