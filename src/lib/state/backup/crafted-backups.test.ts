// Crafted backup files that older builds accepted and that then broke the app are refused when opened,
// with a message naming the table, row and field, and nothing stored changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '$lib/db';
import { sample } from '$test/backup-fixture';
import { BackupState } from './export-restore.svelte';

const t0 = Date.UTC(2026, 0, 5, 9);
const storedNow = async () => JSON.stringify(await repositories().backup.exportAll(t0));
let before = '';

beforeAll(async () => {
	// Something to lose: the sample backup restored, plus a setting of the student's own.
	await repositories().backup.restore(sample, 'replace');
	await repositories().settings.save('dailyGoal', 40);
	before = await storedNow();
});

type Tables = Record<string, Record<string, unknown>[]>;
/** The sample backup with one change made to its parsed JSON, as text. */
function crafted(change: (tables: Tables) => void): string {
	const data = JSON.parse(JSON.stringify(sample)) as { tables: Tables };
	change(data.tables);
	return JSON.stringify(data);
}
const attempt = (t: Tables) => t.attempts![0]!;

const cases: [string, string, RegExp][] = [
	[
		'a settings row keyed __proto__',
		crafted((t) => void (t.settings = [{ key: '__proto__', value: { polluted: true } }])),
		/tables\.settings\.0\.key: unknown setting "__proto__"/
	],
	[
		'a settings row keyed constructor',
		crafted((t) => void (t.settings = [{ key: 'constructor', value: 1 }])),
		/tables\.settings\.0\.key: unknown setting "constructor"/
	],
	[
		'an unknown setting key',
		crafted((t) => void (t.settings = [{ key: 'fontSize', value: 14 }])),
		/tables\.settings\.0\.key: unknown setting "fontSize"/
	],
	[
		'exam dates keyed __proto__',
		JSON.stringify(sample).replace(
			'{"key":"theme","value":"dark"}',
			'{"key":"examDates","value":{"__proto__":"2026-01-01"}}'
		),
		/tables\.settings\.0\.value: expected study-set ids as keys/
	],
	[
		'a due time outside the date range (1e300)',
		crafted((t) => void (t.progress![0]!.due = 1e300)),
		/tables\.progress\.0\.due: expected a time between 1970-01-01 and 2200-01-01/
	],
	[
		'1e400 (Infinity) as a seed',
		JSON.stringify(sample).replace('"seed":9', '"seed":1e400'),
		/tables\.attempts\.0\.seed: expected a whole number/
	],
	[
		'1e400 as a review time',
		JSON.stringify(sample).replace(`"reviewedAt":${t0}`, '"reviewedAt":1e400'),
		/tables\.reviews\.0\.reviewedAt: expected a time/
	],
	[
		'1e400 as an exam time limit',
		JSON.stringify(sample).replace('"timeLimitMs":10800000', '"timeLimitMs":1e400'),
		/tables\.attempts\.0\.timeLimitMs: expected a whole number/
	],
	[
		'1e400 as the time an exam took',
		JSON.stringify(sample).replace('"timeUsedMs":60000', '"timeUsedMs":1e400'),
		/tables\.attempts\.0\.score\.timeUsedMs: expected a whole number/
	],
	[
		'a choice order that is not an ordering of A–D',
		crafted((t) => void (attempt(t).choiceOrders = [[0, 1, 2, 5]])),
		/tables\.attempts\.0\.choiceOrders\.0: expected an order of the four choices/
	],
	[
		'a choice order with three choices',
		crafted((t) => void (attempt(t).choiceOrders = [[2, 0, 1]])),
		/tables\.attempts\.0\.choiceOrders\.0: expected an order of the four choices/
	],
	[
		'a choice order with a duplicate index',
		crafted((t) => void (attempt(t).choiceOrders = [[0, 0, 1, 2]])),
		/tables\.attempts\.0\.choiceOrders\.0: expected an order of the four choices/
	],
	[
		'fewer choice orders than questions',
		crafted((t) => void (attempt(t).choiceOrders = [])),
		/tables\.attempts\.0\.choiceOrders: expected one choice order per question/
	],
	[
		'a position past the last question',
		crafted((t) => void (attempt(t).currentIndex = 1)),
		/tables\.attempts\.0\.currentIndex: expected the position of one of the attempt’s questions/
	],
	[
		'an answer choice that is not A–D',
		crafted((t) => void (t.answers![0]!.choice = 4)),
		/tables\.answers\.0\.choice: expected a choice from 0 to 3/
	],
	[
		'a negative count of repetitions',
		crafted((t) => void (t.progress![0]!.reps = -1)),
		/tables\.progress\.0\.reps: expected a count/
	],
	[
		'a negative score',
		crafted((t) => void ((attempt(t).score as Record<string, unknown>).correct = -3)),
		/tables\.attempts\.0\.score\.correct: expected a count/
	],
	[
		'a stability beyond FSRS’s range',
		crafted((t) => void (t.progress![0]!.stability = 1e9)),
		/tables\.progress\.0\.stability: expected a number from 0 to 36500/
	],
	[
		'two cards with the same id',
		crafted((t) => void t.progress!.push(t.progress![0]!)),
		/tables\.progress: two rows have the same itemId/
	]
];

describe('restoring a crafted backup', () => {
	it.each(cases)('refuses %s, naming the field, and changes nothing', async (_name, text, field) => {
		const state = new BackupState();
		await state.open(new File([text], 'crafted.json', { type: 'application/json' }));
		expect(state.pending).toBeNull();
		expect(state.message?.kind).toBe('error');
		expect(state.message?.text).toMatch(/^This backup is damaged: /);
		expect(state.message?.text).toMatch(field);
		expect(await state.restore('replace')).toBe(false);
		expect(await storedNow()).toBe(before);
	});

	it('still restores the untouched file (the cases above differ from it in one field each)', async () => {
		const state = new BackupState();
		await state.open(new File([JSON.stringify(sample)], 'sample.json'));
		expect(state.message).toBeNull();
		expect(await state.restore('merge')).toBe(true);
	});
});
