/** A finished attempt on an assigned deck as the result a student sends: each answer by original choice. */
import * as v from 'valibot';
import { describeIssues } from '../bank/schema';
import { RESULT_VERSION, resultPayloadSchema, type ResultPayload } from './result-payload';
import type { LinkAssignment } from './assignment';

export interface FinishedAttempt {
	itemIds: readonly string[];
	startedAt: number;
	submittedAt: number | null;
	score: { timeUsedMs: number } | null;
}

export type ResultMade = { ok: true; result: ResultPayload } | { ok: false; error: string };

export function resultFromAttempt(
	attempt: FinishedAttempt,
	answers: readonly { itemId: string; choice: number | null }[],
	assignment: Pick<LinkAssignment, 'id' | 'classId'>,
	student: string,
	/** Derived from the attempt, so the same attempt sent twice is one result to the class view. */
	resultId: string
): ResultMade {
	const name = student.trim();
	if (name === '')
		return { ok: false, error: 'Type your name, so your instructor knows whose result this is.' };
	if (name.length > 80)
		return { ok: false, error: `Your name is ${name.length} characters long; 80 is the most.` };
	if (attempt.submittedAt === null || !attempt.score)
		return { ok: false, error: 'Finish the assignment first: only a submitted attempt can be sent.' };
	const chosen = new Map(answers.map((a) => [a.itemId, a.choice]));
	const result = {
		v: RESULT_VERSION,
		id: resultId,
		classId: assignment.classId,
		assignmentId: assignment.id,
		student: name,
		startedAt: attempt.startedAt,
		submittedAt: attempt.submittedAt,
		// A clock set back during the attempt can make the stored difference negative.
		timeMs: Math.max(0, attempt.score.timeUsedMs),
		answers: attempt.itemIds.map((itemId) => ({ itemId, choice: chosen.get(itemId) ?? null }))
	};
	const parsed = v.safeParse(resultPayloadSchema, result);
	if (!parsed.success)
		return {
			ok: false,
			error: `This result cannot be sent: ${describeIssues(parsed.issues, result).slice(0, 2).join('; ')}.`
		};
	return { ok: true, result: parsed.output };
}
