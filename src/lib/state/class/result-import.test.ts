// Importing results: a pasted block with good, repeated, tampered, foreign, unknown-assignment and junk
// lines stores exactly the good ones (a result sent twice once) and names every refused line with its
// reason; a full disk stores nothing; and, fuzzed (1,000 random pastes built from random text, cut and
// garbled tokens, replays, another class's results and oversize lines), nothing throws and the tables
// end holding exactly what they held plus the genuine results in the paste.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '$lib/db';
import type { ClassRow } from '$lib/domain/records/class';
import { assignment, makeClass, result, seal } from '$test/class-fixture';
import { fillDisk } from '$test/full-disk';
import { ResultImport } from './result-import.svelte';

async function dump() {
	const { db } = repositories();
	return { classes: await db.classes.toArray(), results: await db.classResults.toArray() };
}
const now = Date.UTC(2026, 11, 9);

let mine: ClassRow;
let foreign: ClassRow;
beforeEach(async () => {
	const { db } = repositories();
	await Promise.all(db.tables.map((t) => t.clear()));
	mine = await makeClass('Phlebotomy 101', [assignment()]);
	foreign = await makeClass('Someone else’s class', [assignment()]);
	await repositories().classes.add(mine);
});
let restoreDisk: (() => void) | undefined;
afterEach(() => {
	restoreDisk?.();
	restoreDisk = undefined;
});

const tamper = (token: string) => {
	const i = token.length - 30;
	return token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
};

describe('importing pasted result links', () => {
	it('stores the good lines once each and names each refused line with its reason', async () => {
		const maya = await seal(result(mine, 'Maya', [0, 1, 2]), mine);
		const jon = await seal(result(mine, 'Jon', [1, 1, 2]), mine);
		const other = await seal(result(foreign, 'Stranger', [0, 0, 0]), foreign);
		const unknown = await seal(
			result(mine, 'Ana', [0], {}, assignment({ id: 'made-elsewhere', itemIds: ['cpt-rbc-0001'] })),
			mine
		);
		const paste = [
			`https://vitals.example/classes#r=${maya}`,
			`"${jon}"`,
			'',
			`Maya again: https://vitals.example/classes#r=${maya}`,
			tamper(jon),
			`https://vitals.example/classes#r=${jon.slice(0, 80)}`,
			other,
			'thanks, see you Monday',
			unknown
		].join('\n');
		const importer = new ResultImport();
		expect(await importer.importText(paste, now)).toBe(true);
		expect(importer.summary).toEqual({
			added: 3,
			alreadyHad: 1,
			unknownAssignment: 1,
			classIds: [mine.id],
			refused: [
				{ line: 5, preview: expect.any(String), reason: expect.stringMatching(/changed or damaged/) },
				{ line: 6, preview: expect.any(String), reason: expect.stringMatching(/damaged or cut short/) },
				{
					line: 7,
					preview: expect.any(String),
					reason: expect.stringMatching(/class that is not on this device/)
				},
				{ line: 8, preview: 'thanks, see you Monday', reason: expect.stringMatching(/not a result link/) }
			]
		});
		const stored = await repositories().classes.results(mine.id);
		expect(stored.map((r) => r.result.student).sort()).toEqual(['Ana', 'Jon', 'Maya']);
		expect(stored.every((r) => r.receivedAt === now)).toBe(true);
		expect(importer.progress).toBeNull();

		// The same block again adds nothing.
		expect(await importer.importText(paste, now + 1)).toBe(false);
		expect(importer.summary).toMatchObject({ added: 0, alreadyHad: 4 });
		expect(await repositories().classes.results(mine.id)).toEqual(stored);
	});

	it('says so for an empty paste, and on a full disk stores nothing', async () => {
		const importer = new ResultImport();
		expect(await importer.importText(' \n\n', now)).toBe(false);
		expect(importer.error).toBe('Paste at least one result link.');
		const before = await dump();
		restoreDisk = fillDisk();
		const token = await seal(result(mine, 'Maya', [0, 1, 2]), mine);
		expect(await importer.importText(token, now)).toBe(false);
		expect(importer.error).toMatch(/out of storage/);
		restoreDisk();
		expect(await dump()).toEqual(before);
	});

	it('fuzzed: never throws, and stores exactly the genuine results (1,000 pastes)', async () => {
		const genuine = await Promise.all(
			['Ana', 'Ben', 'Cy'].map(async (s) => {
				const payload = result(mine, s, [0, 1, 2]);
				return { payload, token: await seal(payload, mine) };
			})
		);
		const strangers = await seal(result(foreign, 'Stranger', [0, 1, 2]), foreign);
		// Cut and garbled copies never still hold the whole token, so "genuine" below is exact.
		const cut = (t: string) => fc.nat(t.length - 1).map((n) => t.slice(0, n));
		const garble = (t: string) =>
			fc
				.tuple(fc.nat(t.length), fc.nat(t.length), fc.string({ maxLength: 6 }))
				.map(([a, b, s]) => t.slice(0, Math.min(a, b)) + s + t.slice(Math.max(a, b)))
				.filter((g) => !g.includes(t));
		const line = fc.oneof(
			fc.string({ maxLength: 200 }),
			fc.constantFrom(...genuine.map((g) => g.token)).chain((t) => fc.oneof(cut(t), garble(t))),
			fc.constantFrom(...genuine.map((g) => `https://v.example/classes#r=${g.token}`)),
			fc.constant(strangers),
			fc.constant(`#r=1.${mine.id}.${'A'.repeat(250_000)}`),
			fc.constant('<img src=x onerror=alert(1)>')
		);
		const importer = new ResultImport();
		await fc.assert(
			fc.asyncProperty(
				fc.array(line, { maxLength: 6 }),
				fc.constantFrom('\n', '\r\n'),
				async (lines, eol) => {
					await repositories().db.classResults.clear();
					const before = await dump();
					await importer.importText(lines.join(eol), now);
					const after = await dump();
					const inPaste = genuine.filter((g) => lines.some((l) => l.includes(g.token)));
					expect(after.classes).toEqual(before.classes);
					expect(after.results.map((r) => r.result).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
						inPaste.map((g) => g.payload).sort((a, b) => a.id.localeCompare(b.id))
					);
				}
			),
			{ numRuns: 1000 }
		);
	}, 120_000);
});
