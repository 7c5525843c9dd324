/** `npm run validate:banks`: checks every bank against the schema and content rules, prints a table per exam. */
import { loadBanks } from './lib/load-banks';

const { results, errors } = loadBanks();
const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);
const rows = results.flatMap((r) => (r.stats ? [r.stats] : []));
console.log('exam          MCQs (min)  cards (min)  figures   A    B    C    D  longest-correct');
for (const s of rows) {
	console.log(
		`${s.id.padEnd(12)} ${String(s.mcqs).padStart(5)} (${String(s.minimumMcqs).padStart(3)})  ${String(s.cards).padStart(5)} (${String(s.minimumCards).padStart(3)})  ${String(s.figures).padStart(7)}  ${s.answerShare.map(pct).join(' ')}  ${pct(s.longestCorrectShare)}`
	);
	for (const d of s.domains) {
		const min = d.minimumMcqs ? ` (${d.minimumMcqs})` : '';
		console.log(
			`    ${d.id.padEnd(46)} ${String(d.mcqs).padStart(4)} MCQs${min}, ${d.cards} cards, ${d.figures} with figures`
		);
	}
}
const total = rows.reduce(
	(a, s) => ({ mcqs: a.mcqs + s.mcqs, cards: a.cards + s.cards, figures: a.figures + s.figures }),
	{ mcqs: 0, cards: 0, figures: 0 }
);
console.log(
	`total: ${rows.length} banks, ${total.mcqs} MCQs, ${total.cards} cards, ${total.figures} items with figures`
);
if (errors.length) {
	console.error(`\n${errors.length} problem(s):`);
	for (const e of errors) console.error(`  ${e}`);
	process.exit(1);
}
console.log('all banks valid');
