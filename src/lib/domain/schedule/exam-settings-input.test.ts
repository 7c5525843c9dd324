// Exam-mode settings as typed: good values become what is stored, each bad one a message naming it.
import { describe, expect, it } from 'vitest';
import { settingRow } from '../records/settings';
import { parseBudget, parseTargetPercent } from './exam-settings-input';

describe('parseTargetPercent', () => {
	it('turns a whole percent from 70 to 99 into a recall the setting stores', () => {
		for (const [text, value] of [
			['70', 0.7],
			[' 90 ', 0.9],
			['99', 0.99]
		] as const) {
			const parsed = parseTargetPercent(text);
			expect(parsed).toEqual({ ok: true, value });
			expect(settingRow('examTargetRecall', value).value).toBe(value);
		}
	});
	it('names the bad value', () => {
		for (const text of ['69', '100', '90.5', 'abc', '-80', 'Infinity'])
			expect(parseTargetPercent(text)).toEqual({
				ok: false,
				error: `Target recall on exam day must be a whole percent from 70 to 99 (got ${text}).`
			});
		expect(parseTargetPercent('')).toMatchObject({ error: expect.stringContaining('(got nothing)') });
	});
});

describe('parseBudget', () => {
	it('takes whole reviews or minutes a day in range', () => {
		expect(parseBudget('reviews', '120')).toEqual({ ok: true, value: { unit: 'reviews', perDay: 120 } });
		expect(parseBudget('minutes', '45')).toEqual({ ok: true, value: { unit: 'minutes', perDay: 45 } });
	});
	it('names the bad value and the unit', () => {
		expect(parseBudget('reviews', '0')).toEqual({
			ok: false,
			error: 'Reviews a day must be a whole number from 1 to 1000 (got 0).'
		});
		expect(parseBudget('minutes', '601')).toEqual({
			ok: false,
			error: 'Minutes a day must be a whole number from 1 to 600 (got 601).'
		});
		expect(parseBudget('minutes', '')).toMatchObject({ error: expect.stringContaining('(got nothing)') });
		expect(parseBudget('reviews', 'ten')).toMatchObject({ error: expect.stringContaining('(got ten)') });
		expect(parseBudget('reviews', '2.5').ok).toBe(false);
	});
});
