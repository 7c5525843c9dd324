/**
 * One assignment's results as a teacher reads them: each student's attempts scored here, on the
 * instructor's device, from the answers and the keys (a payload's own claims are never trusted), then the
 * roster (latest and best score, time, submitted, late) and the share right per domain. A student is
 * known by the name typed on their device, compared without case or extra spaces.
 */
import type { ResultPayload } from './result-payload';

export interface ItemKey {
	id: string;
	/** Index of the right choice in the item's original order; null for an item that cannot be scored. */
	answer: number | null;
	choiceCount: number;
	domain: string;
	prompt: string;
	choices: readonly string[];
}

export interface ScoredAttempt {
	result: ResultPayload;
	correct: number;
	/** Items of the assignment with a known key. */
	scored: number;
	/** Share right, 0–1 (0 when nothing could be scored). */
	score: number;
	late: boolean;
}

export interface RosterRow {
	key: string;
	student: string;
	attempts: number;
	latest: ScoredAttempt;
	best: ScoredAttempt;
}

export interface DomainResult {
	domain: string;
	correct: number;
	/** Item answers counted (blanks included). */
	asked: number;
	share: number;
}

export const studentKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

export function scoreAttempt(
	result: ResultPayload,
	itemIds: readonly string[],
	keys: ReadonlyMap<string, ItemKey>,
	dueAt?: number
): ScoredAttempt {
	const chosen = new Map(result.answers.map((a) => [a.itemId, a.choice]));
	let correct = 0;
	let scored = 0;
	for (const id of itemIds) {
		const answer = keys.get(id)?.answer ?? null;
		if (answer === null) continue;
		scored++;
		if (chosen.get(id) === answer) correct++;
	}
	return {
		result,
		correct,
		scored,
		score: scored ? correct / scored : 0,
		late: dueAt !== undefined && result.submittedAt > dueAt
	};
}

const laterFirst = (a: ScoredAttempt, b: ScoredAttempt) =>
	b.result.submittedAt - a.result.submittedAt || a.result.id.localeCompare(b.result.id);

export function buildRoster(
	results: readonly ResultPayload[],
	itemIds: readonly string[],
	keys: ReadonlyMap<string, ItemKey>,
	dueAt?: number
): RosterRow[] {
	const byStudent = new Map<string, ScoredAttempt[]>();
	for (const r of results) {
		const k = studentKey(r.student);
		const list = byStudent.get(k) ?? [];
		list.push(scoreAttempt(r, itemIds, keys, dueAt));
		byStudent.set(k, list);
	}
	return [...byStudent]
		.map(([key, attempts]) => {
			const sorted = attempts.sort(laterFirst);
			const latest = sorted[0]!;
			// Best: highest score; of equals, the earliest (the first time the student got there).
			const best = [...sorted].reverse().reduce((b, a) => (a.score > b.score ? a : b));
			return { key, student: latest.result.student, attempts: sorted.length, latest, best };
		})
		.sort((a, b) => a.student.localeCompare(b.student, 'en') || a.key.localeCompare(b.key));
}

/** Share right per domain over the given attempts (one per student: the roster's latest). */
export function domainResults(
	attempts: readonly ScoredAttempt[],
	itemIds: readonly string[],
	keys: ReadonlyMap<string, ItemKey>
): DomainResult[] {
	const totals = new Map<string, { correct: number; asked: number }>();
	for (const a of attempts) {
		const chosen = new Map(a.result.answers.map((x) => [x.itemId, x.choice]));
		for (const id of itemIds) {
			const key = keys.get(id);
			if (!key || key.answer === null) continue;
			const t = totals.get(key.domain) ?? { correct: 0, asked: 0 };
			t.asked++;
			if (chosen.get(id) === key.answer) t.correct++;
			totals.set(key.domain, t);
		}
	}
	return [...totals]
		.map(([domain, t]) => ({ domain, ...t, share: t.asked ? t.correct / t.asked : 0 }))
		.sort((a, b) => a.share - b.share || a.domain.localeCompare(b.domain));
}
