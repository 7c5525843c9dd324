/**
 * Which questions a quiz or exam simulation asks, in what order, with what choice order. Pure and seeded:
 * the same seed gives the same attempt, which is how a reloaded attempt looks exactly as it did.
 */
import type { Bank, BankItem, Mcq } from '../bank/schema';
import type { ItemStat } from './types';
import { shuffle, type Rng } from '../random';

export type McqItem = Mcq & BankItem;

export const mcqsOf = (bank: Bank): McqItem[] => bank.items.filter((i): i is McqItem => i.kind === 'mcq');

/** Splits `total` over weights by largest remainder, so the counts add up exactly and each is within 1 of its share. */
export function apportion(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum <= 0) return weights.map(() => 0);
	const exact = weights.map((w) => (total * w) / sum);
	const counts = exact.map(Math.floor);
	let left = total - counts.reduce((a, b) => a + b, 0);
	const byRemainder = exact
		.map((x, i) => [x - Math.floor(x), i] as const)
		.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
	for (const [, i] of byRemainder) {
		if (left-- <= 0) break;
		counts[i]!++;
	}
	return counts;
}

export interface ExamPlan {
	itemIds: string[];
	/** Items per domain, as drawn. */
	perDomain: Record<string, number>;
	timeLimitMs: number;
}

/** How many questions each domain gets in an exam of `scale` (largest remainder over the blueprint). */
export function examTargets(bank: Bank, scale: 1 | 0.5): number[] {
	if (!bank.format) throw new Error(`${bank.name} is not an exam`);
	const total = Math.min(
		Math.round((bank.format.scoredItems + bank.format.pretestItems) * scale),
		mcqsOf(bank).length
	);
	return apportion(
		total,
		bank.domains.map((d) => d.weightPercent)
	);
}

/**
 * Full length (scale 1) mirrors the real exam's item count and time; half length scales both. Within each
 * domain the least exposed questions come first (see `examExposure`), ties in seeded random order, so a
 * student's consecutive simulations share as few questions as the bank allows.
 */
export function assembleExam(
	bank: Bank,
	scale: 1 | 0.5,
	rng: Rng,
	exposure: ReadonlyMap<string, number> = new Map()
): ExamPlan {
	if (!bank.format) throw new Error(`${bank.name} is not an exam`);
	const mcqs = mcqsOf(bank);
	const targets = examTargets(bank, scale);
	const leastExposedFirst = (items: McqItem[]) =>
		shuffle(items, rng)
			.map((m, order) => ({ m, order, seen: exposure.get(m.id) ?? 0 }))
			.sort((a, b) => a.seen - b.seen || a.order - b.order)
			.map(({ m }) => m);
	const pools = bank.domains.map((d) => leastExposedFirst(mcqs.filter((m) => m.domain === d.id)));
	const chosen: McqItem[] = [];
	const perDomain: Record<string, number> = {};
	let shortfall = 0;
	bank.domains.forEach((d, i) => {
		const take = pools[i]!.splice(0, targets[i]!);
		shortfall += targets[i]! - take.length;
		perDomain[d.id] = take.length;
		chosen.push(...take);
	});
	// A domain with too few items: fill from the others rather than give a shorter exam.
	const rest = leastExposedFirst(pools.flat());
	for (const item of rest.slice(0, shortfall)) {
		chosen.push(item);
		perDomain[item.domain] = (perDomain[item.domain] ?? 0) + 1;
	}
	return {
		itemIds: shuffle(chosen, rng).map((m) => m.id),
		perDomain,
		timeLimitMs: Math.round(bank.format.minutes * scale) * 60_000
	};
}

export interface PracticeOptions {
	domains?: readonly string[];
	/** A number of items, or 'all'. */
	length: number | 'all';
}

export function assemblePractice(bank: Bank, { domains, length }: PracticeOptions, rng: Rng): string[] {
	const wanted = domains?.length ? new Set(domains) : null;
	const pool = mcqsOf(bank).filter((m) => !wanted || wanted.has(m.domain));
	const picked = shuffle(pool, rng);
	return (length === 'all' ? picked : picked.slice(0, length)).map((m) => m.id);
}

/** Choice order per item: each a shuffle of 0..n-1. */
export function choiceOrders(itemIds: readonly string[], rng: Rng, choices = 4): number[][] {
	const base = Array.from({ length: choices }, (_, i) => i);
	return itemIds.map(() => shuffle(base, rng));
}

function itemsWhere(
	bank: Bank,
	keep: (stat: ItemStat | undefined) => boolean,
	stats: ReadonlyMap<string, ItemStat>,
	rng: Rng,
	limit: number
): string[] {
	const pool = mcqsOf(bank).filter((m) => keep(stats.get(m.id)));
	return shuffle(pool, rng)
		.slice(0, limit)
		.map((m) => m.id);
}

/** Missed items: answered wrong last time, until answered right twice. */
export const missedItems = (bank: Bank, stats: ReadonlyMap<string, ItemStat>, rng: Rng, limit = 50) =>
	itemsWhere(bank, (s) => !!s?.missed, stats, rng, limit);

export const flaggedItems = (bank: Bank, stats: ReadonlyMap<string, ItemStat>, rng: Rng, limit = 50) =>
	itemsWhere(bank, (s) => !!s?.flagged, stats, rng, limit);

/** Quick 10 prefers items never answered, then the least recently answered. */
export function quickItems(bank: Bank, stats: ReadonlyMap<string, ItemStat>, rng: Rng, count = 10): string[] {
	const shuffled = shuffle(mcqsOf(bank), rng);
	const lastSeen = (m: McqItem) => stats.get(m.id)?.lastAnsweredAt ?? -Infinity;
	return shuffled
		.map((m, order) => ({ m, order }))
		.sort((a, b) => lastSeen(a.m) - lastSeen(b.m) || a.order - b.order)
		.slice(0, count)
		.map(({ m }) => m.id);
}
