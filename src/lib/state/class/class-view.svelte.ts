/**
 * One class on the instructor's device: its assignments with the results received, and, for the one
 * chosen, the report (roster, domains, item analysis). Item keys and prompts come from the installed banks
 * and, for items written for a deck, from that deck where this device still has it.
 */
import { repositories } from '$lib/db';
import type { BankItem } from '$lib/domain/bank/schema';
import {
	assignmentGroups,
	assignmentReport,
	itemKey,
	type AssignmentGroup,
	type AssignmentReport
} from '$lib/domain/class/assignment-report';
import { rosterCsv } from '$lib/domain/class/roster-csv';
import type { ItemKey } from '$lib/domain/class/roster';
import type { ClassRow } from '$lib/domain/records/class';
import { downloadText } from '$lib/browser/download';
import { loadCatalog, type BankCatalog } from '../deck/library';

const DECK_DOMAIN_NAME = 'Written for this deck';

async function keysFor(
	groups: readonly AssignmentGroup[]
): Promise<{ keys: Map<string, ItemKey>; warning: string }> {
	const keys = new Map<string, ItemKey>();
	let warning = '';
	let catalog: BankCatalog | undefined;
	try {
		catalog = await loadCatalog();
	} catch (e) {
		warning = `The question banks could not be loaded, so bank items are not scored: ${(e as Error).message}`;
	}
	const domainName = (item: BankItem) => {
		const bank = catalog?.banks.find((b) => b.id === item.bankId);
		return bank?.domains.find((d) => d.id === item.domain)?.name ?? item.domain;
	};
	for (const g of groups)
		for (const id of g.itemIds) {
			const item = catalog?.items.get(id);
			if (item) keys.set(id, itemKey(item, domainName(item)));
		}
	const deckIds = new Set(groups.flatMap((g) => (g.deckId ? [g.deckId] : [])));
	for (const deckId of deckIds) {
		const deck = await repositories().decks.get(deckId);
		for (const item of deck?.items ?? [])
			if (!keys.has(item.id))
				keys.set(item.id, itemKey({ ...item, domain: DECK_DOMAIN_NAME }, DECK_DOMAIN_NAME));
	}
	return { keys, warning };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local time as a spreadsheet reads it: 2026-12-01 14:05. */
export function gradebookTime(ms: number): string {
	const d = new Date(ms);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export class ClassView {
	#row = $state.raw<ClassRow | null>(null);
	#groups = $state.raw<AssignmentGroup[]>([]);
	#keys = $state.raw<ReadonlyMap<string, ItemKey>>(new Map());
	#selected = $state<string | null>(null);
	#warning = $state('');
	#error = $state<string | null>(null);
	#report = $derived.by((): AssignmentReport | null => {
		const group = this.#groups.find((g) => g.id === this.#selected);
		return group ? assignmentReport(group, this.#keys) : null;
	});

	get row() {
		return this.#row;
	}
	get groups() {
		return this.#groups;
	}
	get selected() {
		return this.#selected;
	}
	get report() {
		return this.#report;
	}
	get warning() {
		return this.#warning;
	}
	get error() {
		return this.#error;
	}

	async load(classId: string): Promise<void> {
		this.#error = null;
		const row = await repositories().classes.get(classId);
		if (!row) {
			this.reset();
			this.#error = 'That class is not on this device.';
			return;
		}
		const groups = assignmentGroups(row, await repositories().classes.results(classId));
		const { keys, warning } = await keysFor(groups);
		this.#row = row;
		this.#groups = groups;
		this.#keys = keys;
		this.#warning = warning;
		if (!groups.some((g) => g.id === this.#selected)) this.#selected = groups[0]?.id ?? null;
	}

	select(assignmentId: string): void {
		if (this.#groups.some((g) => g.id === assignmentId)) this.#selected = assignmentId;
	}

	exportCsv(): void {
		const report = this.#report;
		if (!report || !this.#row) return;
		const name = `${this.#row.name} - ${report.group.title}`.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim();
		downloadText({
			name: `${name || 'roster'}.csv`,
			type: 'text/csv',
			text: rosterCsv(report.roster, gradebookTime)
		});
	}

	reset(): void {
		this.#row = null;
		this.#groups = [];
		this.#keys = new Map();
		this.#selected = null;
		this.#warning = '';
		this.#error = null;
	}
}
