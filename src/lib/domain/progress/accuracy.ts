/**
 * Recent accuracy per domain, with recent answers counting more: each answer's weight halves every
 * `halfLifeDays`. Used by the "Weakest domain" quiz and by readiness.
 */
import type { ItemStat } from '../attempt/types';

export interface DomainAccuracy {
	domain: string;
	/** Weighted share correct, 0–1; null with no answers. */
	accuracy: number | null;
	answers: number;
}

export function domainAccuracy(
	stats: Iterable<ItemStat>,
	domains: readonly string[],
	now: number,
	halfLifeDays = 14
): DomainAccuracy[] {
	const sums = new Map(domains.map((d) => [d, { weight: 0, correct: 0, answers: 0 }]));
	for (const stat of stats) {
		const s = sums.get(stat.domain);
		if (!s) continue;
		for (const r of stat.recent) {
			const ageDays = Math.max(0, now - r.at) / 86_400_000;
			const w = Math.pow(0.5, ageDays / halfLifeDays);
			s.weight += w;
			if (r.correct) s.correct += w;
			s.answers++;
		}
	}
	return domains.map((domain) => {
		const s = sums.get(domain)!;
		return { domain, accuracy: s.answers ? s.correct / s.weight : null, answers: s.answers };
	});
}

/**
 * The domain to practise: lowest recent accuracy among domains with at least `minAnswers` answers; a domain
 * never practised counts as weakest of all, since nothing is known about it.
 */
export function weakestDomain(accuracies: readonly DomainAccuracy[], minAnswers = 3): string | null {
	const untried = accuracies.find((a) => a.answers === 0);
	if (untried) return untried.domain;
	const known = accuracies.filter((a) => a.answers >= minAnswers && a.accuracy !== null);
	const pool = known.length ? known : accuracies;
	let worst: DomainAccuracy | null = null;
	for (const a of pool) if (!worst || (a.accuracy ?? 0) < (worst.accuracy ?? 0)) worst = a;
	return worst?.domain ?? null;
}
