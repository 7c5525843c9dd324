// Every write a screen starts, on a full disk: it resolves (nothing uncaught), the state carries the app's
// own out-of-storage message, the screen's state does not pretend the write happened, and the database
// holds exactly what it held before.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repositories } from '$lib/db';
import type { Bank } from '$lib/domain/bank/schema';
import { encodeDeckLink } from '$lib/domain/deck/codec';
import { toDeckFile } from '$lib/domain/deck/schema';
import { sampleDeck } from '$test/deck-test-data';
import { fillDisk } from '$test/full-disk';
import { fakeBank } from '$test/test-fixtures';
import { AttemptSession } from './attempt/session.svelte';
import { startPractice } from './attempt/setup';
import { DeckBuilder } from './deck/builder.svelte';
import { DeckOpener } from './deck/link-opener.svelte';
import { DeckList } from './deck/list.svelte';
import { resetExamProgress, saveExamDate } from './progress/exam-settings';
import { settings } from './settings.svelte';
import { StudySession } from './study/session.svelte';

const OUT_OF_STORAGE = /^Your device is out of storage for Vitals, so this was not saved/;

const exam = fakeBank([{ id: 'a', weightPercent: 100, mcqs: 4 }]);
const bank: Bank = {
	...exam,
	items: [
		...exam.items,
		...[1, 2, 3].map((n) => ({
			id: `t-a-c00${n}`,
			kind: 'card' as const,
			front: `F${n}`,
			back: `B${n}`,
			domain: 'a'
		}))
	]
};

/** Every table's rows, read straight from the database. */
async function dump() {
	const { db } = repositories();
	return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
}

let restoreDisk: (() => void) | undefined;
function diskFull() {
	restoreDisk = fillDisk();
}

beforeEach(async () => {
	const { db } = repositories();
	await Promise.all(db.tables.map((t) => t.clear()));
	settings.reset();
	vi.stubGlobal('fetch', async (url: string) => {
		if (url.endsWith('/banks/index.json')) return Response.json([{ ...exam, items: undefined }]);
		if (url.endsWith(`/banks/${bank.id}.json`)) return Response.json(bank);
		return new Response('not found', { status: 404 });
	});
});

afterEach(() => {
	restoreDisk?.();
	restoreDisk = undefined;
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('on a full disk', () => {
	it('importing a deck file says so and adds nothing', async () => {
		const list = new DeckList();
		await list.load();
		const before = await dump();
		diskFull();
		await list.importFile(new File([toDeckFile(sampleDeck(0, 2))], 'week3.json'));
		expect(list.error).toMatch(OUT_OF_STORAGE);
		expect(list.message).toBe('');
		expect(list.decks).toEqual([]);
		expect(await dump()).toEqual(before);
	});

	it('removing a deck says so and keeps it', async () => {
		await repositories().decks.receive(sampleDeck(0, 1));
		const list = new DeckList();
		await list.load();
		const before = await dump();
		diskFull();
		await list.remove(list.decks[0]!);
		expect(list.error).toMatch(OUT_OF_STORAGE);
		expect(list.message).toBe('');
		expect(list.decks).toHaveLength(1);
		expect(await dump()).toEqual(before);
		// Any other failure names the deck and says why.
		vi.spyOn(repositories().decks, 'remove').mockRejectedValueOnce(new Error('The database is closed.'));
		await list.remove(list.decks[0]!);
		expect(list.error).toBe('“Venipuncture review” was not removed: The database is closed.');
	});

	it('adding a deck from a link says so beside the preview, which stays for another try', async () => {
		const opener = new DeckOpener();
		await opener.open(new URL(`https://vitals.test/deck#d=${await encodeDeckLink(sampleDeck(0, 1))}`));
		const before = await dump();
		diskFull();
		await opener.add();
		expect(opener.addError).toMatch(OUT_OF_STORAGE);
		expect(opener.error).toBeNull();
		expect(opener.deck?.id).toBe('abcd1234');
		expect(opener.outcome).toBeNull();
		expect(opener.stored).toBeUndefined();
		expect(await dump()).toEqual(before);
	});

	it('saving a deck says so and keeps the edits unsaved', async () => {
		const builder = new DeckBuilder(
			() => 1000,
			() => 0.5
		);
		await builder.load(null);
		builder.deck.title = 'Week 1';
		builder.putItem({ id: `deck-${builder.deck.id}-0001`, kind: 'card', front: 'Q', back: 'A' });
		const before = await dump();
		diskFull();
		expect(await builder.save()).toBe(false);
		expect(builder.error).toMatch(OUT_OF_STORAGE);
		expect(builder.stored).toBeUndefined();
		expect(builder.dirty).toBe(true);
		expect(await dump()).toEqual(before);
	});

	it('saving a setting, an exam date or resetting an exam says so as an error and changes nothing', async () => {
		await settings.load();
		const before = await dump();
		diskFull();
		const notice = await settings.save('dailyNewLimit', 9);
		expect(notice.kind).toBe('error');
		expect(notice.text).toMatch(OUT_OF_STORAGE);
		expect(settings.values.dailyNewLimit).toBe(20);

		const date = await saveExamDate(bank.id, '2030-01-15');
		expect(date.kind).toBe('error');
		expect(date.text).toMatch(OUT_OF_STORAGE);
		expect(settings.values.examDates).toEqual({});

		const reset = await resetExamProgress(bank.id, bank.name);
		expect(reset.kind).toBe('error');
		expect(reset.text).toMatch(OUT_OF_STORAGE);
		expect(await dump()).toEqual(before);
	});

	it('starting a quiz fails with the out-of-storage message and stores no attempt', async () => {
		diskFull();
		await expect(startPractice(bank, { domains: ['a'], length: 'all', mode: 'tutor' })).rejects.toThrow(
			OUT_OF_STORAGE
		);
		restoreDisk!();
		expect(await repositories().attempts.active(bank.id)).toBeUndefined();
	});

	it('answering, flagging, moving on and submitting say so; only moving on happens', async () => {
		const id = await startPractice(bank, { domains: ['a'], length: 'all', mode: 'test' });
		const session = new AttemptSession({ clock: () => 5000 });
		await session.open(id);
		const before = await dump();
		diskFull();

		await session.choose(0);
		expect(session.error).toMatch(OUT_OF_STORAGE);
		expect(session.answeredCount).toBe(0);
		expect(session.current?.answer).toBeUndefined();

		await session.toggleFlag();
		expect(session.error).toMatch(OUT_OF_STORAGE);
		expect(session.flaggedCount).toBe(0);
		expect(session.announcement).toBe('');

		// Moving between questions is not lost work: it happens, and the screen says the place was not kept.
		await session.next();
		expect(session.index).toBe(1);
		expect(session.error).toMatch(OUT_OF_STORAGE);

		await session.submit();
		expect(session.error).toMatch(OUT_OF_STORAGE);
		expect(session.submitted).toBe(false);
		expect(await dump()).toEqual(before);
	});

	it('grading a flashcard or undoing a grade says so and leaves the card as stored', async () => {
		const session = new StudySession({ clock: () => 1_700_000_000_000 });
		await session.start(bank, { dailyNewLimit: 20, desiredRetention: 0.9 });
		session.reveal();
		await session.grade('good'); // stored: there is something to undo
		const before = await dump();
		diskFull();

		await session.undo();
		expect(session.error).toMatch(OUT_OF_STORAGE);
		expect(session.reviewedThisSession).toBe(1);

		session.reveal();
		await session.grade('good');
		expect(session.error).toMatch(OUT_OF_STORAGE);
		expect(session.reviewedThisSession).toBe(1);
		expect(await dump()).toEqual(before);
	});
});
