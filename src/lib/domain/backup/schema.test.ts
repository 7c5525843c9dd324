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

	it('reads a backup an older build wrote, whose item history rows carry stray answer fields, without them', () => {
		const stat = {
			itemId: 'ccma-pc-0001',
			bankId: 'ccma',
			domain: 'pc',
			seen: 1,
			correct: 1,
			lastAnsweredAt: t0,
			missed: false,
			rightSinceMiss: 0,
			flagged: false,
			recent: [{ at: t0, correct: true }]
		};
		const old = {
			...sample,
			tables: { ...sample.tables, itemStats: [{ attemptId: 4, choice: 1, answeredAt: t0, ...stat }] }
		};
		const r = parseBackup(JSON.stringify(old));
		expect(r.ok && r.backup.tables.itemStats).toStrictEqual([stat]);
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

	describe('names the real problem with a file that is not a backup it can read', () => {
		const text = JSON.stringify(sample);
		const error = (t: string) => {
			const r = parseBackup(t);
			if (r.ok) throw new Error('accepted');
			return r.error;
		};

		it('a file that is not JSON is called that, not "cut short"', () => {
			for (const t of [
				'hello',
				'itemId,grade\ncpt-rbc-0001,good\n',
				'%PDF-1.7\n%âãÏÓ\n1 0 obj',
				'{\\rtf1\\ansi {\\fonttbl} Backup}',
				'{"app": vitals}',
				`${text}garbage`,
				`${text}}`
			]) {
				expect(error(t), t).toMatch(/^This file is not a backup: it is not JSON/);
				expect(error(t), t).not.toMatch(/cut short/);
			}
		});

		it('JSON that stops before it is closed is called cut short', () => {
			for (const t of [
				text.slice(0, text.length / 2),
				text.slice(0, -1),
				text.slice(0, text.indexOf('"cpt-rbc-0001"') + 5),
				'{"app":"vitals","format":1,"tables":{"progress":['
			]) {
				expect(error(t), t.slice(-30)).toMatch(/^This file is not complete: it may have been cut short/);
			}
		});

		it('a missing or non-number format is "no format number", not "a newer version"', () => {
			for (const format of [undefined, '1', null, [1], { v: 1 }]) {
				const t = JSON.stringify({ ...sample, format });
				expect(error(t), String(format)).toMatch(/has no format number, so it is not a Vitals backup/);
				expect(error(t)).not.toMatch(/newer/);
			}
		});

		it('only a whole format number above this app’s is "a newer version"', () => {
			expect(error(JSON.stringify({ ...sample, format: BACKUP_FORMAT + 1 }))).toMatch(/newer version/);
			for (const format of [0, -1, 0.5]) {
				const t = JSON.stringify({ ...sample, format });
				expect(error(t), String(format)).toMatch(/format number .* which no version of Vitals writes/);
			}
			// 1e400 parses as Infinity: a number, and greater, but not one any Vitals wrote.
			const infinite = text.replace(`"format":${BACKUP_FORMAT}`, '"format":1e400');
			expect(error(infinite)).toMatch(/format number Infinity, which no version of Vitals writes/);
		});

		it('reads a backup that an editor saved with a byte-order mark', () => {
			expect(parseBackup(`\uFEFF${text}`)).toEqual({ ok: true, backup: sample });
		});
	});
});
