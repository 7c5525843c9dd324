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
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			for (const m of text.matchAll(/[\p{L}\p{N}'’]{2,24}/gu)) {
				const range = document.createRange();
				range.setStart(node, m.index);
				range.setEnd(node, m.index + m[0].length);
				const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top));
				if (lines.size > 1) broken.push(m[0]);
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
