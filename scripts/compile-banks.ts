/** Build step: compiles question-banks/ into static/banks/<id>.json plus an index, failing on any invalid bank. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BankSummary } from '../src/lib/domain/bank/schema';
import { loadBanks } from './lib/load-banks';

const out = join(import.meta.dirname, '..', 'static', 'banks');
const { results, errors } = loadBanks();
if (errors.length) {
	console.error(
		`Banks are invalid; run npm run validate:banks. First problems:\n  ${errors.slice(0, 10).join('\n  ')}`
	);
	process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const index: BankSummary[] = [];
for (const { bank } of results) {
	if (!bank) continue;
	writeFileSync(join(out, `${bank.id}.json`), JSON.stringify(bank));
	const { items, ...summary } = bank;
	const mcqCount = items.filter((i) => i.kind === 'mcq').length;
	index.push({ ...summary, mcqCount, cardCount: items.length - mcqCount });
}
index.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'exam' ? -1 : 1));
writeFileSync(join(out, 'index.json'), JSON.stringify(index));
console.log(`compiled ${index.length} banks into static/banks/`);
