import { describe, expect, it } from 'vitest';
import { describeStrip } from '../strip/describe';
import { generateStrip } from '../strip/generate';
import { figureMarkup } from './figure-markup';

describe('figureMarkup', () => {
	it('draws a strip as one line of inline SVG on light paper, named by its text alternative', () => {
		const html = figureMarkup({ kind: 'strip', rhythm: 'nsr', rate: 75, seed: 7 });
		const alt = describeStrip(generateStrip({ rhythm: 'nsr', rateBpm: 75, seed: 7 }));
		expect(html).not.toMatch(/[\t\r\n]/);
		expect(html.startsWith(`<div role="img" aria-label="${alt}"><svg `)).toBe(true);
		expect(html.endsWith('</svg></div>')).toBe(true);
		expect(alt).toMatch(/^A 6-second strip, lead II\. 8 QRS complexes/);
		// Paper, two grids, the time ticks and the trace; no classes or stylesheet for Anki to lose.
		expect(html.match(/<path /g)).toHaveLength(4);
		expect(html).toContain('fill="#fff7f6"');
		expect(html).not.toMatch(/class=|<style/);
		// The trace moves right 0.05 mm a sample: 3,000 samples over 6 s at 500 Hz.
		const trace = html.match(/<path d="(M0 [^"]+)" fill="none" stroke="#111111"/)![1]!;
		expect(trace.split('l')).toHaveLength(3000);
	});

	it('inlines a drawing on one line and escapes its text alternative', () => {
		const html = figureMarkup({
			kind: 'svg',
			svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n  <rect width="10" height="10"/>\n</svg>',
			alt: 'The "V1" spot & the <4th> space'
		});
		expect(html).toBe(
			'<div role="img" aria-label="The &quot;V1&quot; spot &amp; the &lt;4th&gt; space">' +
				'<svg style="display:block;max-width:100%;height:auto" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"> ' +
				'<rect width="10" height="10"/> </svg></div>'
		);
	});
});
