// Proves the loader reads SVG figures from disk beside the YAML: a clean file is inlined into the compiled bank,
// a bad one fails the build with errors naming the file, the line and the problem.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBanks } from './load-banks';

const FIXTURES = join(import.meta.dirname, '..', '..', 'src', 'test', 'fixtures', 'figure-banks');

describe('loadBanks with SVG figures', () => {
	const { results, errors } = loadBanks(FIXTURES);
	const figureErrors = errors.filter((e) => e.includes('.svg'));

	it('names the bad file, its lines and each problem', () => {
		expect(figureErrors).toEqual([
			'figure-banks/cet/limb-leads.svg: line 1: event handler onload is not allowed',
			'figure-banks/cet/limb-leads.svg: line 3: href="https://evil.example/sprite.svg#body" points outside the file (only #id is allowed)'
		]);
	});

	it('inlines the clean file without its declaration or comments, and drops the bad one', () => {
		const items = results[0]?.bank?.items ?? [];
		const clean = items.find((i) => i.id === 'cet-acq-0001')?.figure;
		expect(clean?.kind).toBe('svg');
		expect(clean && clean.kind === 'svg' && clean.svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 100 100">/
		);
		expect(clean && clean.kind === 'svg' && clean.svg).not.toMatch(/<\?xml|fixture/);
		expect(items.find((i) => i.id === 'cet-acq-0002')?.figure).toBeUndefined();
	});
});
