/** Deck-link sizes with and without an assignment, measured against the QR limit (state/deck/qr.ts). */
import { describe, expect, it } from 'vitest';
import type { Item } from '$lib/domain/bank/schema';
import { createClassKeys } from '$lib/domain/class/result-link';
import { encodeDeckLink } from '$lib/domain/deck/codec';
import type { SharedDeck } from '$lib/domain/deck/types';
import { sampleAssignment } from '$test/assignment-test-data';
import { sampleDeck } from '$test/deck-test-data';
import { QR_MAX_BYTES } from './qr';

// Real bank ids, spread over the domains the way an instructor's pick would be.
const DOMAINS = ['sc', 'pp', 'rbc', 'spc', 'pr'];
const bankIds = (n: number) =>
	Array.from({ length: n }, (_, i) => `cpt-${DOMAINS[i % 5]}-${String(7 * i + 3).padStart(4, '0')}`);

function handMadeDeck(id = 'ordr2026'): SharedDeck {
	const stems = [
		['Which tube is drawn first in the order of draw?', 'Blood culture', 'Light blue', 'Red', 'Lavender'],
		['Which additive does a lavender top hold?', 'EDTA', 'Sodium citrate', 'Heparin', 'None'],
		['How many times is a light-blue tube inverted?', '3 to 4', '8 to 10', '5', 'Not at all'],
		[
			'Where is the tourniquet tied?',
			'3 to 4 inches above the site',
			'At the wrist',
			'On the site',
			'At the elbow'
		],
		['How long may a tourniquet stay on?', 'At most 1 minute', '5 minutes', '10 minutes', 'Until done']
	];
	const items = Array.from({ length: 10 }, (_, i): Item => {
		const [stem, ...choices] = stems[i % stems.length]!;
		return {
			id: `deck-${id}-${String(i + 1).padStart(4, '0')}`,
			kind: 'mcq',
			stem: `${stem} (${i + 1})`,
			choices: choices as [string, string, string, string],
			answer: 0,
			rationale: 'CLSI GP41 sets this order so additives are not carried from one tube into the next.'
		};
	});
	return { ...sampleDeck(0, 0, id), title: 'Order of draw drill', items };
}

describe('link sizes', () => {
	it('measures links with and without an assignment against the QR limit the deck link states', async () => {
		const { publicKey } = await createClassKeys(crypto.subtle);
		const assignment = sampleAssignment({ publicKey });
		const origin = 'https://vitals.example.org/deck#d=';
		const decks: [string, SharedDeck][] = [
			...[10, 25, 50].map((n): [string, SharedDeck] => [
				`${n} bank items`,
				{ ...sampleDeck(0, 0), itemRefs: bankIds(n) }
			]),
			['hand-made, 10 MCQs', handMadeDeck()]
		];
		const rows: string[] = [];
		for (const [name, deck] of decks) {
			const plain = (origin + (await encodeDeckLink(deck))).length;
			const assigned = (origin + (await encodeDeckLink({ ...deck, assignment }))).length;
			rows.push(`${name.padEnd(20)} ${String(plain).padStart(5)} → ${assigned} characters`);
			// The assignment (title, class name, 65-byte key) costs about 250 characters, whatever the deck.
			expect(assigned - plain).toBeGreaterThan(100);
			expect(assigned - plain).toBeLessThan(400);
			// Every one still fits in one QR code, the tightest limit a shared link meets.
			expect(assigned).toBeLessThanOrEqual(QR_MAX_BYTES);
		}
		console.log(`Deck link sizes (without → with an assignment):\n${rows.join('\n')}`);
	});
});
