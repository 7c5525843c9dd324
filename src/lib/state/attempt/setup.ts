/** Creates quiz and exam attempts: picks items (domain logic) with a fresh seed and stores the attempt. */
import { repositories, writeErrorMessage } from '$lib/db';
import type { AttemptRow } from '$lib/db/database';
import type { AttemptMode, AttemptRecord } from '$lib/domain/attempt/types';
import type { Bank } from '$lib/domain/bank/schema';
import type { LinkAssignment } from '$lib/domain/class/assignment';
import { domainAccuracy, weakestDomain } from '$lib/domain/progress/accuracy';
import {
	assembleExam,
	assemblePractice,
	choiceOrders,
	flaggedItems,
	missedItems,
	quickItems
} from '$lib/domain/attempt/quiz-assembly';
import { seededRng } from '$lib/domain/random';
import { examExposure, freshQuestions, type FreshQuestions } from '$lib/domain/attempt/exam-exposure';
import { predictedScore } from '../progress/predicted-score';

export type { AttemptRow };

/** The unfinished quiz or exam on this study set, if any: the setup screens offer to resume it. */
export function activeAttempt(setId: string): Promise<AttemptRow | undefined> {
	return repositories().attempts.active(setId);
}

export type Shortcut = 'missed' | 'weakest' | 'flagged' | 'quick';

const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

async function store(
	bank: Bank,
	fields: Pick<AttemptRecord, 'kind' | 'mode' | 'title' | 'itemIds' | 'timeLimitMs' | 'predictedScore'>,
	seed: number
) {
	if (fields.itemIds.length === 0) throw new Error('There are no questions to ask for that choice yet.');
	const attempt: AttemptRecord = {
		bankId: bank.id,
		...fields,
		choiceOrders: choiceOrders(fields.itemIds, seededRng(seed ^ 0x9e3779b9)),
		seed,
		startedAt: Date.now(),
		submittedAt: null,
		status: 'active',
		currentIndex: 0,
		score: null
	};
	try {
		return await repositories().attempts.create(attempt);
	} catch (e) {
		// The setup screens show the message of what they catch: make it the student's sentence.
		throw new Error(writeErrorMessage(e, `The ${fields.kind} was not started`), { cause: e });
	}
}

export async function startPractice(
	bank: Bank,
	options: { domains: string[]; length: number | 'all'; mode: Exclude<AttemptMode, 'exam'> }
): Promise<number> {
	const seed = newSeed();
	const itemIds = assemblePractice(bank, options, seededRng(seed));
	const size = options.length === 'all' ? 'All' : options.length;
	return store(
		bank,
		{ kind: 'quiz', mode: options.mode, title: `Practice: ${size} questions`, itemIds, timeLimitMs: null },
		seed
	);
}

export async function startShortcut(
	bank: Bank,
	shortcut: Shortcut,
	mode: Exclude<AttemptMode, 'exam'>
): Promise<number> {
	const seed = newSeed();
	const rng = seededRng(seed);
	const stats = await repositories().attempts.itemStats(bank.id);
	let itemIds: string[];
	let title: string;
	if (shortcut === 'missed') {
		itemIds = missedItems(bank, stats, rng);
		title = 'Missed items';
	} else if (shortcut === 'flagged') {
		itemIds = flaggedItems(bank, stats, rng);
		title = 'Flagged items';
	} else if (shortcut === 'weakest') {
		const accuracies = domainAccuracy(
			stats.values(),
			bank.domains.map((d) => d.id),
			Date.now()
		);
		const domain = weakestDomain(accuracies);
		itemIds = domain ? assemblePractice(bank, { domains: [domain], length: 10 }, rng) : [];
		title = `Weakest domain: ${bank.domains.find((d) => d.id === domain)?.name ?? ''}`;
	} else {
		itemIds = quickItems(bank, stats, rng);
		title = 'Quick 10';
	}
	if (itemIds.length === 0 && shortcut === 'missed')
		throw new Error('No missed items: questions you get wrong will collect here.');
	if (itemIds.length === 0 && shortcut === 'flagged')
		throw new Error('No flagged items yet: press F or Flag on any question to add it here.');
	return store(bank, { kind: 'quiz', mode, title, itemIds, timeLimitMs: null }, seed);
}

/** How familiar each of the bank's questions is: from earlier exam simulations and every answer given. */
async function exposureOf(bank: Bank): Promise<Map<string, number>> {
	const repo = repositories().attempts;
	const [history, stats] = await Promise.all([repo.history(bank.id), repo.itemStats(bank.id)]);
	return examExposure(
		history.filter((a) => a.kind === 'exam'),
		stats
	);
}

/** For the exam setup screen: questions new to the student, and simulations left without repeats. */
export async function examFreshness(bank: Bank): Promise<FreshQuestions> {
	return freshQuestions(bank, await exposureOf(bank));
}

/** Readiness as shown just before the simulation; none when it cannot be worked out (it only informs). */
async function prediction(bank: Bank): Promise<Pick<AttemptRecord, 'predictedScore'>> {
	try {
		const score = await predictedScore(bank, Date.now());
		return score === null ? {} : { predictedScore: score };
	} catch {
		return {};
	}
}

export async function startExam(bank: Bank, scale: 1 | 0.5): Promise<number> {
	const seed = newSeed();
	const [exposure, predicted] = await Promise.all([exposureOf(bank), prediction(bank)]);
	const plan = assembleExam(bank, scale, seededRng(seed), exposure);
	return store(
		bank,
		{
			kind: 'exam',
			mode: 'exam',
			title: scale === 1 ? 'Full-length exam' : 'Half-length exam',
			itemIds: plan.itemIds,
			timeLimitMs: plan.timeLimitMs,
			...predicted
		},
		seed
	);
}

/** An instructor's assignment: its items in deck order, in the mode it was assigned (a timed test runs as an exam). */
export function startAssigned(
	bank: Bank,
	assignment: Pick<LinkAssignment, 'title' | 'mode' | 'timeLimitMin'>,
	itemIds: string[]
): Promise<number> {
	const { mode } = assignment;
	const timed = mode === 'timed';
	return store(
		bank,
		{
			kind: timed ? 'exam' : 'quiz',
			mode: timed ? 'exam' : mode,
			title: assignment.title,
			itemIds,
			timeLimitMs: timed ? (assignment.timeLimitMin ?? 0) * 60_000 : null
		},
		newSeed()
	);
}
