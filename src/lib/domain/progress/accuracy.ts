/**
 * Recent accuracy, with recent answers counting more: each answer's weight halves every
 * `HALF_LIFE_DAYS`. The one definition, used by the "Weakest domain" quiz and by readiness, so the two
 * never disagree about a domain.
 */
import type { ItemResult, ItemStat } from '../attempt/types';

export const HALF_LIFE_DAYS = 14;
/** Fewer answers than this say too little about a domain to give it an accuracy. */
export const MIN_ANSWERS = 5;
const DAY_MS = 86_400_000;

/** Weighted share correct, 0–1; null with fewer than `MIN_ANSWERS` results. */
export function recencyWeightedAccuracy(results: readonly ItemResult[], now: number): number | null {
	if (results.length < MIN_ANSWERS) return null;
	let weight = 0;
	let right = 0;
	for (const r of results) {
		const w = 0.5 ** (Math.max(0, now - r.at) / (HALF_LIFE_DAYS * DAY_MS));
		weight += w;
		if (r.correct) right += w;
	}
	return weight > 0 ? right / weight : null;
}

export interface DomainAccuracy {
	domain: string;
	/** `recencyWeightedAccuracy` of the domain's answers. */
	accuracy: number | null;
	answers: number;
}

export function domainAccuracy(
	stats: Iterable<ItemStat>,
	domains: readonly string[],
	now: number
): DomainAccuracy[] {
	const results = new Map(domains.map((d) => [d, [] as ItemResult[]]));
	for (const stat of stats) results.get(stat.domain)?.push(...stat.recent);
	return domains.map((domain) => {
		const r = results.get(domain)!;
		return { domain, accuracy: recencyWeightedAccuracy(r, now), answers: r.length };
	});
}

/**
 * The domain to practise: a domain with too few answers to judge comes first (the least practised of
 * them), since nothing reliable is known about it; otherwise the lowest recent accuracy.
 */
export function weakestDomain(accuracies: readonly DomainAccuracy[]): string | null {
	let worst: DomainAccuracy | null = null;
	const rank = (a: DomainAccuracy) => (a.accuracy === null ? a.answers - 1e9 : a.accuracy);
	for (const a of accuracies) if (!worst || rank(a) < rank(worst)) worst = a;
	return worst?.domain ?? null;
}
