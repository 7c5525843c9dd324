/** Whether the browser is online, for the header's "Offline" badge. */
class Connectivity {
	#online = $state(true);

	get online() {
		return this.#online;
	}

	start(): void {
		this.#online = navigator.onLine;
		addEventListener('online', () => (this.#online = true));
		addEventListener('offline', () => (this.#online = false));
	}
}

export const connectivity = new Connectivity();
