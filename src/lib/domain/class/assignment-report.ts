/**
 * Everything the class view shows for one assignment, from the stored results and the item keys: the
 * roster, the share right per domain, and item analysis in reteach order. Each student counts once in
 * the domain results and the item analysis, by their latest attempt. Results for an assignment the class
 * row does not list are grouped by assignment id, their items taken from the answers themselves.
 */
import type { BankItem } from '../bank/schema';
import type { ClassResultRow, ClassRow } from '../records/class';
import { analyseItems, reteachOrder, type QuestionStats } from './item-analysis';
import type { ResultPayload } from './result-payload';
import { buildRoster, domainResults, type DomainResult, type ItemKey, type RosterRow } from './roster';

export interface AssignmentGroup {
	id: string;
	title: string;
	/** False for results naming an assignment this device's class row does not list. */
	known: boolean;
	dueAt?: number | undefined;
	itemIds: string[];
	deckId?: string | undefined;
	results: ResultPayload[];
}

export interface AnalysedItem {
	stats: QuestionStats;
	key: ItemKey;
}

export interface AssignmentReport {
	group: AssignmentGroup;
	roster: RosterRow[];
	domains: DomainResult[];
	/** Most worth reteaching first. */
	items: AnalysedItem[];
	/** Items with no key on this device (not in the banks, deck gone): shown by id, not scored. */
	unscored: string[];
}

export function itemKey(item: BankItem, domain: string): ItemKey {
	return item.kind === 'mcq'
		? {
				id: item.id,
				answer: item.answer,
				choiceCount: item.choices.length,
				domain,
				prompt: item.stem,
				choices: item.choices
			}
		: { id: item.id, answer: null, choiceCount: 0, domain, prompt: item.front, choices: [] };
}

/** The class's assignments in the order made, then any unknown ones (by id), each with its results. */
export function assignmentGroups(row: ClassRow, results: readonly ClassResultRow[]): AssignmentGroup[] {
	const byAssignment = new Map<string, ResultPayload[]>();
	for (const r of results) {
		const list = byAssignment.get(r.assignmentId) ?? [];
		list.push(r.result);
		byAssignment.set(r.assignmentId, list);
	}
	const known: AssignmentGroup[] = (row.assignments ?? []).map((a) => ({
		id: a.id,
		title: a.title,
		known: true,
		dueAt: a.dueAt,
		itemIds: a.itemIds,
		deckId: a.deckId,
		results: byAssignment.get(a.id) ?? []
	}));
	const listed = new Set(known.map((g) => g.id));
	const unknown: AssignmentGroup[] = [...byAssignment]
		.filter(([id]) => !listed.has(id))
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([id, rs]) => ({
			id,
			title: `Unknown assignment (${id})`,
			known: false,
			itemIds: [...new Set(rs.flatMap((r) => r.answers.map((x) => x.itemId)))],
			results: rs
		}));
	return [...known, ...unknown];
}

export function assignmentReport(
	group: AssignmentGroup,
	keys: ReadonlyMap<string, ItemKey>
): AssignmentReport {
	const roster = buildRoster(group.results, group.itemIds, keys, group.dueAt);
	const latest = roster.map((r) => r.latest);
	const scorable = group.itemIds.flatMap((id) => {
		const key = keys.get(id);
		return key && key.answer !== null ? [key] : [];
	});
	const stats = analyseItems(
		scorable.map((k) => ({ id: k.id, domain: k.domain, answer: k.answer!, choiceCount: k.choiceCount })),
		roster.map((r) => ({
			student: r.key,
			choices: new Map(r.latest.result.answers.map((a) => [a.itemId, a.choice]))
		}))
	);
	return {
		group,
		roster,
		domains: domainResults(latest, group.itemIds, keys),
		items: reteachOrder(stats).map((s) => ({ stats: s, key: keys.get(s.id)! })),
		unscored: group.itemIds.filter((id) => !scorable.some((k) => k.id === id))
	};
}
