/**
 * Assigning a saved deck to one of the instructor's classes: the assignment is kept in the class row
 * (so the class view can score results) before the link that carries it is shown.
 */
import { repositories, writeErrorMessage } from '$lib/db';
import type { AssignmentMode } from '$lib/domain/class/assignment';
import { encodeDeckLink } from '$lib/domain/deck/codec';
import { assignDeck, assignedItemIds } from '$lib/domain/deck/assign';
import { toShared, type Deck } from '$lib/domain/deck/types';
import type { ClassRow } from '$lib/domain/records/class';
import type { BankCatalog } from './library';

export interface AssignForm {
	classId: string;
	title: string;
	mode: AssignmentMode;
	timeLimitMin: number | null;
	/** `YYYY-MM-DD` from a date input, or '' for no due date. */
	dueDate: string;
	/** `HH:MM`, or '' for the end of the day. */
	dueTime: string;
}

/** A date and time as the instructor picked them, in their own time zone; null when no date; NaN when bad. */
export function localDueTime(date: string, time: string): number | null {
	if (date === '') return null;
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const t = /^(\d{2}):(\d{2})$/.exec(time === '' ? '23:59' : time);
	if (!d || !t) return NaN;
	const at = new Date(+d[1]!, +d[2]! - 1, +d[3]!, +t[1]!, +t[2]!);
	const same = at.getMonth() === +d[2]! - 1 && at.getDate() === +d[3]!;
	return same && +t[1]! < 24 && +t[2]! < 60 ? at.getTime() : NaN;
}

export class DeckAssigner {
	#classes = $state.raw<Pick<ClassRow, 'id' | 'name' | 'publicKey'>[]>([]);
	#loaded = $state(false);
	#payload = $state<string | null>(null);
	#message = $state('');
	#error = $state<string | null>(null);
	#clock: () => number;

	constructor(clock: () => number = Date.now) {
		this.#clock = clock;
	}

	get classes() {
		return this.#classes;
	}
	get loaded() {
		return this.#loaded;
	}
	/** The fragment payload of the last assigned link, or null. */
	get payload() {
		return this.#payload;
	}
	get message() {
		return this.#message;
	}
	get error() {
		return this.#error;
	}

	async load(): Promise<void> {
		this.#classes = await repositories().classes.list();
		this.#loaded = true;
	}

	/** Saves the assignment in its class, then makes the link; on failure nothing is stored and `error` says why. */
	async assign(deck: Deck, catalog: BankCatalog, form: AssignForm): Promise<boolean> {
		this.#error = null;
		this.#message = '';
		this.#payload = null;
		const klass = this.#classes.find((c) => c.id === form.classId);
		if (!klass) {
			this.#error = 'Pick the class to assign this deck to.';
			return false;
		}
		const dueAt = localDueTime(form.dueDate, form.dueTime);
		if (Number.isNaN(dueAt)) {
			this.#error = 'The due date or time is not a real date; pick it again.';
			return false;
		}
		const itemIds = assignedItemIds(deck, catalog.items);
		const made = assignDeck(
			{ title: form.title, mode: form.mode, timeLimitMin: form.timeLimitMin, dueAt },
			klass,
			{ id: deck.id, itemIds },
			this.#clock(),
			(n) => crypto.getRandomValues(new Uint8Array(n))
		);
		if (!made.ok) {
			this.#error = made.error;
			return false;
		}
		try {
			await repositories().classes.addAssignment(klass.id, made.row);
		} catch (e) {
			this.#error = writeErrorMessage(e, 'The assignment was not saved');
			return false;
		}
		this.#payload = await encodeDeckLink({ ...toShared(deck), assignment: made.link });
		this.#message = `Assigned “${made.link.title}” to ${klass.name}. Send the link below to the class.`;
		return true;
	}

	reset(): void {
		this.#classes = [];
		this.#loaded = false;
		this.#payload = null;
		this.#message = '';
		this.#error = null;
	}
}
