// The class view's state: keys and prompts come from the installed banks (domain names from the bank)
// and, for items written for a deck, from that deck while this device has it; an item with no key is
// listed by id as not scored; results for an assignment the row does not list form their own group; the
// roster downloads as CSV with the scores computed here; a class not on the device says so.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repositories } from '$lib/db';
import { assignment, makeClass, result } from '$test/class-fixture';
import { fakeBank } from '$test/test-fixtures';
import { ClassView } from './class-view.svelte';

const downloads: { name: string; type: string; text: string }[] = [];
vi.mock('$lib/browser/download', () => ({
	downloadText: (file: { name: string; type: string; text: string }) => downloads.push(file)
}));

// Items t-a-0001 (key 0) and t-a-0002 (key 1) in domain "A"; see fakeBank.
const bank = fakeBank([{ id: 'a', weightPercent: 100, mcqs: 2 }]);
const deckItem = {
	id: 'deck-abcd1234-0001',
	kind: 'mcq' as const,
	stem: 'Which tube is drawn first?',
	choices: ['Blood culture', 'Light blue', 'Red', 'Lavender'],
	answer: 0,
	rationale: 'r'.repeat(60)
};
const week = assignment({
	itemIds: ['t-a-0001', 't-a-0002', 'deck-abcd1234-0001', 'deck-gone0000-0001'],
	deckId: 'abcd1234'
});

beforeEach(async () => {
	const { db } = repositories();
	await Promise.all(db.tables.map((t) => t.clear()));
	downloads.length = 0;
	vi.stubGlobal('fetch', async (url: string) => {
		if (url.endsWith('/banks/index.json')) return Response.json([{ ...bank, items: undefined }]);
		if (url.endsWith(`/banks/${bank.id}.json`)) return Response.json(bank);
		return new Response('not found', { status: 404 });
	});
	await db.decks.put({
		id: 'abcd1234',
		title: 'Order of draw',
		description: '',
		author: '',
		version: 1,
		createdAt: 0,
		updatedAt: 0,
		itemRefs: [],
		items: [deckItem],
		origin: 'local'
	});
});
afterEach(() => vi.unstubAllGlobals());

describe('the class view', () => {
	it('scores bank and deck items, names prompts and domains, and exports the roster', async () => {
		const c = await makeClass('Phlebotomy 101', [week]);
		await repositories().classes.add(c);
		const other = assignment({ id: 'made-elsewhere', itemIds: ['t-a-0001'] });
		await repositories().classes.addResults(
			[
				result(c, 'Maya', [0, 1, 0, 2]), // 3 of 3 scorable
				result(c, '=cmd|calc', [1, 1, 3, null]), // 1 of 3
				result(c, 'Ana', [0], {}, other)
			].map((r) => ({ id: r.id, classId: c.id, assignmentId: r.assignmentId, result: r, receivedAt: 1 }))
		);
		const view = new ClassView();
		await view.load(c.id);
		expect(view.groups.map((g) => g.title)).toEqual(['Week 1', 'Unknown assignment (made-elsewhere)']);
		const report = view.report!;
		expect(report.roster.map((r) => [r.student, r.latest.correct, r.latest.scored])).toEqual([
			['=cmd|calc', 1, 3],
			['Maya', 3, 3]
		]);
		expect(report.items.map((i) => [i.key.prompt, i.key.domain, i.stats.difficulty])).toEqual([
			['Which tube is drawn first?', 'Written for this deck', 0.5],
			['a question 1', 'A', 0.5],
			['a question 2', 'A', 1]
		]);
		expect(report.unscored).toEqual(['deck-gone0000-0001']);

		view.exportCsv();
		expect(downloads).toHaveLength(1);
		expect(downloads[0]!.name).toBe('Phlebotomy 101 - Week 1.csv');
		const lines = downloads[0]!.text.split('\r\n');
		expect(lines[1]).toMatch(/^'=cmd\|calc,1,33\.3,1,3,33\.3,10\.0,\d{4}-\d\d-\d\d \d\d:\d\d,no$/);
		expect(lines[2]).toMatch(/^Maya,1,100\.0,3,3,100\.0,10\.0,/);

		view.select('made-elsewhere');
		expect(view.report?.roster.map((r) => r.student)).toEqual(['Ana']);
	});

	it('says so for a class that is not on this device', async () => {
		const view = new ClassView();
		await view.load('no-such-class');
		expect(view.error).toBe('That class is not on this device.');
		expect(view.report).toBeNull();
	});
});
