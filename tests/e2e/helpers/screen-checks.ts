import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Words the layout split across two lines (e.g. "no dat / a"): for every word on the page, a Range over it
 * must lie on one line. Words too long for any phone line (links, ids) may wrap and are left out.
 */
export async function wordsBrokenMidWord(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const broken: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const lineCount = (range: Range) =>
			new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			// A text run on one line cannot break a word; only runs that wrap are read word by word.
			const whole = document.createRange();
			whole.selectNodeContents(node);
			if (lineCount(whole) < 2) continue;
			for (const m of text.matchAll(/[\p{L}\p{N}'’]{2,24}/gu)) {
				const range = document.createRange();
				range.setStart(node, m.index);
				range.setEnd(node, m.index + m[0].length);
				if (lineCount(range) > 1) broken.push(m[0]);
			}
		}
		return broken;
	});
}

/** axe finds nothing, the page does not scroll sideways at 360 px, and no word breaks mid-word. */
export async function expectGoodScreen(page: Page, screen: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const found = results.violations.map(
		(v) => `${screen}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(found).toEqual([]);
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth),
		`${screen} scrolls sideways`
	).toBeLessThanOrEqual(360);
	expect(await wordsBrokenMidWord(page), `${screen}: words broken mid-word`).toEqual([]);
}
