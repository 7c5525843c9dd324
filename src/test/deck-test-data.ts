/** Decks for tests: a fixed sample and a fast-check generator of valid decks (trimmed, schema-clean fields). */
import fc from 'fast-check';
import type { Item } from '$lib/domain/bank/schema';
import type { SharedDeck } from '$lib/domain/deck/types';

const nnnn = (n: number) => String(n).padStart(4, '0');

export function sampleDeck(refs: number, items: number, id = 'abcd1234'): SharedDeck {
	return {
		id,
		title: 'Venipuncture review',
		description: 'Week 3',
		author: 'Ms. Rivera',
		version: 1,
		createdAt: 1_700_000_000_000,
		updatedAt: 1_700_000_000_000,
		itemRefs: Array.from({ length: refs }, (_, i) => `cpt-sc-${nnnn(i + 1)}`),
		items: Array.from({ length: items }, (_, i): Item => ({
			id: `deck-${id}-${nnnn(i + 1)}`,
			kind: 'card',
			front: `Front ${i + 1}`,
			back: `Back ${i + 1}`
		}))
	};
}

const text = (max: number) =>
	fc
		.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 40) })
		.map((s) => s.trim())
		.filter((s) => s.length > 0 && s.length <= max);
const tags = fc.option(fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { maxLength: 3 }), { nil: undefined });
const source = fc.option(text(300), { nil: undefined });

function withOptional<T extends object>(base: T, extra: { tags?: string[]; source?: string }): T {
	return {
		...base,
		...(extra.tags !== undefined ? { tags: extra.tags } : {}),
		...(extra.source !== undefined ? { source: extra.source } : {})
	};
}

const cardArb = fc
	.record({ front: text(2000), back: text(4000), tags, source })
	.map(({ front, back, ...extra }) => withOptional({ kind: 'card' as const, front, back }, extra));
const mcqArb = fc
	.record({
		stem: text(2000),
		choices: fc.tuple(text(400), text(400), text(400), text(400)),
		answer: fc.integer({ min: 0, max: 3 }),
		why: fc.string({ unit: 'grapheme', maxLength: 80 }),
		tags,
		source
	})
	.filter(({ choices }) => !choices.some((c) => /\b(all|none|both) of the above\b/i.test(c)))
	.map(({ stem, choices, answer, why, ...extra }) =>
		withOptional(
			{
				kind: 'mcq' as const,
				stem,
				choices: choices.map((c, i) => `${'ABCD'[i]}) ${c}`),
				answer,
				rationale: `Rationale: ${why.trim()}`.trim().padEnd(60, '.')
			},
			extra
		)
	);

export const deckArb: fc.Arbitrary<SharedDeck> = fc
	.record({
		id: fc.stringMatching(/^[a-z0-9]{4,12}$/),
		title: text(200),
		description: fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.trim()),
		author: fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.trim()),
		version: fc.integer({ min: 1, max: 1000 }),
		createdAt: fc.nat(),
		updatedAt: fc.nat(),
		itemRefs: fc.uniqueArray(
			fc
				.tuple(fc.stringMatching(/^[a-z]{2,5}$/), fc.integer({ min: 1, max: 9999 }))
				.map(([p, n]) => `${p}-${nnnn(n)}`),
			{ minLength: 1, maxLength: 30 }
		),
		items: fc.array(fc.oneof(cardArb, mcqArb), { maxLength: 6 })
	})
	.map((d) => ({
		...d,
		items: d.items.map((item, i) => ({ ...item, id: `deck-${d.id}-${nnnn(i + 1)}` }) as Item)
	}));
