/**
 * The v5 upgrade: older builds restored backups that held rows no version of the app writes (a setting keyed
 * `__proto__`, `due: 1e300`, a choice order with a repeated index…), and such a row crashed the screen that
 * read it. This removes every row its record schema refuses, drops stray fields (item history rows carried
 * three from the answer that created them), removes the answers of attempts it removed, and rebuilds the
 * activity summary from the reviews and answers that remain. After it, every stored row matches its schema,
 * as every later write does (typed writes, and restores checked by the same schemas).
 */
import type { IndexableType, Table, Transaction } from 'dexie';
import * as v from 'valibot';
import { summarise } from '$lib/domain/progress/activity';
import { answerRowSchema } from '$lib/domain/records/answer';
import { attemptRowSchema } from '$lib/domain/records/attempt';
import { deckRowSchema } from '$lib/domain/records/deck';
import { itemStatRowSchema } from '$lib/domain/records/item-stat';
import { progressRowSchema } from '$lib/domain/records/progress';
import { isCardReview, reviewRowSchema } from '$lib/domain/records/review';
import { settingRowSchema } from '$lib/domain/records/settings';

/** Equal as data: same keys with equal values, whatever the order of the keys. */
function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every(
		(k) =>
			Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
	);
}

export interface RepairCount {
	removed: number;
	rewritten: number;
}

/**
 * Removes the rows `schema` refuses (and those `alsoRemove` names), rewrites those it strips fields from,
 * and returns the rows kept. Rows and keys are read in bulk (getAll, not a cursor: a year of reviews is
 * tens of thousands of rows), both in primary-key order, so they pair up.
 */
async function repairTable<S extends v.GenericSchema>(
	table: Table,
	schema: S,
	alsoRemove: (row: unknown) => boolean = () => false
): Promise<{ kept: v.InferOutput<S>[]; removedRows: unknown[]; count: RepairCount }> {
	const [keys, rows] = await Promise.all([table.toCollection().primaryKeys(), table.toArray()]);
	const removeKeys: IndexableType[] = [];
	const removedRows: unknown[] = [];
	const kept: v.InferOutput<S>[] = [];
	const rewrite: v.InferOutput<S>[] = [];
	rows.forEach((row: unknown, i) => {
		const checked = v.safeParse(schema, row);
		if (!checked.success || alsoRemove(row)) {
			removeKeys.push(keys[i]!);
			removedRows.push(row);
			return;
		}
		kept.push(checked.output);
		if (!sameData(checked.output, row)) rewrite.push(checked.output);
	});
	await table.bulkDelete(removeKeys);
	await table.bulkPut(rewrite);
	return { kept, removedRows, count: { removed: removeKeys.length, rewritten: rewrite.length } };
}

/** Runs inside the upgrade's transaction, so it applies whole or not at all. Returns what it did per table. */
export async function repairStoredRows(tx: Transaction): Promise<Record<string, RepairCount>> {
	const attempts = await repairTable(tx.table('attempts'), attemptRowSchema);
	const removedAttempts = new Set(attempts.removedRows.map((a) => (a as { id?: unknown }).id));
	const reviews = await repairTable(tx.table('reviews'), reviewRowSchema);
	const answers = await repairTable(tx.table('answers'), answerRowSchema, (a) =>
		removedAttempts.has((a as { attemptId?: unknown }).attemptId)
	);
	const counts: Record<string, RepairCount> = {
		progress: (await repairTable(tx.table('progress'), progressRowSchema)).count,
		reviews: reviews.count,
		settings: (await repairTable(tx.table('settings'), settingRowSchema)).count,
		attempts: attempts.count,
		answers: answers.count,
		itemStats: (await repairTable(tx.table('itemStats'), itemStatRowSchema)).count,
		decks: (await repairTable(tx.table('decks'), deckRowSchema)).count
	};
	await tx.table('activity').clear();
	await tx
		.table('activity')
		.bulkPut(
			summarise([
				...reviews.kept.filter(isCardReview).map((r) => ({ bankId: r.bankId, at: r.reviewedAt })),
				...answers.kept.map((a) => ({ bankId: a.bankId, at: a.answeredAt }))
			])
		);
	return counts;
}
