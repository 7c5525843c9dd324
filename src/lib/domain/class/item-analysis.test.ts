import { describe, expect, it } from 'vitest';
import { analyseItems, reteachOrder, type AnalysedQuestion, type StudentAnswers } from './item-analysis';

const q = (id: string, answer: number): AnalysedQuestion => ({ id, domain: 'd', answer, choiceCount: 4 });
const student = (name: string, picks: (number | null)[], ids: string[]): StudentAnswers => ({
	student: name,
	choices: new Map(ids.map((id, i) => [id, picks[i] ?? null]))
});

describe('item analysis', () => {
	// 10 students, 3 questions keyed A (0), B (1), C (2). Worked by hand below.
	const ids = ['q1', 'q2', 'q3'];
	const questions = [q('q1', 0), q('q2', 1), q('q3', 2)];
	const results = [
		student('Ana', [0, 1, 2], ids), // 3
		student('Ben', [0, 1, 2], ids), // 3
		student('Cy', [0, 1, 0], ids), // 2
		student('Di', [0, 1, 3], ids), // 2
		student('Ed', [0, 2, 2], ids), // 2
		student('Flo', [0, 2, 0], ids), // 1
		student('Gus', [0, 3, null], ids), // 1
		student('Hal', [1, 2, 0], ids), // 0
		student('Ivy', [1, 2, 3], ids), // 0
		student('Jo', [1, 0, 0], ids) // 0
	];
	const stats = analyseItems(questions, results);

	it('gives each question its share right and the picks per choice', () => {
		expect(stats.map((s) => s.difficulty)).toEqual([0.7, 0.4, 0.3]);
		expect(stats[0]!.picks).toEqual([7, 3, 0, 0]);
		expect(stats[1]!.picks).toEqual([1, 4, 4, 1]);
		expect(stats[2]).toMatchObject({ picks: [4, 0, 3, 2], blank: 1, commonWrongChoice: 0 });
	});

	it('computes D from the upper and lower 27 % (3 of 10 students each)', () => {
		// Upper: Ana, Ben (3) and Cy (2, first of the 2s by name). Lower: Hal, Ivy, Jo (0).
		// q1: upper 3/3, lower 0/3 → 1. q2: upper 3/3, lower 0/3 → 1. q3: upper 2/3, lower 0/3 → 0.667.
		expect(stats[0]!.discrimination).toBeCloseTo(1, 10);
		expect(stats[1]!.discrimination).toBeCloseTo(1, 10);
		expect(stats[2]!.discrimination).toBeCloseTo(2 / 3, 10);
	});

	it('orders questions to reteach: fewest right first', () => {
		expect(reteachOrder(stats).map((s) => s.id)).toEqual(['q3', 'q2', 'q1']);
	});

	it('does not depend on the order results arrive in', () => {
		expect(analyseItems(questions, [...results].reverse())).toEqual(stats);
	});

	it('gives no D for fewer than four students, and treats an out-of-range choice as blank', () => {
		const few = analyseItems([q('q1', 0)], [student('A', [0], ['q1']), student('B', [7], ['q1'])]);
		expect(few[0]).toMatchObject({ discrimination: null, blank: 1, difficulty: 0.5 });
	});
});
