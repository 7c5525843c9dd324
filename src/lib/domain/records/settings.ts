/**
 * App-wide settings: a key/value table with a fixed set of keys, each with its own value schema. Stored rows
 * are read through a Map keyed by the known keys, never looked up on a plain object, so a row keyed
 * `__proto__` or `constructor` is just an unknown row; unknown or invalid rows fall back to the default.
 */
import * as v from 'valibot';
import { intIn, timeSchema } from './fields';
import { MAX_MINUTES_PER_DAY, MAX_REVIEWS_PER_DAY } from '../schedule/budget';
import { fsrsParametersSchema } from './fsrs-parameters';

/** A study set's id as it appears in the URL: an exam bank, the guide, or `deck-<deck id>`. */
const SET_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Keys valibot's record() silently drops: refused instead, so a crafted file is named, not half-read. */
const RESERVED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** True for a real calendar day written as YYYY-MM-DD (what a date input gives). */
function isCalendarDay(key: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
	if (!m) return false;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return date.toISOString().slice(0, 10) === key;
}

const examDatesSchema = v.pipe(
	// custom, not looseObject: looseObject would drop a `__proto__` key before the check could see it.
	v.custom<Record<string, unknown>>(
		(x) => typeof x === 'object' && x !== null && !Array.isArray(x),
		'expected dates by study set'
	),
	v.check(
		(dates) => Object.keys(dates).every((k) => SET_ID.test(k) && !RESERVED_KEYS.has(k)),
		'expected study-set ids as keys'
	),
	v.record(v.string(), v.pipe(v.string(), v.check(isCalendarDay, 'expected a date as YYYY-MM-DD')))
);

/** Exam mode's daily budget: reviews a day, or minutes a day (turned into reviews at the student's pace). */
const studyBudgetSchema = v.variant('unit', [
	v.strictObject({ unit: v.literal('reviews'), perDay: intIn(1, MAX_REVIEWS_PER_DAY) }),
	v.strictObject({ unit: v.literal('minutes'), perDay: intIn(1, MAX_MINUTES_PER_DAY) })
]);
export type StudyBudgetSetting = v.InferOutput<typeof studyBudgetSchema>;
export const MIN_TARGET_RECALL = 0.7;
export const MAX_TARGET_RECALL = 0.99;

/** Each setting's value schema. */
const valueSchemas = {
	dailyNewLimit: intIn(0, 500),
	desiredRetention: v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.97)),
	theme: v.picklist(['system', 'light', 'dark']),
	/** Cards plus questions a day that count toward the streak. */
	dailyGoal: intIn(1, 1000),
	/** Exam dates by study-set id, as "YYYY-MM-DD". */
	examDates: examDatesSchema,
	/** Exam mode: the recall every item should have on exam day. */
	examTargetRecall: v.pipe(v.number(), v.minValue(MIN_TARGET_RECALL), v.maxValue(MAX_TARGET_RECALL)),
	/** Exam mode: the most study a day the plan may ask for. */
	studyBudget: studyBudgetSchema,
	/** When the student was last reminded to install or back up (storage not persisted); 0 = never. */
	storageReminderAt: timeSchema,
	/** The student's own FSRS weights, fitted to their reviews; null = ts-fsrs's defaults. */
	fsrsParameters: v.nullable(fsrsParametersSchema),
	/** The name a student's results are sent under (asked once, editable); '' until given. */
	studentName: v.pipe(v.string(), v.maxLength(80))
};

export const settingsSchema = v.object({
	dailyNewLimit: v.optional(valueSchemas.dailyNewLimit, 20),
	desiredRetention: v.optional(valueSchemas.desiredRetention, 0.9),
	theme: v.optional(valueSchemas.theme, 'system'),
	dailyGoal: v.optional(valueSchemas.dailyGoal, 20),
	examDates: v.optional(valueSchemas.examDates, {}),
	storageReminderAt: v.optional(valueSchemas.storageReminderAt, 0),
	examTargetRecall: v.optional(valueSchemas.examTargetRecall, 0.9),
	studyBudget: v.optional(valueSchemas.studyBudget, { unit: 'reviews', perDay: 100 } as const),
	fsrsParameters: v.optional(valueSchemas.fsrsParameters, null),
	studentName: v.optional(valueSchemas.studentName, '')
});
export type Settings = v.InferOutput<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const DEFAULT_SETTINGS: Settings = v.parse(settingsSchema, {});

const row = <K extends SettingKey, S extends (typeof valueSchemas)[K]>(key: K, value: S) =>
	v.object({ key: v.literal(key), value });

/** One stored setting: a known key with a value its schema accepts. */
export const settingRowSchema = v.variant(
	'key',
	[
		row('dailyNewLimit', valueSchemas.dailyNewLimit),
		row('desiredRetention', valueSchemas.desiredRetention),
		row('theme', valueSchemas.theme),
		row('dailyGoal', valueSchemas.dailyGoal),
		row('examDates', valueSchemas.examDates),
		row('storageReminderAt', valueSchemas.storageReminderAt),
		row('examTargetRecall', valueSchemas.examTargetRecall),
		row('studyBudget', valueSchemas.studyBudget),
		row('fsrsParameters', valueSchemas.fsrsParameters),
		row('studentName', valueSchemas.studentName)
	],
	(issue) => `unknown setting ${issue.received}`
);
export type SettingRow = v.InferOutput<typeof settingRowSchema>;

/** Settings from stored rows: each known key's row if its value is valid, else the default. */
export function readSettings(rows: Iterable<{ key: unknown; value: unknown }>): Settings {
	const stored = new Map<unknown, unknown>();
	for (const r of rows) stored.set(r.key, r.value);
	const valid = Object.entries(valueSchemas)
		.filter(([key, schema]) => stored.has(key) && v.is(schema, stored.get(key)))
		.map(([key]) => [key, stored.get(key)]);
	return v.parse(settingsSchema, Object.fromEntries(valid));
}

/** A setting as a row to store; throws (naming the setting) when the value is not one the setting takes. */
export function settingRow(key: SettingKey, value: unknown): SettingRow {
	return v.parse(settingRowSchema, { key, value });
}

/** The exam date set for a study set, if any (an own key only: a set id is never looked up on the prototype). */
export function examDateOf(settings: Pick<Settings, 'examDates'>, setId: string): string | null {
	return Object.hasOwn(settings.examDates, setId) ? (settings.examDates[setId] ?? null) : null;
}
