/**
 * "Send results" for an assigned deck: the student's name (a setting, asked once), the result sealed to the
 * class key as a link to the instructor's class view, and the assignment marked done once a link is made.
 */
import { base } from '$app/paths';
import { repositories, writeErrorMessage } from '$lib/db';
import type { AttemptRow } from '$lib/db/database';
import { resultFromAttempt } from '$lib/domain/class/result-from-attempt';
import { encodeResultLink } from '$lib/domain/class/result-link';
import { toBase64Url } from '$lib/domain/deck/base64url';
import { settings } from '../settings.svelte';
import { assignmentOfAttempt, type AssignedDeck } from './assignment';

/** The same attempt always gets the same result id, so the class view keeps a result sent twice once. */
async function resultIdOf(attempt: AttemptRow, assignmentId: string): Promise<string> {
	const text = new TextEncoder().encode(`${assignmentId}.${attempt.seed}.${attempt.startedAt}`);
	return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', text)).subarray(0, 16));
}

export class ResultSender {
	#deck = $state.raw<AssignedDeck | null>(null);
	#attempt: AttemptRow | null = null;
	#href = $state('');
	#error = $state<string | null>(null);
	#sentAt = $state<number | null>(null);
	#clock: () => number;

	constructor(clock: () => number = Date.now) {
		this.#clock = clock;
	}

	/** The assigned deck this attempt answers, or null when it answers none (nothing to send). */
	get deck() {
		return this.#deck;
	}
	/** The result link once made. */
	get href() {
		return this.#href;
	}
	get error() {
		return this.#error;
	}
	/** When a result of this attempt was first sent, if it was. */
	get sentAt() {
		return this.#sentAt;
	}

	/** The name to offer: the one saved, or '' the first time. */
	async open(attempt: AttemptRow): Promise<string> {
		this.#attempt = attempt;
		this.#deck = await assignmentOfAttempt(attempt);
		this.#sentAt = this.#deck?.assignmentWork?.sentAt ?? null;
		const values = settings.loaded ? settings.values : await settings.load();
		return values.studentName;
	}

	/** Makes the result link; on failure `error` says why and nothing is stored. */
	async send(name: string): Promise<boolean> {
		this.#error = null;
		const deck = this.#deck;
		const attempt = this.#attempt;
		if (!deck || !attempt) return false;
		const answers = await repositories().attempts.answers(attempt.id);
		const made = resultFromAttempt(
			attempt,
			answers,
			deck.assignment,
			name,
			await resultIdOf(attempt, deck.assignment.id)
		);
		if (!made.ok) {
			this.#error = made.error;
			return false;
		}
		let payload: string;
		try {
			payload = await encodeResultLink(made.result, deck.assignment.publicKey, {
				subtle: crypto.subtle,
				randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n))
			});
		} catch (e) {
			this.#error = `The result link could not be made: ${(e as Error).message}`;
			return false;
		}
		try {
			if (made.result.student !== settings.values.studentName)
				await settings.set('studentName', made.result.student);
			const at = this.#clock();
			await repositories().decks.markAssignmentSent(deck.id, deck.assignment.id, at);
			this.#sentAt ??= at;
		} catch (e) {
			this.#error = writeErrorMessage(e, 'Your name or the sent mark was not saved');
			return false;
		}
		this.#href = `${location.origin}${base}/classes#r=${payload}`;
		return true;
	}

	reset(): void {
		this.#deck = null;
		this.#attempt = null;
		this.#href = '';
		this.#error = null;
		this.#sentAt = null;
	}
}
