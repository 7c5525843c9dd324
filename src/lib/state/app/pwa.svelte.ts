/**
 * Service-worker registration and the "new version available" prompt (workbox-window). The layout loads this
 * module, with UpdatePrompt, once the first screen is idle: registering starts the precache download, and
 * neither is the first screen's to wait for.
 */
import { base } from '$app/paths';
import { Workbox } from 'workbox-window';

/** The worker lives at the app's root whatever page the first visit lands on: a URL relative to the page
 * (what `virtual:pwa-register` builds) becomes `/decks/sw.js` on `/decks/edit`, a 404 that leaves the app
 * without offline support. `base` is the app root's absolute path ('' when served at the domain root). */
export const serviceWorkerUrl = () => `${base}/sw.js`;
export const serviceWorkerScope = () => `${base}/`;

class PwaState {
	#updateReady = $state(false);
	#offlineReady = $state(false);
	#workbox: Workbox | undefined;

	get updateReady() {
		return this.#updateReady;
	}
	get offlineReady() {
		return this.#offlineReady;
	}

	/** Registers the worker (once). */
	async start(): Promise<void> {
		if (this.#workbox || !('serviceWorker' in navigator)) return;
		const wb = new Workbox(serviceWorkerUrl(), { scope: serviceWorkerScope() });
		this.#workbox = wb;
		wb.addEventListener('installed', (event) => {
			if (event.isUpdate || event.isExternal) return;
			this.#offlineReady = true;
			// A passing note, not a decision: it goes away on its own so it never covers the page for long.
			setTimeout(() => (this.#offlineReady = false), 6000);
		});
		// A new worker waits until the student chooses to reload (never mid-exam: see UpdatePrompt).
		wb.addEventListener('waiting', () => (this.#updateReady = true));
		try {
			await wb.register({ immediate: true });
		} catch (error) {
			console.warn('Service worker registration failed; the app still works online.', error);
		}
	}

	async applyUpdate(): Promise<void> {
		const wb = this.#workbox;
		if (!wb) return;
		wb.addEventListener('controlling', () => location.reload());
		wb.messageSkipWaiting();
	}

	dismissUpdate(): void {
		this.#updateReady = false;
	}
	dismissOfflineReady(): void {
		this.#offlineReady = false;
	}
}

export const pwa = new PwaState();
