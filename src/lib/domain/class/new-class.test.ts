import { describe, expect, it } from 'vitest';
import { newClass } from './new-class';

const keys = {
	publicKey: 'B'.repeat(87),
	privateKey: {
		kty: 'EC' as const,
		crv: 'P-256' as const,
		x: 'x'.repeat(43),
		y: 'y'.repeat(43),
		d: 'd'.repeat(43)
	}
};
const zeros = (n: number) => new Uint8Array(n);

describe('newClass', () => {
	it('trims the name and makes a 22-character id from 16 random bytes', () => {
		const made = newClass('  CMA 2027 ', 5, keys, zeros);
		expect(made).toEqual({ ok: true, row: { id: 'A'.repeat(22), name: 'CMA 2027', createdAt: 5, ...keys } });
	});

	it('refuses a key that is not a P-256 private key', () => {
		const ecdsa384 = { ...keys, privateKey: { ...keys.privateKey, crv: 'P-384' } };
		expect(newClass('CMA', 5, ecdsa384, zeros)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/key/)
		});
	});

	it('refuses an empty or overlong name, saying which', () => {
		expect(newClass('   ', 5, keys, zeros)).toEqual({ ok: false, error: 'Give the class a name.' });
		expect(newClass('x'.repeat(81), 5, keys, zeros)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/81 characters.*80/)
		});
	});
});
