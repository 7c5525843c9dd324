// The class view's report for one assignment: results grouped by the class row's assignments (then any
// unknown ones, items taken from their answers); each student counted once, by their latest attempt, in
// the domains and the item analysis; items with no key listed as not scored. Numbers worked by hand.
import { describe, expect, it } from 'vitest';
import type { ClassResultRow, ClassRow } from '../records/class';
import { assignmentGroups, assignmentReport, itemKey } from './assignment-report';
import type { ResultPayload } from './result-payload';

const mcq = (id: string, answer: number) => ({
	id,
	kind: 'mcq' as const,
	stem: `Stem ${id}`,
	choices: ['w', 'x', 'y', 'z'],
	answer,
	rationale: 'r'.repeat(60),
	domain: 'safety'
});
const keys = new Map([
	['cpt-s-0001', itemKey(mcq('cpt-s-0001', 0), 'Safety')],
	['cpt-s-0002', itemKey(mcq('cpt-s-0002', 1), 'Safety')],
	['cpt-c-0001', itemKey({ id: 'cpt-c-0001', kind: 'card', front: 'F', back: 'B', domain: 'd' }, 'Draw')]
]);
const row = {
	id: 'class-0001',
	assignments: [
		{
			id: 'week1-quiz',
			title: 'Week 1',
			mode: 'tutor',
			createdAt: 0,
			dueAt: 5000,
			itemIds: ['cpt-s-0001', 'cpt-s-0002', 'cpt-c-0001', 'gone-0001']
		},
		{ id: 'week2-quiz', title: 'Week 2', mode: 'tutor', createdAt: 1, itemIds: ['cpt-s-0001'] }
	]
} as ClassRow;
let n = 0;
const stored = (
	assignmentId: string,
	student: string,
	picks: [string, number | null][],
	submittedAt = 1000
): ClassResultRow => {
	const result: ResultPayload = {
		v: 1,
		id: `res-${String(++n).padStart(5, '0')}`,
		classId: row.id,
		assignmentId,
		student,
		startedAt: 0,
		submittedAt,
		timeMs: 1,
		answers: picks.map(([itemId, choice]) => ({ itemId, choice }))
	};
	return { id: result.id, classId: row.id, assignmentId, result, receivedAt: 0 };
};

describe('assignment report', () => {
	const results = [
		stored(
			'week1-quiz',
			'Ana',
			[
				['cpt-s-0001', 1],
				['cpt-s-0002', 1]
			],
			1000
		),
		stored(
			'week1-quiz',
			'Ana',
			[
				['cpt-s-0001', 0],
				['cpt-s-0002', 1]
			],
			6000
		), // latest, late: 2/2
		stored('week1-quiz', 'Ben', [
			['cpt-s-0001', 0],
			['cpt-s-0002', 3]
		]), // 1/2
		stored('week1-quiz', 'Cy', [
			['cpt-s-0001', 2],
			['cpt-s-0002', null]
		]), // 0/2
		stored('other-asg1', 'Dee', [
			['cpt-s-0002', 1],
			['cpt-s-0001', 0]
		])
	];
	const groups = assignmentGroups(row, results);

	it('groups by the class row’s assignments in order, then unknown ones with their answered items', () => {
		expect(groups.map((g) => [g.id, g.known, g.results.length])).toEqual([
			['week1-quiz', true, 4],
			['week2-quiz', true, 0],
			['other-asg1', false, 1]
		]);
		expect(groups[2]).toMatchObject({
			title: 'Unknown assignment (other-asg1)',
			itemIds: ['cpt-s-0002', 'cpt-s-0001']
		});
	});

	it('counts each student once, by the latest attempt, and lists what cannot be scored', () => {
		const report = assignmentReport(groups[0]!, keys);
		expect(report.roster.map((r) => [r.student, r.attempts, r.latest.correct, r.latest.late])).toEqual([
			['Ana', 2, 2, true],
			['Ben', 1, 1, false],
			['Cy', 1, 0, false]
		]);
		// s-0001: Ana 0 ✓, Ben 0 ✓, Cy 2 → 2/3. s-0002: Ana ✓, Ben 3, Cy blank → 1/3.
		expect(report.items.map((i) => [i.stats.id, i.stats.picks, i.stats.blank])).toEqual([
			['cpt-s-0002', [0, 1, 0, 1], 1],
			['cpt-s-0001', [2, 0, 1, 0], 0]
		]);
		expect(report.items[0]!.key.prompt).toBe('Stem cpt-s-0002');
		expect(report.domains).toEqual([{ domain: 'Safety', correct: 3, asked: 6, share: 0.5 }]);
		expect(report.unscored).toEqual(['cpt-c-0001', 'gone-0001']);
	});
});
