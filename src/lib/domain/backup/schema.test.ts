import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, parseBackup, summarize } from './schema';
import { sample, t0 } from '$test/backup-fixture';

describe('backup file', () => {
	it('accepts a well-formed backup and summarises it', () => {
		const r = parseBackup(JSON.stringify(sample));
		expect(r).toEqual({ ok: true, backup: sample });
		const s = summarize(sample);
		expect(s.counts).toMatchObject({ progress: 1, reviews: 1, attempts: 1, answers: 1, decks: 0 });
		expect(s.banks).toEqual(['ccma', 'cpt']);
		expect(s.firstActivity).toBe(t0 - 60_000);
		expect(s.lastActivity).toBe(t0);
	});

	it('refuses an empty, truncated or foreign file with a clear message', () => {
		expect(parseBackup('  ')).toEqual({ ok: false, error: 'The file is empty.' });
		const text = JSON.stringify(sample);
		expect(parseBackup(text.slice(0, text.length / 2))).toMatchObject({
			ok: false,
			error: expect.stringMatching(/not complete/)
		});
		expect(parseBackup('{"tasks": []}')).toMatchObject({
			ok: false,
			error: expect.stringMatching(/not a Vitals backup/)
		});
		expect(parseBackup('[1, 2]')).toMatchObject({
			ok: false,
			error: expect.stringMatching(/not a Vitals backup/)
		});
	});

	it('refuses a file from a newer Vitals, saying to update', () => {
		const newer = JSON.stringify({ ...sample, format: BACKUP_FORMAT + 1 });
		expect(parseBackup(newer)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/newer version of Vitals.*Update/)
		});
	});

	it('names the damaged row and field', () => {
		const bad = structuredClone(sample) as unknown as { tables: { reviews: { grade: string }[] } };
		bad.tables.reviews[0]!.grade = 'meh';
		const r = parseBackup(JSON.stringify(bad));
		expect(r).toMatchObject({
			ok: false,
			error: expect.stringMatching(/damaged: tables\.reviews\.0\.grade/)
		});
	});
});
