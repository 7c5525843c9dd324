/**
 * Field rules every stored record shares. A backup file is untrusted input even when it parses, so each
 * field accepts only what the app itself writes: numbers that are finite integers, times the `Date` object
 * can format, ids of sane length.
 */
import * as v from 'valibot';

/**
 * Stored times (milliseconds since the epoch) lie in 1970-01-01 .. 2200-01-01. The lower end is the epoch
 * itself because the app writes 0 for "never" (an item flagged but never answered, a reminder never shown)
 * and a phone whose clock was reset writes times near it. The upper end leaves room for FSRS's longest
 * interval (100 years) after any clock before 2100, and lies far inside `Date`'s range (year 275760), so
 * every stored time can be turned into a date without a RangeError.
 */
export const TIME_MIN = 0;
export const TIME_MAX = Date.UTC(2200, 0, 1);
/** The day number (days since 1970-01-01) of the last stored time. */
export const DAY_MAX = Math.ceil(TIME_MAX / 86_400_000);
/** The longest span between two stored times. */
export const SPAN_MAX = TIME_MAX - TIME_MIN;

/**
 * A whole number between `min` and `max` inclusive. One check, not four actions: backups hold hundreds of
 * thousands of numbers, and this keeps parsing a year of heavy use fast. Refuses NaN and ±Infinity
 * (which JSON's 1e400 becomes).
 */
export const intIn = (min: number, max: number, what = `a whole number from ${min} to ${max}`) =>
	v.pipe(
		v.number(),
		v.check((n) => Number.isInteger(n) && n >= min && n <= max, `expected ${what}`)
	);

export const timeSchema = intIn(TIME_MIN, TIME_MAX, 'a time between 1970-01-01 and 2200-01-01');
export const countSchema = intIn(0, Number.MAX_SAFE_INTEGER, 'a count (a whole number, 0 or more)');
/** Keys the database numbers itself (reviews, attempts) start at 1. */
export const rowIdSchema = intIn(1, Number.MAX_SAFE_INTEGER, 'a row number (1 or more)');
/** Item, bank, deck and study-set ids. */
export const idSchema = v.pipe(
	v.string(),
	v.check((s) => s.length >= 1 && s.length <= 200, 'expected an id of 1 to 200 characters')
);

/** Finite and within [min, max], fractions allowed (FSRS's stability and difficulty). */
export const realIn = (min: number, max: number) =>
	v.pipe(
		v.number(),
		v.check((n) => n >= min && n <= max, `expected a number from ${min} to ${max}`)
	);
