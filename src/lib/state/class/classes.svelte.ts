/** The instructor's classes: listing them and creating one (with its key pair, made by Web Crypto). */
import { repositories, writeErrorMessage } from '$lib/db';
import { createClassKeys } from '$lib/domain/class/result-link';
import { newClass } from '$lib/domain/class/new-class';
import type { ClassRow } from '$lib/domain/records/class';

export class ClassList {
	#classes = $state.raw<ClassRow[]>([]);
	#message = $state('');
	#error = $state<string | null>(null);

	get classes() {
		return this.#classes;
	}
	get message() {
		return this.#message;
	}
	get error() {
		return this.#error;
	}

	async load(): Promise<void> {
		this.#classes = await repositories().classes.list();
	}

	/** Returns whether the class was created; on failure nothing is stored and `error` says why. */
	async create(name: string, now: number): Promise<boolean> {
		this.#error = null;
		this.#message = '';
		const made = newClass(name, now, await createClassKeys(crypto.subtle), (n) =>
			crypto.getRandomValues(new Uint8Array(n))
		);
		if (!made.ok) {
			this.#error = made.error;
			return false;
		}
		try {
			await repositories().classes.add(made.row);
		} catch (e) {
			this.#error = writeErrorMessage(e, `The class “${made.row.name}” was not created`);
			return false;
		}
		this.#message = `Created the class “${made.row.name}”.`;
		await this.load();
		return true;
	}

	reset(): void {
		this.#classes = [];
		this.#message = '';
		this.#error = null;
	}
}
