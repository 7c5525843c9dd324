/** The activity summary's bucket, a quarter-hour; apart from the row schema (records/activity.ts) so code that
 * only counts quarters (the database's v4 upgrade, on every start's first screen) does not bring valibot. */
export const QUARTER_MS = 900_000;
