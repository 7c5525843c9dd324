/** Classes with assignments, and results sealed to them, as the unit tests and bench-class need them. */
import type { ClassAssignment } from '../lib/domain/class/assignment';
import { newClass } from '../lib/domain/class/new-class';
import { createClassKeys, encodeResultLink } from '../lib/domain/class/result-link';
import type { ResultPayload } from '../lib/domain/class/result-payload';
import type { ClassRow } from '../lib/domain/records/class';

const { subtle } = globalThis.crypto;
const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));
export const T0 = Date.UTC(2026, 11, 1, 14);

export async function makeClass(name: string, assignments: ClassAssignment[] = []): Promise<ClassRow> {
	const made = newClass(name, T0, await createClassKeys(subtle), randomBytes);
	if (!made.ok) throw new Error(made.error);
	return assignments.length ? { ...made.row, assignments } : made.row;
}

export const assignment = (over: Partial<ClassAssignment> = {}): ClassAssignment => ({
	id: 'week1-quiz',
	title: 'Week 1',
	mode: 'tutor',
	createdAt: T0,
	itemIds: ['cpt-rbc-0001', 'cpt-rbc-0002', 'cpt-rbc-0003'],
	...over
});

let serial = 0;
/** A result for `c`: `choices[i]` answers the assignment's i-th item. */
export function result(
	c: ClassRow,
	student: string,
	choices: (number | null)[],
	over: Partial<ResultPayload> = {},
	a: ClassAssignment = c.assignments?.[0] ?? assignment()
): ResultPayload {
	return {
		v: 1,
		id: `result-${String(++serial).padStart(6, '0')}`,
		classId: c.id,
		assignmentId: a.id,
		student,
		startedAt: T0,
		submittedAt: T0 + 600_000,
		timeMs: 600_000,
		answers: a.itemIds.map((itemId, i) => ({ itemId, choice: choices[i] ?? null })),
		...over
	};
}

export function seal(payload: ResultPayload, c: ClassRow): Promise<string> {
	return encodeResultLink(payload, c.publicKey, { subtle, randomBytes });
}
