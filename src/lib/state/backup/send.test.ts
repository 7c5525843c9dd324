import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repositories } from '$lib/db';
import { parseBackup } from '$lib/domain/backup/schema';
import { BackupState } from './export-restore.svelte';
import { BackupSender } from './send.svelte';

const now = Date.UTC(2026, 2, 14, 9, 30);
type ShareData = { files: File[]; title?: string };

/** A browser with the share sheet: `share` does what the test says, and every call is kept. */
function stubShare(share: (data: ShareData) => Promise<void>, canShare = (_: ShareData) => true) {
	const calls = { canShare: [] as ShareData[], share: [] as ShareData[] };
	vi.stubGlobal('navigator', {
		canShare: (data: ShareData) => (calls.canShare.push(data), canShare(data)),
		share: (data: ShareData) => (calls.share.push(data), share(data))
	});
	return calls;
}
const fail =
	(name: string, message = '') =>
	() =>
		Promise.reject(new DOMException(message, name));

beforeEach(async () => {
	const { db } = repositories();
	await Promise.all(db.tables.map((t) => t.clear()));
	await repositories().settings.save('dailyNewLimit', 7);
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('sending the backup to another app', () => {
	it('is offered only where the browser can share a file of that name and type', () => {
		vi.stubGlobal('navigator', {});
		const sender = new BackupSender(new BackupState());
		sender.detect(now);
		expect(sender.available).toBe(false);

		stubShare(
			async () => {},
			() => false
		);
		sender.detect(now);
		expect(sender.available).toBe(false);

		const calls = stubShare(async () => {});
		sender.detect(now);
		expect(sender.available).toBe(true);
		const probe = calls.canShare[0]!.files[0]!;
		expect([probe.name, probe.type]).toEqual(['vitals-backup-2026-03-14.json', 'application/json']);
	});

	it('hands over the backup file itself, which parses as a Vitals backup', async () => {
		const calls = stubShare(async () => {});
		const sender = new BackupSender(new BackupState());
		await sender.send(now);
		expect(calls.share).toHaveLength(1);
		const { files, title } = calls.share[0]!;
		expect(title).toBe('Vitals backup');
		expect(files).toHaveLength(1);
		expect([files[0]!.name, files[0]!.type]).toEqual(['vitals-backup-2026-03-14.json', 'application/json']);
		const parsed = parseBackup(await files[0]!.text());
		expect(parsed.ok && parsed.backup.tables.settings).toEqual([{ key: 'dailyNewLimit', value: 7 }]);
		expect(sender.notice).toEqual({ kind: 'ok', text: 'Backup sent to the app you chose.' });
	});

	it('says nothing when the student closes the sheet', async () => {
		stubShare(fail('AbortError', 'Share canceled'));
		const sender = new BackupSender(new BackupState());
		await sender.send(now);
		expect(sender.notice).toBeNull();
		expect(sender.busy).toBe(false);
	});

	it('when the browser will not open the sheet after building the file, the next press shares it at once', async () => {
		const backup = new BackupState();
		const exportText = vi.spyOn(backup, 'exportText');
		let refuse = true;
		const calls = stubShare((_) =>
			refuse ? ((refuse = false), fail('NotAllowedError')()) : Promise.resolve()
		);
		const sender = new BackupSender(backup);
		await sender.send(now);
		expect(sender.notice).toEqual({
			kind: 'ok',
			text: 'Your backup is ready: press “Send the backup to another app” again.'
		});
		await sender.send(now + 5000);
		expect(exportText).toHaveBeenCalledTimes(1);
		expect(calls.share).toHaveLength(2);
		expect(await calls.share[1]!.files[0]!.text()).toBe(await calls.share[0]!.files[0]!.text());
		expect(sender.notice).toEqual({ kind: 'ok', text: 'Backup sent to the app you chose.' });
	});

	it('says why when sharing fails, and when the second press is refused too', async () => {
		stubShare(fail('NotAllowedError', 'Permission denied.'));
		const sender = new BackupSender(new BackupState());
		await sender.send(now);
		await sender.send(now);
		expect(sender.notice).toEqual({
			kind: 'error',
			text: 'The backup could not be sent: Permission denied. Download it instead.'
		});

		stubShare(() => Promise.reject(new TypeError('Files are too large')));
		await sender.send(now);
		expect(sender.notice).toEqual({
			kind: 'error',
			text: 'The backup could not be sent: Files are too large. Download it instead.'
		});
	});

	it('says why when the backup cannot be made, and opens no sheet', async () => {
		const calls = stubShare(async () => {});
		const backup = new BackupState();
		vi.spyOn(backup, 'exportText').mockRejectedValue(new Error('The database is closed.'));
		const sender = new BackupSender(backup);
		await sender.send(now);
		expect(calls.share).toHaveLength(0);
		expect(sender.notice).toEqual({
			kind: 'error',
			text: 'The backup could not be made: The database is closed.'
		});
	});
});
