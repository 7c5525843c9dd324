/**
 * Classical item analysis of one assignment's results, as a teacher reads it: each question's difficulty
 * (share of students right), how often each choice was picked, and the discrimination index D — the share
 * right among the top scorers minus the share right among the bottom scorers (the upper and lower 27 %,
 * Kelley's convention). Low difficulty with a low or negative D marks a question to reteach or to fix.
 */

export interface AnalysedQuestion {
	id: string;
	domain: string;
	/** Index of the right choice. */
	answer: number;
	choiceCount: number;
}

export interface StudentAnswers {
	/** One entry per student (their best or latest result, as the caller decides). */
	student: string;
	/** Chosen choice per question id; null or missing = left blank. */
	choices: ReadonlyMap<string, number | null>;
}

export interface QuestionStats {
	id: string;
	domain: string;
	/** Students who had this question. */
	students: number;
	/** Share right, 0–1. */
	difficulty: number;
	/** Picks per choice index, and blanks. */
	picks: number[];
	blank: number;
	/** Upper minus lower group's share right, -1..1; null with fewer than 4 students. */
	discrimination: number | null;
	/** The wrong choice picked most often, if any was picked. */
	commonWrongChoice: number | null;
}

const GROUP_SHARE = 0.27;

export function analyseItems(
	questions: readonly AnalysedQuestion[],
	results: readonly StudentAnswers[]
): QuestionStats[] {
	const score = (r: StudentAnswers) =>
		questions.reduce((s, q) => s + (r.choices.get(q.id) === q.answer ? 1 : 0), 0);
	// Ties broken by name so the groups, and so D, do not depend on the order results arrived in.
	const ranked = [...results]
		.map((r) => ({ r, s: score(r) }))
		.sort((a, b) => b.s - a.s || a.r.student.localeCompare(b.r.student));
	const groupSize = Math.max(1, Math.round(ranked.length * GROUP_SHARE));
	const upper = ranked.slice(0, groupSize).map((x) => x.r);
	const lower = ranked.slice(-groupSize).map((x) => x.r);
	const shareRight = (group: readonly StudentAnswers[], q: AnalysedQuestion) =>
		group.filter((r) => r.choices.get(q.id) === q.answer).length / group.length;

	return questions.map((q) => {
		const picks = Array.from({ length: q.choiceCount }, () => 0);
		let blank = 0;
		for (const r of results) {
			const c = r.choices.get(q.id);
			if (c === null || c === undefined || !(c >= 0 && c < q.choiceCount)) blank++;
			else picks[c]!++;
		}
		const right = picks[q.answer] ?? 0;
		let commonWrongChoice: number | null = null;
		picks.forEach((n, i) => {
			if (i !== q.answer && n > 0 && (commonWrongChoice === null || n > picks[commonWrongChoice]!))
				commonWrongChoice = i;
		});
		return {
			id: q.id,
			domain: q.domain,
			students: results.length,
			difficulty: results.length ? right / results.length : 0,
			picks,
			blank,
			discrimination: results.length >= 4 ? shareRight(upper, q) - shareRight(lower, q) : null,
			commonWrongChoice
		};
	});
}

/**
 * The questions most worth reteaching first: the fewest right, then the weakest discrimination (a
 * question the strong students also miss points at the teaching, or at the question itself).
 */
export function reteachOrder(stats: readonly QuestionStats[]): QuestionStats[] {
	return [...stats].sort(
		(a, b) =>
			a.difficulty - b.difficulty ||
			(a.discrimination ?? 0) - (b.discrimination ?? 0) ||
			a.id.localeCompare(b.id)
	);
}
