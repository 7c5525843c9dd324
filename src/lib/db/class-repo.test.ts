// Classes and their results on the instructor's device: a class made with real Web Crypto keys is stored
// and listed; a result received twice (in one batch or two) is kept once; the class keys travel in the
// backup, so a device restored from it reads results sent to the class; backups made before classes
// existed still restore.
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '$lib/domain/backup/schema';
import { newClass } from '$lib/domain/class/new-class';
import { createClassKeys, decodeResultLink, encodeResultLink } from '$lib/domain/class/result-link';
import type { ResultPayload } from '$lib/domain/class/result-payload';
import { classRowSchema, type ClassResultRow, type ClassRow } from '$lib/domain/records/class';
import { openRepositories, VitalsDatabase } from './index';

let n = 0;
const opened: VitalsDatabase[] = [];
const open = () => {
	const db = new VitalsDatabase(`class-test-${++n}`);
	opened.push(db);
	return openRepositories(db);
};
afterEach(async () => {
	while (opened.length) await opened.pop()!.delete();
});

const { subtle } = globalThis.crypto;
const randomBytes = (k: number) => crypto.getRandomValues(new Uint8Array(k));
const t0 = Date.UTC(2026, 11, 1, 14);

async function makeClass(name: string, at = t0): Promise<ClassRow> {
	const made = newClass(name, at, await createClassKeys(subtle), randomBytes);
	if (!made.ok) throw new Error(made.error);
	return made.row;
}

const payload = (c: ClassRow, id: string, student: string): ResultPayload => ({
	v: 1,
	id,
	classId: c.id,
	assignmentId: 'week1-quiz',
	student,
	startedAt: t0,
	submittedAt: t0 + 600_000,
	timeMs: 600_000,
	answers: [{ itemId: 'cpt-rbc-0001', choice: 2 }]
});
const row = (result: ResultPayload, receivedAt = t0 + 3_600_000): ClassResultRow => ({
	id: result.id,
	classId: result.classId,
	assignmentId: result.assignmentId,
	result,
	receivedAt
});

describe('class repository', () => {
	it('stores a class with real keys, each field as its schema allows, and lists classes oldest first', async () => {
		const r = open();
		const later = await makeClass('CMA evening, spring', t0 + 1000);
		const first = await makeClass('  Phlebotomy 101  ');
		expect(v.is(classRowSchema, first)).toBe(true);
		expect(first.name).toBe('Phlebotomy 101');
		await r.classes.add(later);
		await r.classes.add(first);
		expect((await r.classes.list()).map((c) => c.name)).toEqual(['Phlebotomy 101', 'CMA evening, spring']);
		expect(await r.classes.get(first.id)).toEqual(first);
	});

	it('keeps a result sent twice once, in one batch or across two', async () => {
		const r = open();
		const c = await makeClass('Phlebotomy 101');
		await r.classes.add(c);
		const maya = row(payload(c, 'result-maya1', 'Maya'));
		const jon = row(payload(c, 'result-jon01', 'Jon'));
		expect(await r.classes.addResults([maya, maya])).toBe(1);
		expect(await r.classes.addResults([row(maya.result, t0 + 9e6), jon])).toBe(1);
		const stored = await r.classes.results(c.id);
		expect(stored.map((s) => s.result.student).sort()).toEqual(['Jon', 'Maya']);
		// The first copy received is the one kept.
		expect(stored.find((s) => s.id === maya.id)?.receivedAt).toBe(maya.receivedAt);
	});

	it('adds assignments to their class in order, and refuses a duplicate id or a missing class', async () => {
		const r = open();
		const c = await makeClass('Phlebotomy 101');
		await r.classes.add(c);
		const week1 = {
			id: 'week1-quiz',
			title: 'Week 1',
			mode: 'tutor' as const,
			createdAt: t0,
			itemIds: ['cpt-rbc-0001']
		};
		const week2 = { ...week1, id: 'week2-test', title: 'Week 2', mode: 'timed' as const, timeLimitMin: 20 };
		await r.classes.addAssignment(c.id, week1);
		await r.classes.addAssignment(c.id, week2);
		await expect(r.classes.addAssignment(c.id, week1)).rejects.toThrow(/already saved/);
		await expect(r.classes.addAssignment('no-such-class', week1)).rejects.toThrow(/no longer on this device/);
		const stored = await r.classes.get(c.id);
		expect(stored?.assignments?.map((a) => a.title)).toEqual(['Week 1', 'Week 2']);
		expect(v.is(classRowSchema, stored)).toBe(true);
	});
});

describe('classes in the backup', () => {
	it('a device restored from the backup reads results sent to the class', async () => {
		const teacher = open();
		const c = await makeClass('Phlebotomy 101');
		await teacher.classes.add(c);
		await teacher.classes.addResults([row(payload(c, 'result-maya1', 'Maya'))]);
		const text = JSON.stringify(await teacher.backup.exportAll(t0 + 7_200_000));

		const parsed = parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.error);
		const newDevice = open();
		await newDevice.backup.restore(parsed.backup, 'replace');
		const [restored] = await newDevice.classes.list();
		expect(restored).toEqual(c);
		expect(await newDevice.classes.results(c.id)).toEqual(await teacher.classes.results(c.id));

		// A result a student sends after the move opens with the restored key.
		const late = payload(c, 'result-late1', 'Late Student');
		const link = await encodeResultLink(late, restored!.publicKey, { subtle, randomBytes });
		const keys = new Map([[restored!.id, restored!.privateKey]]);
		expect(await decodeResultLink(link, keys, subtle)).toEqual({ ok: true, result: late });
	});

	it('merge adds classes and results this device lacks and keeps its own', async () => {
		const a = open();
		const b = open();
		const shared = await makeClass('Shared class');
		const onlyB = await makeClass('Only on B');
		await a.classes.add(shared);
		await b.classes.add(shared);
		await b.classes.add(onlyB);
		await a.classes.addResults([row(payload(shared, 'result-aaaa1', 'Ana'))]);
		await b.classes.addResults([
			row(payload(shared, 'result-aaaa1', 'Ana'), t0 + 5e6),
			row(payload(shared, 'result-bbbb1', 'Ben'))
		]);
		const parsed = parseBackup(JSON.stringify(await b.backup.exportAll(t0 + 1e7)));
		if (!parsed.ok) throw new Error(parsed.error);
		await a.backup.restore(parsed.backup, 'merge');
		expect((await a.classes.list()).map((c) => c.name).sort()).toEqual(['Only on B', 'Shared class']);
		const results = await a.classes.results(shared.id);
		expect(results.map((r) => r.result.student).sort()).toEqual(['Ana', 'Ben']);
		expect(results.find((r) => r.id === 'result-aaaa1')?.receivedAt).toBe(t0 + 3_600_000);
	});

	it('a backup from before classes (no class tables) still restores, with no classes', async () => {
		const r = open();
		const old = JSON.parse(JSON.stringify(await r.backup.exportAll(t0)));
		delete old.tables.classes;
		delete old.tables.classResults;
		const parsed = parseBackup(JSON.stringify(old));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.backup.tables.classes).toEqual([]);
		await r.backup.restore(parsed.backup, 'replace');
		expect(await r.classes.list()).toEqual([]);
	});

	it('refuses a backup whose class key is not a P-256 private key, naming the field', async () => {
		const r = open();
		await r.classes.add(await makeClass('Phlebotomy 101'));
		const file = JSON.parse(JSON.stringify(await r.backup.exportAll(t0)));
		file.tables.classes[0].privateKey.crv = 'P-384';
		const parsed = parseBackup(JSON.stringify(file));
		expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/classes\.0\.privateKey\.crv/) });
	});
});
