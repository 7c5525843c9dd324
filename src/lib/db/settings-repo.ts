/** Typed settings over a key/value table; unknown or malformed stored values fall back to defaults. */
import * as v from 'valibot';
import type { VitalsDatabase } from './database';

export const settingsSchema = v.object({
	dailyNewLimit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)), 20),
	desiredRetention: v.optional(v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.97)), 0.9),
	theme: v.optional(v.picklist(['system', 'light', 'dark']), 'system'),
	/** Cards plus questions a day that count toward the streak. */
	dailyGoal: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)), 20),
	/** Exam dates by exam id, as "YYYY-MM-DD". */
	examDates: v.optional(
		v.record(v.string(), v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'))),
		{}
	),
	/** When the student was last reminded to install or back up (storage not persisted); 0 = never. */
	storageReminderAt: v.optional(v.pipe(v.number(), v.minValue(0)), 0)
});
export type Settings = v.InferOutput<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = v.parse(settingsSchema, {});

export function createSettingsRepo(db: VitalsDatabase) {
	return {
		async load(): Promise<Settings> {
			const rows = await db.settings.toArray();
			const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
			for (const row of rows) {
				const field = (settingsSchema.entries as Record<string, v.GenericSchema>)[row.key];
				if (field && v.safeParse(field, row.value).success) merged[row.key] = row.value;
			}
			return v.parse(settingsSchema, merged);
		},
		async save<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
			const field = settingsSchema.entries[key];
			v.parse(field, value);
			await db.transaction('rw', db.settings, () => db.settings.put({ key, value }));
		}
	};
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
