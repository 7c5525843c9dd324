/** Reads question-banks/ from disk and compiles every bank. Shared by the validator and the build step. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import {
	compileBank,
	crossBankErrors,
	type CompileResult,
	type RawFile
} from '../../src/lib/domain/bank/compiler';

export const BANKS_DIR = join(import.meta.dirname, '..', '..', 'question-banks');

function readYaml(path: string, root: string): RawFile & { error?: string } {
	const file = relative(join(root, '..'), path);
	try {
		return { file, data: parse(readFileSync(path, 'utf8'), { prettyErrors: true }) };
	} catch (e) {
		return { file, data: undefined, error: `${file}: YAML: ${(e as Error).message.split('\n')[0]}` };
	}
}

export function loadBanks(root = BANKS_DIR): { results: CompileResult[]; errors: string[] } {
	const results: CompileResult[] = [];
	const errors: string[] = [];
	for (const dir of readdirSync(root, { withFileTypes: true })) {
		if (!dir.isDirectory()) continue;
		const folder = join(root, dir.name);
		const headerPath = join(folder, 'exam.yaml');
		if (!existsSync(headerPath)) {
			errors.push(`${relative(join(root, '..'), folder)}: exam.yaml is missing`);
			continue;
		}
		const header = readYaml(headerPath, root);
		const domainFiles = readdirSync(folder)
			.filter((f) => f.endsWith('.yaml') && f !== 'exam.yaml')
			.sort()
			.map((f) => ({ ...readYaml(join(folder, f), root), name: f.replace(/\.yaml$/, '') }));
		const yamlErrors = [header, ...domainFiles].flatMap((f) => (f.error ? [f.error] : []));
		if (yamlErrors.length) {
			errors.push(...yamlErrors);
			continue;
		}
		const svgFiles = readdirSync(folder)
			.filter((f) => f.endsWith('.svg'))
			.sort()
			.map((name) => {
				const path = join(folder, name);
				return { file: relative(join(root, '..'), path), name, text: readFileSync(path, 'utf8') };
			});
		const result = compileBank({
			header,
			domainFiles,
			svgFiles,
			folder: relative(join(root, '..'), folder)
		});
		if (result.bank && result.bank.id !== dir.name) {
			result.errors.push(
				`${header.file}: id: expected "${dir.name}" (the folder name), got "${result.bank.id}"`
			);
		}
		results.push(result);
	}
	const banks = results.flatMap((r) => (r.bank ? [r.bank] : []));
	errors.push(...results.flatMap((r) => r.errors), ...crossBankErrors(banks));
	return { results, errors };
}
