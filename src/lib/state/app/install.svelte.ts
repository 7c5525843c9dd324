/**
 * "Install app": Chromium offers a deferred `beforeinstallprompt`; iOS Safari has no prompt, so it gets a
 * short "Add to Home Screen" hint instead (dismissable, remembered).
 */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const IOS_HINT_KEY = 'vitals-ios-hint-dismissed';

class InstallState {
	#deferred = $state<InstallPromptEvent | null>(null);
	#installed = $state(false);
	#iosHint = $state(false);

	get canInstall() {
		return this.#deferred !== null && !this.#installed;
	}
	get showIosHint() {
		return this.#iosHint;
	}

	start(): void {
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#deferred = event as InstallPromptEvent;
		});
		addEventListener('appinstalled', () => {
			this.#installed = true;
			this.#deferred = null;
		});
		const standalone =
			matchMedia('(display-mode: standalone)').matches ||
			(navigator as { standalone?: boolean }).standalone === true;
		const ios = /iPhone|iPad|iPod/.test(navigator.userAgent);
		let dismissed = false;
		try {
			dismissed = localStorage.getItem(IOS_HINT_KEY) === '1';
		} catch {
			dismissed = false;
		}
		this.#iosHint = ios && !standalone && !dismissed;
	}

	async install(): Promise<void> {
		const event = this.#deferred;
		if (!event) return;
		await event.prompt();
		const { outcome } = await event.userChoice;
		if (outcome === 'accepted') this.#installed = true;
		this.#deferred = null;
	}

	dismissIosHint(): void {
		this.#iosHint = false;
		try {
			localStorage.setItem(IOS_HINT_KEY, '1');
		} catch {
			// Not remembered in private mode; harmless.
		}
	}
}

export const install = new InstallState();
