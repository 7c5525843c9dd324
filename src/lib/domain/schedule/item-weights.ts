/** How much one item counts toward the exam score, from its domain's blueprint weight. */
import type { ExamItem } from './exam-plan';

/** Per-item weight: the domain's share of the exam over its share of the items (mean weight 1). */
export function itemWeights(
	items: readonly ExamItem[],
	domainWeights: ReadonlyMap<string, number>
): number[] {
	const counts = new Map<string, number>();
	for (const i of items) counts.set(i.domain, (counts.get(i.domain) ?? 0) + 1);
	const known = [...counts.keys()].filter((d) => (domainWeights.get(d) ?? 0) > 0);
	const mean = known.length ? known.reduce((s, d) => s + domainWeights.get(d)!, 0) / known.length : 1;
	const weightOf = (d: string) => {
		const w = domainWeights.get(d);
		return w !== undefined && Number.isFinite(w) && w >= 0 ? w : mean;
	};
	const total = [...counts.keys()].reduce((s, d) => s + weightOf(d), 0);
	if (total <= 0) return items.map(() => 1);
	return items.map((i) => weightOf(i.domain) / total / (counts.get(i.domain)! / items.length));
}
