/** Whether the browser will keep Vitals' data, and the weekly reminder to install or back up when it may not. */
// Not through the barrel ($lib/db): the layout runs the check on every screen, the home screen included.
import { appSettings } from '$lib/db/app-settings';
import { startupRepositories } from '$lib/db/startup';
import { requestPersistence, storageStatus, type StorageStatus } from '$lib/db/storage';
import { reminderDue } from '$lib/domain/backup/reminder';

class StorageState {
	#status = $state<StorageStatus | null>(null);
	#remind = $state(false);

	get status() {
		return this.#status;
	}
	get remind() {
		return this.#remind;
	}

	async refresh(): Promise<StorageStatus> {
		this.#status = await storageStatus();
		return this.#status;
	}

	/** Asks for persistent storage. Sensible moments: once the student has something to lose, or on request. */
	async persist(): Promise<boolean> {
		const granted = await requestPersistence();
		await this.refresh();
		return granted;
	}

	/** On app start: ask for persistence once there is data, and decide whether to show the reminder. */
	async check(now: number): Promise<void> {
		const { db } = startupRepositories();
		const settings = appSettings();
		const hasData = (await db.reviews.count()) + (await db.attempts.count()) > 0;
		let status = await this.refresh();
		if (hasData && status.persisted === false) {
			await requestPersistence();
			status = await this.refresh();
		}
		const { storageReminderAt } = await settings.load();
		if (reminderDue({ now, persisted: status.persisted, lastReminderAt: storageReminderAt, hasData })) {
			this.#remind = true;
			await settings.save('storageReminderAt', now);
		}
	}

	dismiss(): void {
		this.#remind = false;
	}

	reset(): void {
		this.#status = null;
		this.#remind = false;
	}
}

export const storage = new StorageState();
