/** The message the layout shows when another tab upgraded the database (this one was closed), or when this
 * tab's upgrade waits on another tab. Either way the student has to act. */
import { onDatabaseEvent } from '$lib/db/startup';

class DatabaseNotice {
	#message = $state<string | null>(null);

	get message(): string | null {
		return this.#message;
	}

	/** Listens until the returned function is called. */
	start(): () => void {
		return onDatabaseEvent((e) => {
			this.#message =
				e === 'versionchange'
					? 'Vitals was updated in another tab. Reload this tab to keep studying; nothing you saved is lost.'
					: 'Vitals is updating: close its other tabs (or reload them) to finish.';
		});
	}

	reset(): void {
		this.#message = null;
	}
}

export const databaseNotice = new DatabaseNotice();
