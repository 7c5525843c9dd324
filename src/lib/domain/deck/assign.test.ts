import { describe, expect, it } from 'vitest';
import { assignDeck, assignedItemIds, type AssignInput } from './assign';
import { SAMPLE_PUBLIC_KEY } from '$test/assignment-test-data';

const klass = { id: 'Zk3lQm9xTq2bVw8nRt5yHA', name: 'Phlebotomy 101', publicKey: SAMPLE_PUBLIC_KEY };
const deck = { id: 'abcd1234', itemIds: ['cpt-sc-0001', 'deck-abcd1234-0002'] };
const now = Date.UTC(2026, 11, 1, 9);
const bytes = (n: number) => new Uint8Array(n).fill(7);
const input = (o: Partial<AssignInput> = {}): AssignInput => ({
	title: ' Week 1: order of draw ',
	mode: 'timed',
	timeLimitMin: 30,
	dueAt: Date.UTC(2026, 11, 8, 23),
	...o
});

describe('assignDeck', () => {
	it('makes the link shape and the class-row shape of one assignment', () => {
		const made = assignDeck(input(), klass, deck, now, bytes);
		const id = 'BwcHBwcHBwcHBwcH'; // 12 bytes of 7, base64url
		expect(made).toEqual({
			ok: true,
			link: {
				id,
				title: 'Week 1: order of draw',
				mode: 'timed',
				dueAt: Date.UTC(2026, 11, 8, 23),
				timeLimitMin: 30,
				classId: klass.id,
				className: 'Phlebotomy 101',
				publicKey: SAMPLE_PUBLIC_KEY
			},
			row: {
				id,
				title: 'Week 1: order of draw',
				mode: 'timed',
				dueAt: Date.UTC(2026, 11, 8, 23),
				timeLimitMin: 30,
				createdAt: now,
				itemIds: deck.itemIds,
				deckId: 'abcd1234'
			}
		});
	});

	it('drops the time limit outside a timed test and the due date when none is given', () => {
		const made = assignDeck(input({ mode: 'test', dueAt: null }), klass, deck, now, bytes);
		expect(made.ok && made.link).not.toHaveProperty('timeLimitMin');
		expect(made.ok && made.link).not.toHaveProperty('dueAt');
		expect(made.ok && made.row.mode).toBe('test');
	});

	it('names what is wrong with bad input', () => {
		const cases: [Partial<AssignInput>, RegExp, typeof deck?][] = [
			[{ title: '   ' }, /Give the assignment a title/],
			[{ title: 'x'.repeat(121) }, /121 characters long; 120 is the most/],
			[{ timeLimitMin: 0 }, /time limit of 1 to 600 whole minutes/],
			[{ timeLimitMin: 2.5 }, /time limit of 1 to 600 whole minutes/],
			[{ timeLimitMin: null }, /time limit of 1 to 600/],
			[{ dueAt: now - 1 }, /due date is in the past/],
			[{ dueAt: Date.UTC(2300, 0, 1) }, /before the year 2200/],
			[{}, /no multiple-choice questions/, { id: 'abcd1234', itemIds: [] }]
		];
		for (const [o, message, d] of cases)
			expect(assignDeck(input(o), klass, d ?? deck, now, bytes), JSON.stringify(o)).toEqual({
				ok: false,
				error: expect.stringMatching(message)
			});
	});
});

describe('assignedItemIds', () => {
	it('lists the multiple-choice items in deck order, bank items first, skipping cards and unknown ids', () => {
		const known = new Map([
			['cpt-sc-0002', { kind: 'mcq' }],
			['cpt-sc-0001', { kind: 'card' }],
			['cpt-sc-0003', { kind: 'mcq' }]
		]);
		const deck = {
			itemRefs: ['cpt-sc-0003', 'cpt-sc-0001', 'cpt-gone-0001', 'cpt-sc-0002'],
			items: [
				{ id: 'deck-abcd1234-0001', kind: 'card' },
				{ id: 'deck-abcd1234-0002', kind: 'mcq' }
			]
		};
		expect(assignedItemIds(deck, known)).toEqual(['cpt-sc-0003', 'cpt-sc-0002', 'deck-abcd1234-0002']);
	});
});
