/**
 * Turns raw bank files (already parsed from YAML) into a compiled Bank, checking the schema and every
 * content rule. Pure: the file system is the caller's business. Errors read `file: item-id: field: message`.
 */
import * as v from 'valibot';
import { checkSvgFiles, compileFigure, type RawSvgFile } from './compile-figure';
import { sourceDomainFileSchema, sourceItemSchema, type SourceItem } from './figure-schema';
import { commonWordsOf, stemEchoes } from './item-quality';
import { bankHeaderSchema, describeIssues, type Bank, type BankItem, type Mcq } from './schema';

export interface RawFile {
	file: string;
	data: unknown;
}
export interface RawBankSource {
	header: RawFile;
	/** One per `<domain-id>.yaml`; `name` is the file name without extension. */
	domainFiles: (RawFile & { name: string })[];
	/** Every `.svg` in the bank's folder: figures name them, and each is checked even if none does. */
	svgFiles?: RawSvgFile[];
	/** The folder, for messages about a figure file that is not there. */
	folder?: string;
}

export interface DomainCount {
	id: string;
	mcqs: number;
	cards: number;
	/** Items with a figure (strip or SVG). */
	figures: number;
	minimumMcqs: number;
}
export interface BankStats {
	id: string;
	mcqs: number;
	cards: number;
	figures: number;
	minimumMcqs: number;
	minimumCards: number;
	domains: DomainCount[];
	/** Share of MCQs whose answer is at each position A–D. */
	answerShare: [number, number, number, number];
	/** Share of MCQs whose correct choice is strictly the longest. */
	longestCorrectShare: number;
}
export interface CompileResult {
	bank?: Bank;
	stats?: BankStats;
	errors: string[];
}

export const RULES = {
	// Three full-length simulations' worth of scored items, each domain by its blueprint share.
	mcqFactor: 3,
	minimumExamMcqs: 300,
	minimumExamCards: 150,
	minimumGuideCards: 120,
	minimumGuideMcqs: 60,
	answerShareRange: [0.2, 0.3] as const,
	maxLongestCorrectShare: 0.35
};

export const normalizeStem = (stem: string) =>
	stem
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

export function isCorrectStrictlyLongest(item: Mcq): boolean {
	const correct = item.choices[item.answer]?.length ?? 0;
	return item.choices.every((c, i) => i === item.answer || c.length < correct);
}

export function fairness(mcqs: readonly Mcq[]): Pick<BankStats, 'answerShare' | 'longestCorrectShare'> {
	const n = Math.max(mcqs.length, 1);
	const positions: [number, number, number, number] = [0, 0, 0, 0];
	for (const m of mcqs) positions[m.answer as 0 | 1 | 2 | 3]++;
	return {
		answerShare: positions.map((p) => p / n) as BankStats['answerShare'],
		longestCorrectShare: mcqs.filter(isCorrectStrictlyLongest).length / n
	};
}

export function compileBank(source: RawBankSource): CompileResult {
	const errors: string[] = [];
	const headerResult = v.safeParse(bankHeaderSchema, source.header.data);
	if (!headerResult.success) {
		return {
			errors: describeIssues(headerResult.issues, source.header.data).map(
				(m) => `${source.header.file}: ${m}`
			)
		};
	}
	const header = headerResult.output;
	const groups =
		header.kind === 'guide'
			? header.topics.map((t) => ({ id: t.id, name: t.name, idPrefix: t.idPrefix, weightPercent: 0 }))
			: header.domains;

	const items: BankItem[] = [];
	const svg = checkSvgFiles(source.svgFiles ?? []);
	errors.push(...svg.errors);
	const folder = source.folder ?? source.header.file.replace(/\/[^/]*$/, '');
	const seenIds = new Map<string, string>();
	const seenStems = new Map<string, string>();
	for (const raw of source.domainFiles) {
		const group = groups.find((g) => g.id === raw.name);
		if (!group) {
			errors.push(
				`${raw.file}: not a domain of ${source.header.file} (expected one of ${groups.map((g) => g.id).join(', ')})`
			);
			continue;
		}
		const parsed = v.safeParse(sourceDomainFileSchema, raw.data);
		if (!parsed.success) {
			// Report every bad item, then keep checking the good ones for duplicates and the bank-wide rules.
			errors.push(...describeIssues(parsed.issues, raw.data).map((m) => `${raw.file}: ${m}`));
		}
		const rawItems = (raw.data as { items?: unknown })?.items;
		const fileItems: SourceItem[] = parsed.success
			? parsed.output.items
			: (Array.isArray(rawItems) ? rawItems : []).flatMap((it) => {
					const one = v.safeParse(sourceItemSchema, it);
					return one.success ? [one.output] : [];
				});
		for (const item of fileItems) {
			const at = `${raw.file}: ${item.id}`;
			if (!new RegExp(`^${group.idPrefix}-\\d{4}$`).test(item.id))
				errors.push(`${at}: id: expected ${group.idPrefix}-NNNN`);
			if (seenIds.has(item.id)) errors.push(`${at}: id: duplicate of an item in ${seenIds.get(item.id)}`);
			seenIds.set(item.id, raw.file);
			if (!item.source) errors.push(`${at}: source: every bank item names the standard or body it rests on`);
			if (item.kind === 'mcq') {
				const stem = normalizeStem(item.stem);
				const other = seenStems.get(stem);
				if (other) errors.push(`${at}: stem: same stem as ${other}`);
				seenStems.set(stem, item.id);
			}
			const { figure: figureSource, ...fields } = item;
			const compiled = figureSource ? compileFigure(figureSource, item, at, folder, svg.checked) : null;
			if (compiled) errors.push(...compiled.errors);
			items.push({ ...fields, ...(compiled?.figure ? { figure: compiled.figure } : {}), domain: group.id });
		}
	}

	const mcqs = items.filter((i): i is Mcq & BankItem => i.kind === 'mcq');
	const common = commonWordsOf(mcqs);
	for (const item of mcqs) {
		const echoes = stemEchoes(item, common);
		if (echoes.length)
			errors.push(
				`question-banks/${header.id}/${item.domain}.yaml: ${item.id}: stem: "${echoes.join('", "')}" is in the stem and only in the right choice, which points to the answer`
			);
	}
	const cardCount = items.length - mcqs.length;
	const isGuide = header.kind === 'guide';
	const scored = isGuide ? 0 : header.scoredItems;
	const domainCounts: DomainCount[] = groups.map((g) => ({
		id: g.id,
		mcqs: mcqs.filter((m) => m.domain === g.id).length,
		cards: items.filter((i) => i.domain === g.id && i.kind === 'card').length,
		figures: items.filter((i) => i.domain === g.id && i.figure).length,
		minimumMcqs: isGuide ? 0 : Math.ceil(RULES.mcqFactor * scored * (g.weightPercent / 100) - 1e-9)
	}));
	const stats: BankStats = {
		id: header.id,
		mcqs: mcqs.length,
		cards: cardCount,
		figures: items.filter((i) => i.figure).length,
		minimumMcqs: isGuide
			? RULES.minimumGuideMcqs
			: Math.max(RULES.minimumExamMcqs, Math.ceil(RULES.mcqFactor * scored)),
		minimumCards: isGuide ? RULES.minimumGuideCards : RULES.minimumExamCards,
		domains: domainCounts,
		...fairness(mcqs)
	};

	const where = source.header.file;
	if (stats.mcqs < stats.minimumMcqs)
		errors.push(`${where}: MCQs: ${stats.mcqs}, need at least ${stats.minimumMcqs}`);
	if (stats.cards < stats.minimumCards)
		errors.push(`${where}: cards: ${stats.cards}, need at least ${stats.minimumCards}`);
	for (const d of domainCounts) {
		if (d.mcqs < d.minimumMcqs)
			errors.push(`${where}: ${d.id}: ${d.mcqs} MCQs, need at least ${d.minimumMcqs}`);
	}
	if (mcqs.length > 0) {
		const [lo, hi] = RULES.answerShareRange;
		stats.answerShare.forEach((share, i) => {
			if (share < lo || share > hi) {
				errors.push(
					`${where}: answer position ${'ABCD'[i]}: ${(share * 100).toFixed(1)}% of MCQs, must be 20-30%`
				);
			}
		});
		if (stats.longestCorrectShare > RULES.maxLongestCorrectShare) {
			errors.push(
				`${where}: the correct choice is the longest in ${(stats.longestCorrectShare * 100).toFixed(1)}% of MCQs (at most 35%)`
			);
		}
	}

	const bank: Bank = {
		id: header.id,
		name: header.name,
		body: header.body,
		kind: isGuide ? 'guide' : 'exam',
		...(header.kind === 'guide'
			? { description: header.description }
			: {
					format: {
						scoredItems: header.scoredItems,
						pretestItems: header.pretestItems,
						minutes: header.minutes,
						passingNote: header.passingNote,
						...(header.segments ? { segments: header.segments } : {})
					}
				}),
		domains: groups.map((g) => ({ id: g.id, name: g.name, weightPercent: g.weightPercent })),
		items
	};
	return { bank, stats, errors };
}

/** Ids are global: progress is keyed on them, so no two banks may share one. */
export function crossBankErrors(banks: readonly Bank[]): string[] {
	const owner = new Map<string, string>();
	const errors: string[] = [];
	for (const bank of banks) {
		for (const item of bank.items) {
			const other = owner.get(item.id);
			if (other) errors.push(`question-banks/${bank.id}: ${item.id}: id: also used in ${other}`);
			else owner.set(item.id, bank.id);
		}
	}
	return errors;
}
