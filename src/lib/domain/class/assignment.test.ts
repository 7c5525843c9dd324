// The two assignment shapes accept what the app writes and refuse what it never would: a timed test with
// no limit, a limit on an untimed one, unknown fields, a bad key.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { classAssignmentSchema, linkAssignmentSchema } from './assignment';

const link = {
	id: 'week1-quiz',
	classId: 'Zk3lQm9xTq2bVw8nRt5yHA',
	className: 'Phlebotomy 101',
	publicKey: 'B' + 'A'.repeat(86),
	title: 'Week 1: order of draw',
	dueAt: Date.UTC(2026, 11, 8, 23),
	mode: 'timed',
	timeLimitMin: 30
};

describe('assignment schemas', () => {
	it('accepts a timed link assignment with its limit, and an untimed one without', () => {
		expect(v.is(linkAssignmentSchema, link)).toBe(true);
		const { timeLimitMin: _, dueAt: __, ...tutor } = link;
		expect(v.is(linkAssignmentSchema, { ...tutor, mode: 'tutor' })).toBe(true);
	});

	it('refuses a timed test with no limit, a limit on an untimed test, unknown fields and a bad key', () => {
		const { timeLimitMin: _, ...noLimit } = link;
		expect(v.is(linkAssignmentSchema, noLimit)).toBe(false);
		expect(v.is(linkAssignmentSchema, { ...link, mode: 'test' })).toBe(false);
		expect(v.is(linkAssignmentSchema, { ...link, extra: 1 })).toBe(false);
		expect(v.is(linkAssignmentSchema, { ...link, publicKey: 'short' })).toBe(false);
		expect(v.is(linkAssignmentSchema, { ...link, timeLimitMin: 0 })).toBe(false);
		expect(v.is(linkAssignmentSchema, { ...link, title: '   ' })).toBe(false);
	});

	it('the class-row shape needs at least one item id in the bank id form', () => {
		const row = {
			id: 'week1-quiz',
			title: 'Week 1',
			mode: 'test',
			createdAt: Date.UTC(2026, 11, 1),
			itemIds: ['cpt-rbc-0001']
		};
		expect(v.is(classAssignmentSchema, row)).toBe(true);
		expect(v.is(classAssignmentSchema, { ...row, itemIds: [] })).toBe(false);
		expect(v.is(classAssignmentSchema, { ...row, itemIds: ['not an id'] })).toBe(false);
	});
});
