/** Deck links that carry an assignment: old links still open, bad assignments are refused. */
import { describe, expect, it } from 'vitest';
import { decodeDeckLink, encodeDeckLink } from './codec';
import { parseDeckFile, toDeckFile } from './schema';
import { toShared, type SharedDeck } from './types';
import { sampleDeck } from '$test/deck-test-data';
import { sampleAssignment } from '$test/assignment-test-data';

/** `encodeDeckLink(sampleDeck(3, 2))` as made by the code before assignments (main at cc7fd1a). */
const LINK_BEFORE_ASSIGNMENTS =
	'1.hY-9agMxEIRfRUytMyedwaAuKdKlcREXxoW8WhOhWHdIe-fC3LuHizH5AZNtlmFmPpgrYoCDP1IwtltDQ6J8MBzeOMdhzCRjYVV4inyBRuBKJQ4S-wyHHXNSHTT8KO99gcNrXaltnLh4aExc6lfQaFBhLxyeBM5s2u_TGIfwwInC5y2fKtweNEhTqWnb1kD_UPaX6nC41ZbO9bYtMKXmPvAOSDEvHvkSoHEqfRY4vCxfLf7RU4LDs6ekDGb9iGX_Ydk_LIv5MH8C';

describe('deck links with an assignment', () => {
	it('a link made before assignments still opens, with no assignment', async () => {
		const result = await decodeDeckLink(LINK_BEFORE_ASSIGNMENTS);
		expect(result).toEqual({ ok: true, deck: sampleDeck(3, 2) });
		expect(result.ok && 'assignment' in result.deck).toBe(false);
	});

	it('carries the assignment through the link and the deck file', async () => {
		const deck: SharedDeck = { ...sampleDeck(3, 2), assignment: sampleAssignment() };
		expect(await decodeDeckLink(await encodeDeckLink(deck))).toEqual({ ok: true, deck });
		expect(parseDeckFile(toDeckFile(deck))).toEqual({ ok: true, deck });
		const tutor = { ...deck, assignment: sampleAssignment({ mode: 'tutor', timeLimitMin: undefined }) };
		delete tutor.assignment.timeLimitMin;
		delete tutor.assignment.dueAt;
		expect(await decodeDeckLink(await encodeDeckLink(tutor))).toEqual({ ok: true, deck: tutor });
	});

	it('toShared keeps the assignment and drops what only this device knows', () => {
		const shared = toShared({
			...sampleDeck(1, 0),
			assignment: sampleAssignment(),
			origin: 'imported',
			sourceUrl: 'https://example.org/d.json',
			assignmentWork: { assignmentId: 'wk1OrderOfDraw', attemptId: 4 }
		});
		expect(Object.keys(shared).sort()).toEqual([...Object.keys(sampleDeck(1, 0)), 'assignment'].sort());
		expect('assignment' in toShared(sampleDeck(1, 0))).toBe(false);
	});

	it('refuses a link whose assignment no instructor could have made, naming the field', async () => {
		const bad: [Record<string, unknown>, RegExp][] = [
			[{ mode: 'timed', timeLimitMin: undefined }, /timed test needs a time limit/],
			[{ mode: 'tutor' }, /only a timed test has one/],
			[{ timeLimitMin: 0 }, /time limit of 1 to 600 minutes/],
			[{ publicKey: 'short' }, /assignment\.publicKey: expected a P-256 public key/],
			[{ dueAt: 1e300 }, /assignment\.dueAt: expected a time between/],
			[{ title: '' }, /assignment\.title: expected a title of 1 to 120/],
			[{ extra: '<script>' }, /assignment/]
		];
		for (const [change, message] of bad) {
			const assignment = { ...sampleAssignment(), ...change };
			const link = await encodeDeckLink({ ...sampleDeck(1, 0), assignment } as SharedDeck);
			expect(await decodeDeckLink(link), JSON.stringify(change)).toMatchObject({
				ok: false,
				error: expect.stringMatching(message)
			});
		}
	});
});
