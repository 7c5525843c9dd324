import { describe, expect, it } from 'vitest';
import { setIdFrom } from './study-set';

describe('setIdFrom', () => {
	const id = (query: string) => setIdFrom(new URL(`https://vitals.test/study${query}`));

	it('reads ?set=', () => {
		expect(id('?set=cpt')).toBe('cpt');
		expect(id('?set=deck-abcd1234')).toBe('deck-abcd1234');
		expect(id('?set=last')).toBe('last');
	});

	it('still reads the older ?exam= and ?deck= that bookmarks and installed shortcuts carry', () => {
		expect(id('?exam=cpt')).toBe('cpt');
		expect(id('?exam=last')).toBe('last');
		expect(id('?deck=abcd1234')).toBe('deck-abcd1234');
	});

	it('is empty when the URL names no set', () => {
		expect(id('')).toBe('');
	});
});
