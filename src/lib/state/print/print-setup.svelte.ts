/**
 * The print screen's choices and what they print. The seed makes the pick repeatable: the quiz and its key
 * both show it, and typing it back with the same options prints the same questions in the same order.
 */
import type { Bank } from '$lib/domain/bank/schema';
import { cardSheets } from '$lib/domain/print/card-sheets';
import { poolSize, printCards, printQuiz, type PrintOptions } from '$lib/domain/print/printout';
import { loadStudySet } from '$lib/state/study-set';

export type PrintLayout = 'quiz' | 'key' | 'cards';

const MAX_SEED = 999_999;
const randomSeed = () => 1 + Math.floor(Math.random() * MAX_SEED);

function wholeNumber(text: string, min: number, max: number): number | null {
	const t = text.trim();
	if (!/^\d+$/.test(t)) return null;
	const n = Number(t);
	return n >= min && n <= max ? n : null;
}

export class PrintSetup {
	bank = $state.raw<Bank | null>(null);
	loadError = $state<string | null>(null);
	layout = $state<PrintLayout>('quiz');
	/** With the quiz layout: the key follows on its own pages, so one print job gives both. */
	withKey = $state(true);
	domains = $state<string[]>([]);
	countText = $state('20');
	shuffleChoices = $state(true);
	seedText = $state(String(randomSeed()));

	readonly quiz = $derived(this.layout !== 'cards');
	readonly available = $derived(this.bank ? poolSize(this.bank, this.domains, this.quiz) : 0);

	readonly problem = $derived.by((): string | null => {
		if (!this.bank) return null;
		if (!this.domains.length) return 'Choose at least one domain.';
		const kind = this.quiz ? 'questions' : 'items';
		if (!this.available) return `The chosen domains have no ${kind} to print.`;
		if (wholeNumber(this.countText, 1, Number.MAX_SAFE_INTEGER) === null)
			return `How many: enter a whole number from 1 to ${this.available} (got “${this.countText}”).`;
		if (wholeNumber(this.seedText, 1, MAX_SEED) === null)
			return `Seed: enter a whole number from 1 to ${MAX_SEED} (got “${this.seedText}”).`;
		return null;
	});

	/** Asking for more than there are prints them all; the screen says how many. */
	readonly options = $derived.by((): PrintOptions | null => {
		if (!this.bank || this.problem) return null;
		const count = Math.min(Number(this.countText.trim()), this.available);
		return {
			domains: this.domains,
			count,
			shuffleChoices: this.shuffleChoices,
			seed: Number(this.seedText.trim())
		};
	});

	readonly questions = $derived(
		this.bank && this.options && this.quiz ? printQuiz(this.bank, this.options) : []
	);
	readonly sheets = $derived(
		this.bank && this.options && !this.quiz ? cardSheets(printCards(this.bank, this.options)) : []
	);

	async load(setId: string, seed: string | null): Promise<void> {
		this.loadError = null;
		try {
			const bank = await loadStudySet(setId);
			this.bank = bank;
			this.domains = bank.domains.map((d) => d.id);
			if (seed !== null) this.seedText = seed;
		} catch (e) {
			this.loadError = (e as Error).message;
		}
	}

	newSeed(): void {
		this.seedText = String(randomSeed());
	}
}
