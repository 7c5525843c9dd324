/** The rhythm groups a student drills, remembered per study set on this device. */
import { RHYTHM_GROUPS } from '$lib/domain/strip/trainer';
import { trainerSet, type RhythmGroupId } from '$lib/domain/strip/trainer-sets';

const key = (setId: string) => `vitals-trainer-groups-${setId}`;
const KNOWN = new Set<string>(RHYTHM_GROUPS.map((g) => g.id));

/** What was stored, if it still names known groups (storage is input like any other); else the set's defaults. */
export function rememberedGroups(setId: string): RhythmGroupId[] {
	const defaults = [...(trainerSet(setId)?.groups ?? [])];
	try {
		const raw: unknown = JSON.parse(localStorage.getItem(key(setId)) ?? 'null');
		if (!Array.isArray(raw)) return defaults;
		const known = raw.filter((g): g is RhythmGroupId => typeof g === 'string' && KNOWN.has(g));
		return known.length ? [...new Set(known)] : defaults;
	} catch {
		return defaults;
	}
}

export function rememberGroups(setId: string, groups: readonly RhythmGroupId[]): void {
	try {
		localStorage.setItem(key(setId), JSON.stringify(groups));
	} catch {
		// Private mode or storage full: the choice holds for this visit only.
	}
}
