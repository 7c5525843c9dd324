import { describe, expect, it } from 'vitest';
import { qrFor } from './qr';

describe('QR codes of deck links', () => {
	it('draws a short link and says when a link is too big', () => {
		const small = qrFor('https://vitals.example/deck#d=1.abc');
		expect(small).toMatchObject({ ok: true });
		expect(small.ok && small.path.length).toBeGreaterThan(100);
		expect(qrFor('x'.repeat(3000))).toEqual({
			ok: false,
			error: expect.stringMatching(/3,000 characters; a QR code holds at most 2,953/)
		});
	});
});
