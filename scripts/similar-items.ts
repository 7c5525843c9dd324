/**
 * `npm run report:similar`: pairs of items in different banks whose prompts are nearly the same, so a
 * reviewer can check that they teach the same fact the same way. Prints one block per pair; exits 0.
 */
import { similarAcrossBanks } from '../src/lib/domain/bank/item-quality';
import { loadBanks } from './lib/load-banks';

const threshold = Number(process.argv.find((a) => a.startsWith('--min='))?.slice(6) ?? 0.6);
const items = loadBanks().results.flatMap((r) =>
	r.bank ? r.bank.items.map((i) => ({ ...i, bankId: r.bank!.id })) : []
);
const pairs = similarAcrossBanks(items, threshold);
const answerOf = (i: (typeof items)[number]) =>
	i.kind === 'mcq' ? `${i.stem}\n      → ${i.choices[i.answer]}` : `${i.front}\n      → ${i.back}`;
for (const { a, b, similarity } of pairs) {
	console.log(`${(similarity * 100).toFixed(0)}%  ${a.id} ~ ${b.id}`);
	console.log(`  ${a.bankId}: ${answerOf(a)}`);
	console.log(`  ${b.bankId}: ${answerOf(b)}\n`);
}
console.log(`${pairs.length} pairs of similar items across banks (word overlap ≥ ${threshold * 100}%)`);
