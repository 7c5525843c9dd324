/** The instructor's classes and the results received for them. */
import type { ClassAssignment } from '$lib/domain/class/assignment';
import type { ClassResultRow, ClassRow } from '$lib/domain/records/class';
import type { VitalsDatabase } from './database';

export function createClassRepo(db: VitalsDatabase) {
	return {
		/** Oldest first, the order the instructor made them in. */
		async list(): Promise<ClassRow[]> {
			return db.classes.orderBy('createdAt').toArray();
		},

		async get(id: string): Promise<ClassRow | undefined> {
			return db.classes.get(id);
		},

		async add(row: ClassRow): Promise<void> {
			await db.transaction('rw', db.classes, () => db.classes.add(row));
		},

		/** Adds an assignment to its class; refuses a class that is gone or an id the class already has. */
		async addAssignment(classId: string, assignment: ClassAssignment): Promise<void> {
			await db.transaction('rw', db.classes, async () => {
				const row = await db.classes.get(classId);
				if (!row) throw new Error('That class is no longer on this device.');
				const assignments = row.assignments ?? [];
				if (assignments.some((a) => a.id === assignment.id))
					throw new Error('That assignment is already saved.');
				await db.classes.put({ ...row, assignments: [...assignments, assignment] });
			});
		},

		/** Stores results not seen before (by result id) and returns how many were new. */
		async addResults(rows: ClassResultRow[]): Promise<number> {
			return db.transaction('rw', db.classResults, async () => {
				const seen = new Set(await db.classResults.bulkGet(rows.map((r) => r.id)).then(ids));
				const fresh = [...new Map(rows.filter((r) => !seen.has(r.id)).map((r) => [r.id, r])).values()];
				await db.classResults.bulkAdd(fresh);
				return fresh.length;
			});
		},

		async results(classId: string): Promise<ClassResultRow[]> {
			return db.classResults.where('classId').equals(classId).toArray();
		}
	};
}

const ids = (rows: (ClassResultRow | undefined)[]) =>
	rows.filter((r): r is ClassResultRow => r !== undefined).map((r) => r.id);

export type ClassRepo = ReturnType<typeof createClassRepo>;
