import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassKeys, decodeResultLink, encodeResultLink, resultLinkClass } from './result-link';
import type { ResultPayload } from './result-payload';

const { subtle } = globalThis.crypto;
const deps = { subtle, randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)) };
const CLASS = 'class-abc123';

const result = (over: Partial<ResultPayload> = {}): ResultPayload => ({
	v: 1,
	id: 'res-0001xyz',
	classId: CLASS,
	assignmentId: 'asg-week1x',
	student: 'Maya Lopez',
	startedAt: Date.UTC(2026, 11, 1, 14),
	submittedAt: Date.UTC(2026, 11, 1, 14, 20),
	timeMs: 20 * 60_000,
	answers: [
		{ itemId: 'cpt-rbc-0001', choice: 0 },
		{ itemId: 'cpt-rbc-0002', choice: null },
		{ itemId: 'deck-abcd1234-0001', choice: 3 }
	],
	...over
});

const keys = await createClassKeys(subtle);
const other = await createClassKeys(subtle);
const classes = new Map([[CLASS, keys.privateKey]]);

describe('result links', () => {
	it('round-trip: only the class key opens them, and the class id can be read without it', async () => {
		const link = await encodeResultLink(result(), keys.publicKey, deps);
		expect(resultLinkClass(link)).toBe(CLASS);
		expect(await decodeResultLink(`https://vitals.example/class#r=${link}`, classes, subtle)).toEqual({
			ok: true,
			result: result()
		});
		// The same class id with another class's private key cannot read it.
		const wrong = await decodeResultLink(link, new Map([[CLASS, other.privateKey]]), subtle);
		expect(wrong).toMatchObject({ ok: false, error: expect.stringMatching(/changed or damaged/) });
	});

	it('names what is wrong with a tampered, truncated, foreign or unknown-version link', async () => {
		const link = await encodeResultLink(result(), keys.publicKey, deps);
		const [version, id, blob] = link.split('.') as [string, string, string];
		const flip = blob.slice(0, 100) + (blob[100] === 'A' ? 'B' : 'A') + blob.slice(101);
		expect(await decodeResultLink(`${version}.${id}.${flip}`, classes, subtle)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/changed or damaged/)
		});
		expect(await decodeResultLink(link.slice(0, 60), classes, subtle)).toMatchObject({ ok: false });
		expect(await decodeResultLink(link.slice(0, -10), classes, subtle)).toMatchObject({ ok: false });
		expect(await decodeResultLink(`2.${id}.${blob}`, classes, subtle)).toMatchObject({
			error: expect.stringMatching(/format 2/)
		});
		expect(await decodeResultLink(`${version}.other-class1.${blob}`, classes, subtle)).toMatchObject({
			error: expect.stringMatching(/not on this device/)
		});
		// The class id in the link is bound into the ciphertext: moving a result to another class fails.
		const both = new Map([...classes, ['other-class1', keys.privateKey]]);
		expect(await decodeResultLink(`${version}.other-class1.${blob}`, both, subtle)).toMatchObject({
			error: expect.stringMatching(/changed or damaged/)
		});
	});

	it('refuses a payload the app could not have written, even when it decrypts', async () => {
		const crafted = [
			result({ student: '' }),
			result({ submittedAt: 1e300 }),
			result({ answers: [{ itemId: 'cpt-rbc-0001', choice: 7 }] }),
			result({ answers: [{ itemId: 'x', choice: 0 }] }),
			result({
				answers: [
					{ itemId: 'cpt-rbc-0001', choice: 0 },
					{ itemId: 'cpt-rbc-0001', choice: 1 }
				]
			}),
			{ ...result(), extra: '<img src=x onerror=alert(1)>' } as ResultPayload
		];
		for (const r of crafted) {
			const link = await encodeResultLink(r, keys.publicKey, deps);
			expect(await decodeResultLink(link, classes, subtle)).toMatchObject({
				ok: false,
				error: expect.stringMatching(/not valid/)
			});
		}
	});

	it('never throws on any input (1,000 random strings and mutated links)', async () => {
		const link = await encodeResultLink(result(), keys.publicKey, deps);
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ maxLength: 400 }),
					fc
						.tuple(fc.nat(link.length), fc.nat(link.length), fc.string({ maxLength: 8 }))
						.map(([a, b, s]) => link.slice(0, Math.min(a, b)) + s + link.slice(Math.max(a, b)))
				),
				async (input) => {
					const decoded = await decodeResultLink(input, classes, subtle);
					expect(typeof decoded.ok).toBe('boolean');
					if (decoded.ok) expect(decoded.result).toEqual(result());
				}
			),
			{ numRuns: 1000 }
		);
	});
});
