// `npm test`: every gate runs, in order, even when an earlier one fails, so one failure never hides the next.
import { spawnSync } from 'node:child_process';

const gates = [
	['types (svelte-check)', 'check'],
	['lint (eslint + prettier)', 'lint'],
	['question banks', 'validate:banks'],
	['unit tests (vitest)', 'test:unit'],
	['end-to-end tests (playwright)', 'test:e2e']
];
const results = [];
for (const [label, script] of gates) {
	console.log(`\n=== ${label}: npm run ${script}`);
	const started = Date.now();
	const { status } = spawnSync('npm', ['run', '-s', script], { stdio: 'inherit' });
	results.push({ label, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.label} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`gates: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
