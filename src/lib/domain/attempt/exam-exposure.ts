/**
 * How familiar each question already is, so the next exam simulation can draw new ones first: a question
 * in an earlier simulation weighs most (a repeat there is what the student notices), one answered only in
 * practice quizzes weighs less, one never answered nothing.
 */
import type { Bank } from '../bank/schema';
import { examTargets, mcqsOf } from './quiz-assembly';

const IN_EARLIER_EXAM = 2;
const ANSWERED_ELSEWHERE = 1;

export function examExposure(
	earlierExams: readonly { itemIds: readonly string[] }[],
	answered: ReadonlyMap<string, { seen: number }>
): Map<string, number> {
	const exposure = new Map<string, number>();
	for (const [id, stat] of answered) if (stat.seen > 0) exposure.set(id, ANSWERED_ELSEWHERE);
	const inExams = new Map<string, number>();
	for (const exam of earlierExams) for (const id of exam.itemIds) inExams.set(id, (inExams.get(id) ?? 0) + 1);
	for (const [id, times] of inExams) exposure.set(id, IN_EARLIER_EXAM * times);
	return exposure;
}

export interface FreshQuestions {
	/** Questions never answered anywhere. */
	unseen: number;
	total: number;
	/** Full-length simulations still possible without a question from an earlier simulation. */
	simulationsWithoutRepeats: number;
}

export function freshQuestions(bank: Bank, exposure: ReadonlyMap<string, number>): FreshQuestions {
	const mcqs = mcqsOf(bank);
	const targets = examTargets(bank, 1);
	const perDomain = bank.domains.map((d, i) => {
		const notInExam = mcqs.filter(
			(m) => m.domain === d.id && (exposure.get(m.id) ?? 0) < IN_EARLIER_EXAM
		).length;
		return targets[i]! > 0 ? Math.floor(notInExam / targets[i]!) : Infinity;
	});
	const simulations = Math.min(...perDomain);
	return {
		unseen: mcqs.filter((m) => !exposure.get(m.id)).length,
		total: mcqs.length,
		simulationsWithoutRepeats: Number.isFinite(simulations) ? simulations : 0
	};
}
