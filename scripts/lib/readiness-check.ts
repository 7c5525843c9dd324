/**
 * Readiness check (issue 11, item 4a) for `npm run bench:schedule`. Simulated students with a known
 * ability per domain (the chance they already know an item before studying it) study flashcards with
 * today's queue and answer practice quizzes; every answer also counts as a retrieval of the item
 * (schedule/quiz-retrieval.ts). After 200 quiz answers the app's readiness estimate is compared with the
 * student's true expected score on a full-length exam (items drawn by blueprint weight).
 * Model: an item is known with chance 1 − (1 − prior)(1 − R), R being FSRS's recall of the student's
 * memory of it (0 if never studied) and `prior` the item's own chance of being known unstudied (items
 * differ: drawn around the domain's ability); a known item is still missed 5 % of the time (a slip), an
 * unknown one guessed right 1 in 4. The estimate knows neither the priors nor the slips.
 */
import type { ItemResult } from '../../src/lib/domain/attempt/types';
import { expectedExamScore } from '../../src/lib/domain/progress/exam-score';
import { readiness, type DomainEvidence } from '../../src/lib/domain/progress/readiness';
import { seededRng, type Rng } from '../../src/lib/domain/random';
import { mcqRetrieval } from '../../src/lib/domain/schedule/quiz-retrieval';
import { nextItem } from '../../src/lib/domain/study/queue';
import { createScheduler, newMemory, type Memory } from '../../src/lib/domain/study/scheduling';

const DAY_MS = 86_400_000;
const GUESS = 0.25;
const SLIP = 0.05;
const ANSWERS = 200;
const QUIZ_LENGTH = 10;
const CARDS_PER_DAY = 15;
const NEW_CARDS_PER_DAY = 8;

export interface ReadinessDomain {
	id: string;
	weightPercent: number;
	itemIds: readonly string[];
}

interface Student {
	/** Per item: the chance it is known without study. */
	prior: Map<string, number>;
	memories: Map<string, Memory>;
	answers: Map<string, ItemResult[]>;
	/** Answers to items with no memory yet (never studied nor answered). */
	firstLooks: Map<string, ItemResult[]>;
	lastMcqDay: Map<string, number>;
}

export function readinessCheck(domains: readonly ReadinessDomain[], students: number) {
	const runs = Array.from({ length: students }, (_, s) => oneStudent(domains, seededRng(9_000 + s)));
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	const report = (estimate: (r: (typeof runs)[number]) => number) => {
		const err = runs.map((r) => estimate(r) - r.truth);
		const mae = mean(err.map(Math.abs));
		return {
			meanAbsoluteErrorPoints: round(mae),
			meanSignedErrorPoints: round(mean(err)),
			worstErrorPoints: round(Math.max(...err.map(Math.abs))),
			targetMet: mae <= 5
		};
	};
	return {
		students,
		answersEach: ANSWERS,
		meanTrueScorePoints: round(mean(runs.map((r) => r.truth))),
		targetPoints: 5,
		/** progress/readiness.ts as it is on the progress screen today. */
		readinessToday: report((r) => r.readiness),
		/** progress/exam-score.ts: one memory per item, unrecalled items at the first-look base rate. */
		expectedExamScore: report((r) => r.expectedScore)
	};
}

const round = (x: number) => Number(x.toFixed(2));
const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
/** Standard normal (Box–Muller). */
const normal = (rng: Rng) => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

function oneStudent(domains: readonly ReadinessDomain[], rng: Rng) {
	const scheduler = createScheduler({ desiredRetention: 0.9 });
	const itemIds = domains.flatMap((d) => d.itemIds);
	const domainOf = new Map(domains.flatMap((d) => d.itemIds.map((id) => [id, d.id] as const)));
	const student: Student = {
		prior: new Map(),
		memories: new Map(),
		answers: new Map(domains.map((d) => [d.id, []])),
		firstLooks: new Map(domains.map((d) => [d.id, []])),
		lastMcqDay: new Map()
	};
	for (const d of domains) {
		// Domain ability 15–85 %; items spread around it on the logit scale (sd 1), easy ones and hard ones.
		const ability = 0.15 + 0.7 * rng();
		for (const id of d.itemIds) student.prior.set(id, logistic(logit(ability) + normal(rng)));
	}
	const known = (id: string, now: number) => {
		const m = student.memories.get(id);
		const r = m ? scheduler.retrievability(m, now) : 0;
		return 1 - (1 - student.prior.get(id)!) * (1 - r);
	};
	const pRight = (id: string, now: number) => {
		const k = known(id, now);
		return k * (1 - SLIP) + (1 - k) * GUESS;
	};
	const firstDay = Date.UTC(2026, 2, 2) / DAY_MS;
	let answered = 0;
	let now = 0;
	for (let day = firstDay; answered < ANSWERS; day++) {
		now = day * DAY_MS + 18 * 3_600_000;
		// Flashcards with today's queue; a card is recalled if the item is known.
		let newToday = 0;
		let last: string | null = null;
		for (let k = 0; k < CARDS_PER_DAY; k++) {
			const id = nextItem({
				itemIds,
				memories: student.memories,
				now,
				newRemaining: NEW_CARDS_PER_DAY - newToday,
				...(last ? { skip: new Set([last]) } : {})
			});
			if (!id) break;
			const before = student.memories.get(id);
			const grade = rng() < known(id, now) ? 'good' : 'again';
			student.memories.set(id, scheduler.grade(before ?? newMemory(now), now, grade).memory);
			if (!before) newToday++;
			last = id;
			now += 10_000;
		}
		// A practice quiz over the whole bank.
		for (let k = 0; k < QUIZ_LENGTH && answered < ANSWERS; k++) {
			const id = itemIds[Math.floor(rng() * itemIds.length)]!;
			const correct = rng() < pRight(id, now);
			student.answers.get(domainOf.get(id)!)!.push({ at: now, correct });
			if (!student.memories.has(id)) student.firstLooks.get(domainOf.get(id)!)!.push({ at: now, correct });
			const update = mcqRetrieval({
				memory: student.memories.get(id) ?? null,
				lastMcqUpdateDay: student.lastMcqDay.get(id) ?? null,
				correct,
				now,
				dayOf: (at) => Math.floor(at / DAY_MS),
				scheduler
			});
			if (update.kind === 'update') {
				student.memories.set(id, update.memory);
				student.lastMcqDay.set(id, update.day);
			}
			answered++;
			now += 30_000;
		}
	}
	const totalWeight = domains.reduce((s, d) => s + d.weightPercent, 0);
	let truth = 0;
	const evidence: DomainEvidence[] = domains.map((d) => {
		const pCorrect = d.itemIds.map((id) => pRight(id, now));
		truth += (d.weightPercent / totalWeight) * (pCorrect.reduce((a, b) => a + b, 0) / d.itemIds.length);
		const studied = d.itemIds.map((id) => student.memories.get(id)).filter((m) => m !== undefined);
		return {
			id: d.id,
			name: d.id,
			weightPercent: d.weightPercent,
			itemCount: d.itemIds.length,
			recall: studied.map((m) => scheduler.retrievability(m, now)),
			answers: student.answers.get(d.id)!
		};
	});
	const today = readiness(evidence, now);
	const score = expectedExamScore(
		evidence.map((e) => ({ ...e, firstLookAnswers: student.firstLooks.get(e.id)! })),
		now,
		GUESS
	);
	return {
		readiness: 100 * (today.score ?? today.raw),
		expectedScore: 100 * score.score,
		truth: 100 * truth
	};
}
