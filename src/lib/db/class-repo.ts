/** The instructor's classes and the results received for them. */
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
