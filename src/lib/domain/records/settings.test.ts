// Settings are read through a Map of the known keys: rows keyed __proto__, constructor or anything unknown,
// and rows with values their setting does not take, fall back to the defaults without touching prototypes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, examDateOf, readSettings, settingRow } from './settings';

const defaults = {
	dailyNewLimit: 20,
	desiredRetention: 0.9,
	theme: 'system',
	dailyGoal: 20,
	examDates: {},
	storageReminderAt: 0,
	examTargetRecall: 0.9,
	studyBudget: { unit: 'reviews', perDay: 100 },
	fsrsParameters: null,
	studentName: ''
};

describe('settings', () => {
	it('defaults to the documented values', () => {
		expect(DEFAULT_SETTINGS).toStrictEqual(defaults);
		expect(readSettings([])).toStrictEqual(defaults);
	});

	it('reads known rows and ignores __proto__, constructor, unknown keys and invalid values', () => {
		const rows = [
			{ key: '__proto__', value: { dailyGoal: 999 } },
			{ key: 'constructor', value: 1 },
			{ key: 'toString', value: 'x' },
			{ key: 'fontSize', value: 14 },
			{ key: 'desiredRetention', value: 'lots' },
			{ key: 'dailyNewLimit', value: Infinity }, // what JSON's 1e400 parses to
			{ key: 'examDates', value: { cpt: '2026-02-30' } },
			{ key: 'theme', value: 'dark' },
			{ key: 'dailyGoal', value: 35 },
			{ key: 'studentName', value: 'x'.repeat(81) }
		];
		const read = readSettings(rows);
		expect(read).toStrictEqual({ ...defaults, theme: 'dark', dailyGoal: 35 });
		expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).dailyGoal).toBeUndefined();
	});

	it('builds rows only for known keys with valid values, naming what is wrong', () => {
		expect(settingRow('theme', 'light')).toStrictEqual({ key: 'theme', value: 'light' });
		expect(() => settingRow('dailyNewLimit', -1)).toThrow(/expected a whole number from 0 to 500/);
		expect(() => settingRow('__proto__' as never, 1)).toThrow(/unknown setting "__proto__"/);
		expect(() => settingRow('examDates', { constructor: '2026-01-01' })).toThrow(/study-set ids/);
		expect(() => settingRow('examDates', { cpt: '2026-13-01' })).toThrow(/YYYY-MM-DD/);
		expect(settingRow('studentName', 'Maya Lopez')).toStrictEqual({
			key: 'studentName',
			value: 'Maya Lopez'
		});
		expect(() => settingRow('studentName', 'x'.repeat(81))).toThrow(/studentName|80/);
	});

	it('takes an exam-day target from 70% to 99% and a budget in reviews or minutes, nothing else', () => {
		expect(settingRow('examTargetRecall', 0.7).value).toBe(0.7);
		expect(settingRow('examTargetRecall', 0.99).value).toBe(0.99);
		for (const bad of [0.69, 0.995, 1, Number.NaN, '0.9'])
			expect(() => settingRow('examTargetRecall', bad), String(bad)).toThrow();
		expect(settingRow('studyBudget', { unit: 'minutes', perDay: 30 }).value).toEqual({
			unit: 'minutes',
			perDay: 30
		});
		for (const bad of [
			{ unit: 'reviews', perDay: 0 },
			{ unit: 'reviews', perDay: 1001 },
			{ unit: 'minutes', perDay: 601 },
			{ unit: 'minutes', perDay: 2.5 },
			{ unit: 'hours', perDay: 1 },
			{ unit: 'reviews', perDay: 50, extra: true }
		])
			expect(() => settingRow('studyBudget', bad), JSON.stringify(bad)).toThrow();
		const read = readSettings([
			{ key: 'examTargetRecall', value: 0.95 },
			{ key: 'studyBudget', value: { unit: 'minutes', perDay: 20 } }
		]);
		expect(read).toMatchObject({ examTargetRecall: 0.95, studyBudget: { unit: 'minutes', perDay: 20 } });
	});

	it('looks an exam date up by own key only', () => {
		const settings = { examDates: { cpt: '2026-04-01' } };
		expect(examDateOf(settings, 'cpt')).toBe('2026-04-01');
		expect(examDateOf(settings, 'ccma')).toBeNull();
		expect(examDateOf(settings, 'constructor')).toBeNull();
		expect(examDateOf(settings, '__proto__')).toBeNull();
		expect(examDateOf(settings, 'toString')).toBeNull();
	});
});
