/**
 * The backup file: one versioned JSON document holding every table. Parsing checks, in order, that the
 * file is complete JSON, that it is a Vitals backup, that it is not from a newer Vitals, and then every
 * row, so a bad file is refused with a message naming what is wrong, before anything is written.
 */
import * as v from 'valibot';
import { itemSchema } from '../bank/schema';

export const BACKUP_APP = 'vitals';
/** Bump when the file layout changes; restore refuses files with a higher number. */
export const BACKUP_FORMAT = 1;

const int = v.pipe(v.number(), v.integer());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = v.pipe(v.number(), v.finite());
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

const memorySchema = v.object({
	due: time,
	stability: v.pipe(v.number(), v.finite()),
	difficulty: v.pipe(v.number(), v.finite()),
	scheduledDays: v.pipe(v.number(), v.finite()),
	learningSteps: count,
	reps: count,
	lapses: count,
	state: v.picklist(['new', 'learning', 'review', 'relearning']),
	lastReview: v.nullable(time)
});

const progressRow = v.object({ ...memorySchema.entries, itemId: id, bankId: id });
const reviewRow = v.object({
	id: v.optional(int),
	itemId: id,
	bankId: id,
	grade: v.picklist(['again', 'hard', 'good', 'easy']),
	reviewedAt: time,
	before: v.nullable(memorySchema),
	after: memorySchema
});
const settingRow = v.object({ key: id, value: v.unknown() });
const domainScore = v.object({ domain: v.string(), correct: count, total: count });
const attemptRow = v.object({
	id: v.optional(int),
	bankId: id,
	kind: v.picklist(['quiz', 'exam']),
	mode: v.picklist(['tutor', 'test', 'exam']),
	title: v.string(),
	itemIds: v.array(id),
	choiceOrders: v.array(v.array(int)),
	seed: v.number(),
	startedAt: time,
	timeLimitMs: v.nullable(v.number()),
	submittedAt: v.nullable(time),
	status: v.picklist(['active', 'submitted']),
	currentIndex: count,
	score: v.nullable(
		v.object({
			correct: count,
			total: count,
			answered: count,
			byDomain: v.array(domainScore),
			timeUsedMs: v.number()
		})
	)
});
const answerRow = v.object({
	attemptId: int,
	itemId: id,
	bankId: id,
	domain: v.string(),
	choice: v.nullable(int),
	correct: v.boolean(),
	answeredAt: time,
	flagged: v.boolean()
});
const itemStatRow = v.object({
	itemId: id,
	bankId: id,
	domain: v.string(),
	seen: count,
	correct: count,
	lastAnsweredAt: time,
	missed: v.boolean(),
	rightSinceMiss: count,
	flagged: v.boolean(),
	recent: v.array(v.object({ at: time, correct: v.boolean() }))
});
const deckRow = v.object({
	id,
	title: v.string(),
	description: v.string(),
	author: v.string(),
	version: int,
	createdAt: time,
	updatedAt: time,
	itemRefs: v.array(id),
	items: v.array(itemSchema),
	origin: v.picklist(['local', 'imported']),
	sourceUrl: v.optional(v.string())
});

export const backupTablesSchema = v.object({
	progress: v.array(progressRow),
	reviews: v.array(reviewRow),
	settings: v.array(settingRow),
	attempts: v.array(attemptRow),
	answers: v.array(answerRow),
	itemStats: v.array(itemStatRow),
	decks: v.array(deckRow)
});

export const backupSchema = v.object({
	app: v.literal(BACKUP_APP),
	format: v.literal(BACKUP_FORMAT),
	/** The database version that wrote it, for the record. */
	schemaVersion: int,
	exportedAt: time,
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

export function parseBackup(text: string): ParseResult {
	if (text.trim() === '') return { ok: false, error: 'The file is empty.' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {
			ok: false,
			error: 'This file is not complete: it may have been cut short while copying. Nothing was changed.'
		};
	}
	const head = data as { app?: unknown; format?: unknown } | null;
	if (typeof head !== 'object' || head === null || head.app !== BACKUP_APP)
		return { ok: false, error: 'This is not a Vitals backup file. Nothing was changed.' };
	if (typeof head.format !== 'number' || head.format > BACKUP_FORMAT)
		return {
			ok: false,
			error: `This backup was made by a newer version of Vitals (format ${String(head.format)}; this app reads up to ${BACKUP_FORMAT}). Update Vitals, then restore. Nothing was changed.`
		};
	const parsed = v.safeParse(backupSchema, data);
	if (!parsed.success)
		return { ok: false, error: `This backup is damaged: ${describe(parsed.issues)}. Nothing was changed.` };
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
