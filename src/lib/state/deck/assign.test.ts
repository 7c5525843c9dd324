import { describe, expect, it } from 'vitest';
import { repositories } from '$lib/db';
import { decodeDeckLink } from '$lib/domain/deck/codec';
import type { BankItem } from '$lib/domain/bank/schema';
import { newClass } from '$lib/domain/class/new-class';
import { createClassKeys } from '$lib/domain/class/result-link';
import type { Deck } from '$lib/domain/deck/types';
import { sampleDeck } from '$test/deck-test-data';
import { DeckAssigner, localDueTime, type AssignForm } from './assign.svelte';

const NOW = Date.UTC(2026, 11, 1, 9);
const mcq = (id: string): BankItem =>
	({ id, kind: 'mcq', stem: 'Q', choices: ['a', 'b', 'c', 'd'], answer: 0, domain: 'sc' }) as BankItem;
const catalog = {
	banks: [],
	items: new Map<string, BankItem>([
		['cpt-sc-0001', mcq('cpt-sc-0001')],
		['cpt-sc-0002', { id: 'cpt-sc-0002', kind: 'card', front: 'F', back: 'B', domain: 'sc' } as BankItem]
	])
};
const deck: Deck = { ...sampleDeck(2, 1), origin: 'local' };

async function storedClass(name: string) {
	const made = newClass(name, NOW - 1000, await createClassKeys(crypto.subtle), (n) =>
		crypto.getRandomValues(new Uint8Array(n))
	);
	if (!made.ok) throw new Error(made.error);
	await repositories().classes.add(made.row);
	return made.row;
}
const form = (o: Partial<AssignForm>): AssignForm => ({
	classId: '',
	title: 'Week 1: order of draw',
	mode: 'timed',
	timeLimitMin: 30,
	dueDate: '2026-12-08',
	dueTime: '23:00',
	...o
});

describe('assigning a deck to a class', () => {
	it('keeps the assignment in the class row, then gives a link that carries it', async () => {
		const klass = await storedClass('Phlebotomy 101');
		const assigner = new DeckAssigner(() => NOW);
		await assigner.load();
		expect(assigner.classes.map((c) => c.name)).toContain('Phlebotomy 101');
		expect(await assigner.assign(deck, catalog, form({ classId: klass.id }))).toBe(true);
		const row = await repositories().classes.get(klass.id);
		const saved = row?.assignments?.[0];
		expect(saved).toMatchObject({
			title: 'Week 1: order of draw',
			mode: 'timed',
			timeLimitMin: 30,
			dueAt: new Date(2026, 11, 8, 23, 0).getTime(),
			createdAt: NOW,
			itemIds: ['cpt-sc-0001'],
			deckId: deck.id
		});
		const decoded = await decodeDeckLink(assigner.payload!);
		expect(decoded.ok && decoded.deck.assignment).toEqual({
			id: saved!.id,
			classId: klass.id,
			className: 'Phlebotomy 101',
			publicKey: klass.publicKey,
			title: 'Week 1: order of draw',
			mode: 'timed',
			timeLimitMin: 30,
			dueAt: saved!.dueAt
		});
		expect(assigner.message).toMatch(/Assigned “Week 1: order of draw” to Phlebotomy 101/);
	});

	it('refuses bad input with a message and stores nothing', async () => {
		const klass = await storedClass('Phlebotomy 102');
		const assigner = new DeckAssigner(() => NOW);
		await assigner.load();
		const cases: [Partial<AssignForm>, RegExp][] = [
			[{ classId: '' }, /Pick the class/],
			[{ classId: klass.id, title: ' ' }, /Give the assignment a title/],
			[{ classId: klass.id, dueDate: '2026-02-31' }, /not a real date/],
			[{ classId: klass.id, dueDate: '2026-11-30' }, /in the past/],
			[{ classId: klass.id, timeLimitMin: null }, /time limit/]
		];
		for (const [o, message] of cases) {
			expect(await assigner.assign(deck, catalog, form(o)), JSON.stringify(o)).toBe(false);
			expect(assigner.error).toMatch(message);
			expect(assigner.payload).toBeNull();
		}
		expect((await repositories().classes.get(klass.id))?.assignments).toBeUndefined();
	});

	it('reads a picked date and time in the local time zone, the end of the day when no time is given', () => {
		expect(localDueTime('', '10:00')).toBeNull();
		expect(localDueTime('2026-12-08', '')).toBe(new Date(2026, 11, 8, 23, 59).getTime());
		expect(localDueTime('2026-12-08', '07:30')).toBe(new Date(2026, 11, 8, 7, 30).getTime());
		expect(localDueTime('2026-13-01', '')).toBeNaN();
		expect(localDueTime('8 Dec', '')).toBeNaN();
	});
});
