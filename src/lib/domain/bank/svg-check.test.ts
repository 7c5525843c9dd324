// Proves the build-time SVG check: a plain drawing passes and is inlined without its XML declaration, comments
// and metadata; every way an SVG can run code or reach outside the file is refused with a message and a line,
// and so is XML that is not well-formed.
import { describe, expect, it } from 'vitest';
import { checkSvg, MAX_SVG_BYTES } from './svg-check';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const wrap = (body: string, attrs = '') => `<svg ${NS} viewBox="0 0 100 50"${attrs}>\n${body}\n</svg>`;
const messages = (svg: string) => checkSvg(svg).problems.map((p) => p.message);

describe('checkSvg accepts a plain drawing', () => {
	it('keeps the drawing and drops the declaration, comments and metadata', () => {
		const text = `<?xml version="1.0" encoding="UTF-8"?>
<!-- drawn by hand -->
<svg ${NS} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50">
  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
    <marker id="arrow"><path d="M0 0L5 5"/></marker></defs>
  <style>.label { font: 4px sans-serif; fill: url(#g); }</style>
  <title>Chest leads</title>
  <circle cx="10" cy="10" r="3" fill="url(#g)"/>
  <use href="#arrow" xlink:href="#arrow"/>
  <text x="5" y="40" class="label">V1 &amp; V2 &#x2192; 4th ICS</text>
  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
</svg>
`;
		const result = checkSvg(text);
		expect(result.problems).toEqual([]);
		expect(result.svg).toMatch(/^<svg /);
		expect(result.svg).toContain('<circle cx="10" cy="10" r="3" fill="url(#g)"/>');
		expect(result.svg).toContain('V1 &amp; V2 &#x2192; 4th ICS');
		expect(result.svg).not.toContain('<?xml');
		expect(result.svg).not.toContain('drawn by hand');
		expect(result.svg).not.toContain('metadata');
	});
});

describe('checkSvg refuses what could run or reach outside the file', () => {
	it.each([
		['a <script> element', wrap('<script>alert(1)</script>'), /<script> is not allowed/],
		['a prefixed script', wrap('<svg:script>alert(1)</svg:script>'), /<script> is not allowed/],
		['an event handler', wrap('<rect width="1" height="1" onclick="alert(1)"/>'), /event handler onclick/],
		['an event handler on the root', wrap('', ' onload="alert(1)"'), /event handler onload/],
		['foreignObject', wrap('<foreignObject><div/></foreignObject>'), /<foreignObject> is not allowed/],
		['an external href', wrap('<use href="https://evil.example/x.svg#a"/>'), /points outside the file/],
		[
			'an external xlink:href',
			wrap('<use xlink:href="other.svg#a"/>'),
			/xlink:href="other.svg#a" points outside/
		],
		[
			'an encoded javascript: href',
			wrap('<use href="&#106;avascript:alert(1)"/>'),
			/points outside the file/
		],
		['an external image', wrap('<image href="http://evil.example/a.png"/>'), /<image> may only embed/],
		[
			'an embedded SVG image',
			wrap('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>'),
			/<image> may only embed/
		],
		[
			'url() in an attribute',
			wrap('<rect fill="url(http://x.example/p)"/>'),
			/fill: url\(http:\/\/x\.example\/p\)/
		],
		[
			'url() in a style attribute',
			wrap('<rect style="filter:url(a.svg#f)"/>'),
			/url\(a\.svg#f\) points outside/
		],
		['url() in a <style>', wrap('<style>rect{fill:url("https://x.example/f")}</style>'), /url\(https/],
		[
			'@import in a <style>',
			wrap('<style>@import "https://x.example/a.css";</style>'),
			/@import is not allowed/
		],
		['animation', wrap('<set attributeName="href" to="javascript:alert(1)"/>'), /animation elements/],
		['a link', wrap('<a href="#x"><rect/></a>'), /links \(<a>\) are not allowed/],
		['an HTML element', wrap('<iframe src="https://x.example"/>'), /<iframe> is not an SVG drawing element/],
		['an editor element', wrap('<sodipodi:namedview/>'), /editor element <sodipodi:namedview>/],
		['a DOCTYPE with entities', `<!DOCTYPE svg [<!ENTITY x "y">]>${wrap('')}`, /DOCTYPE and ENTITY/],
		[
			'an xml-stylesheet',
			`<?xml-stylesheet href="https://x.example/a.css"?>${wrap('')}`,
			/processing instructions/
		]
	])('%s', (_, svg, expected) => {
		const result = checkSvg(svg);
		expect(result.svg).toBeNull();
		expect(result.problems.map((p) => p.message).join('\n')).toMatch(expected);
	});

	it('names the line of the problem', () => {
		const svg = `<svg ${NS} viewBox="0 0 1 1">\n<rect/>\n<script>1</script>\n</svg>`;
		expect(checkSvg(svg).problems).toEqual([{ line: 3, message: '<script> is not allowed' }]);
	});
});

describe('checkSvg refuses XML that is not well-formed, or not an SVG that scales', () => {
	it.each([
		['an unclosed element', `<svg ${NS} viewBox="0 0 1 1"><g><rect/></svg>`, /<\/svg> closes <g>/],
		['a stray end tag', `<svg ${NS} viewBox="0 0 1 1"></g></svg>`, /<\/g> closes <svg>/],
		['a missing end tag', `<svg ${NS} viewBox="0 0 1 1"><g>`, /<g> is never closed/],
		['an unquoted attribute', `<svg ${NS} viewBox="0 0 1 1"><rect width=3/></svg>`, /needs a quoted value/],
		['a duplicate attribute', `<svg ${NS} viewBox="0 0 1 1"><rect x="1" x="2"/></svg>`, /x appears twice/],
		['a bare ampersand', `<svg ${NS} viewBox="0 0 1 1"><text>A & B</text></svg>`, /bare "&"/],
		[
			'an HTML entity',
			`<svg ${NS} viewBox="0 0 1 1"><text>a&nbsp;b</text></svg>`,
			/entity XML does not define/
		],
		['two roots', `${wrap('')}<svg ${NS} viewBox="0 0 1 1"/>`, /more than one root/],
		['not an SVG', '<html><body/></html>', /root element is <html>, not <svg>/],
		['no namespace', '<svg viewBox="0 0 1 1"/>', /needs xmlns="http:\/\/www\.w3\.org\/2000\/svg"/],
		['no viewBox', `<svg ${NS} width="10" height="10"/>`, /needs a viewBox/],
		['empty', '', /no <svg> element/],
		['text outside the root', `${wrap('')} trailing`, /text outside the <svg> element/]
	])('%s', (_, svg, expected) => {
		expect(messages(svg).join('\n')).toMatch(expected);
		expect(checkSvg(svg).svg).toBeNull();
	});

	it('refuses a file over the size limit', () => {
		const big = wrap(`<path d="${'M0 0L1 1'.repeat(MAX_SVG_BYTES / 8)}"/>`);
		expect(messages(big)).toEqual([`larger than ${MAX_SVG_BYTES / 1000} kB; simplify or optimise it`]);
	});
});
