/** Service-worker registration and the "new version available" prompt (workbox-window under the hood). */
import { registerSW } from 'virtual:pwa-register';

class PwaState {
	#updateReady = $state(false);
	#offlineReady = $state(false);
	#online = $state(true);
	#update: ((reload?: boolean) => Promise<void>) | undefined;

	get updateReady() {
		return this.#updateReady;
	}
	get offlineReady() {
		return this.#offlineReady;
	}
	get online() {
		return this.#online;
	}

	start(): void {
		this.#online = navigator.onLine;
		addEventListener('online', () => (this.#online = true));
		addEventListener('offline', () => (this.#online = false));
		if (!('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.#updateReady = true),
			onOfflineReady: () => {
				this.#offlineReady = true;
				// A passing note, not a decision: it goes away on its own so it never covers the page for long.
				setTimeout(() => (this.#offlineReady = false), 6000);
			}
		});
	}

	async applyUpdate(): Promise<void> {
		await this.#update?.(true);
	}

	dismissUpdate(): void {
		this.#updateReady = false;
	}
	dismissOfflineReady(): void {
		this.#offlineReady = false;
	}
}

export const pwa = new PwaState();
