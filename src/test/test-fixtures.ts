/** Builds small banks for unit tests. */
import type { Bank, BankItem } from '$lib/domain/bank/schema';

export function fakeBank(
	domains: { id: string; weightPercent: number; mcqs: number }[],
	format = { scoredItems: 100, pretestItems: 20, minutes: 120 }
): Bank {
	const items: BankItem[] = domains.flatMap((d) =>
		Array.from({ length: d.mcqs }, (_, i) => ({
			id: `t-${d.id}-${String(i + 1).padStart(4, '0')}`,
			kind: 'mcq' as const,
			stem: `${d.id} question ${i + 1}`,
			choices: ['a', 'b', 'c', 'd'],
			answer: i % 4,
			rationale: 'r'.repeat(60),
			domain: d.id
		}))
	);
	return {
		id: 'test',
		name: 'Test exam',
		body: 'NHA',
		kind: 'exam',
		format: { ...format, passingNote: 'n/a' },
		domains: domains.map((d) => ({ id: d.id, name: d.id.toUpperCase(), weightPercent: d.weightPercent })),
		items
	};
}
