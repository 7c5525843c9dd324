/**
 * The backup file: one versioned JSON document holding every table. Parsing checks, in order, that the
 * file is JSON (and, if not, whether it was cut short or is something else), that it is a Vitals backup
 * with a format number this app reads, and then every row, so a bad file is refused with a message naming
 * what is wrong, before anything is written.
 */
import * as v from 'valibot';
import { answerRowSchema } from '../records/answer';
import { attemptRowSchema } from '../records/attempt';
import { classResultRowSchema, classRowSchema } from '../records/class';
import { deckRowSchema } from '../records/deck';
import { rowIdSchema, timeSchema } from '../records/fields';
import { itemStatRowSchema } from '../records/item-stat';
import { progressRowSchema } from '../records/progress';
import { reviewRowSchema } from '../records/review';
import { settingRowSchema } from '../records/settings';
import { cutShort } from './json-text';

export const BACKUP_APP = 'vitals';
/** Bump when the file layout changes; restore refuses files with a higher number. */
export const BACKUP_FORMAT = 1;

/** A table's rows, each key at most once (a second row with the same key would make the restore fail). */
function rowsOf<S extends v.GenericSchema<unknown, object>>(
	row: S,
	keyName: string,
	key: (r: v.InferOutput<S>) => string | number
) {
	return v.pipe(
		v.array(row),
		v.check((rows) => new Set(rows.map(key)).size === rows.length, `two rows have the same ${keyName}`)
	);
}

/** Every table a backup holds: each row checked by the same schema the database's type is inferred from.
 * The activity summary is not among them: it is derived from reviews and answers, so restore rebuilds it. */
export const backupTablesSchema = v.object({
	progress: rowsOf(progressRowSchema, 'itemId', (r) => r.itemId),
	reviews: rowsOf(reviewRowSchema, 'id', (r) => r.id),
	settings: rowsOf(settingRowSchema, 'key', (r) => r.key),
	attempts: rowsOf(attemptRowSchema, 'id', (r) => r.id),
	answers: rowsOf(answerRowSchema, 'attemptId and itemId', (r) => `${r.attemptId} ${r.itemId}`),
	itemStats: rowsOf(itemStatRowSchema, 'itemId', (r) => r.itemId),
	decks: rowsOf(deckRowSchema, 'id', (r) => r.id),
	// Classes hold their private keys, so a restored backup can still read the class's results. Backups made
	// before classes existed have neither table.
	classes: v.optional(
		rowsOf(classRowSchema, 'id', (r) => r.id),
		() => []
	),
	classResults: v.optional(
		rowsOf(classResultRowSchema, 'id', (r) => r.id),
		() => []
	)
});

export const backupSchema = v.object({
	app: v.literal(BACKUP_APP),
	format: v.literal(BACKUP_FORMAT),
	/** The database version that wrote it, for the record. */
	schemaVersion: rowIdSchema,
	exportedAt: timeSchema,
	tables: backupTablesSchema
});

export type BackupTables = v.InferOutput<typeof backupTablesSchema>;
export type Backup = v.InferOutput<typeof backupSchema>;
export const TABLES = Object.keys(backupTablesSchema.entries) as (keyof BackupTables)[];

export type ParseResult = { ok: true; backup: Backup } | { ok: false; error: string };

function describe(issues: readonly v.BaseIssue<unknown>[]): string {
	const lines = issues.slice(0, 3).map((issue) => {
		const where = (issue.path ?? []).map((p) => String(p.key)).join('.');
		return where ? `${where}: ${issue.message}` : issue.message;
	});
	const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
	return lines.join('; ') + more;
}

/**
 * The tables as a backup writes them: every row checked by its schema, with its fields in the schema's
 * order, so a backup's bytes do not depend on the order some code happened to build a row in, and the app
 * never writes a file its own restore would refuse. Throws, naming the row and field, for a stored row
 * no version of the app could have written.
 */
export function backupTables(stored: BackupTables): BackupTables {
	const checked = v.safeParse(backupTablesSchema, stored);
	if (!checked.success)
		throw new Error(`a stored record is not valid (${describe(checked.issues)}), so it cannot be backed up`);
	return checked.output;
}

const NOTHING_CHANGED = 'Nothing was changed.';

export function parseBackup(text: string): ParseResult {
	// A byte-order mark (added by some editors) is not part of the JSON.
	const json = text.replace(/^\uFEFF/, '');
	if (json.trim() === '') return { ok: false, error: 'The file is empty.' };
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return {
			ok: false,
			error: cutShort(json)
				? `This file is not complete: it may have been cut short while copying. ${NOTHING_CHANGED}`
				: `This file is not a backup: it is not JSON. Choose the .json file that Download backup saved. ${NOTHING_CHANGED}`
		};
	}
	const head = data as { app?: unknown; format?: unknown } | null;
	if (typeof head !== 'object' || head === null || Array.isArray(head) || head.app !== BACKUP_APP)
		return { ok: false, error: `This is not a Vitals backup file. ${NOTHING_CHANGED}` };
	if (typeof head.format !== 'number')
		return {
			ok: false,
			error: `This file has no format number, so it is not a Vitals backup that can be restored. ${NOTHING_CHANGED}`
		};
	if (Number.isInteger(head.format) && head.format > BACKUP_FORMAT)
		return {
			ok: false,
			error: `This backup was made by a newer version of Vitals (format ${head.format}; this app reads up to ${BACKUP_FORMAT}). Update Vitals, then restore. ${NOTHING_CHANGED}`
		};
	if (head.format !== BACKUP_FORMAT)
		return {
			ok: false,
			error: `This file has format number ${head.format}, which no version of Vitals writes, so it is not a Vitals backup. ${NOTHING_CHANGED}`
		};
	const parsed = v.safeParse(backupSchema, data);
	if (!parsed.success)
		return { ok: false, error: `This backup is damaged: ${describe(parsed.issues)}. ${NOTHING_CHANGED}` };
	return { ok: true, backup: parsed.output };
}

export interface BackupSummary {
	exportedAt: number;
	counts: Record<keyof BackupTables, number>;
	/** Exams and decks the data is about. */
	banks: string[];
	firstActivity: number | null;
	lastActivity: number | null;
}

export function summarize(backup: Backup): BackupSummary {
	const t = backup.tables;
	const counts = Object.fromEntries(TABLES.map((k) => [k, t[k].length])) as BackupSummary['counts'];
	const banks = new Set<string>();
	for (const r of t.progress) banks.add(r.bankId);
	for (const a of t.attempts) banks.add(a.bankId);
	const times = [...t.reviews.map((r) => r.reviewedAt), ...t.answers.map((a) => a.answeredAt)];
	let first: number | null = null;
	let last: number | null = null;
	for (const at of times) {
		if (first === null || at < first) first = at;
		if (last === null || at > last) last = at;
	}
	return {
		exportedAt: backup.exportedAt,
		counts,
		banks: [...banks].sort(),
		firstActivity: first,
		lastActivity: last
	};
}
