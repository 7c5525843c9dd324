/**
 * Which study sets have the rhythm trainer, the domain its answers count toward (so they feed that domain's
 * accuracy and readiness like any other answer), and the rhythm groups checked at first. Kept apart from the
 * catalogue so a page can link to the trainer without loading it.
 */

export const TRAINER_TITLE = 'Rhythm trainer';

export type RhythmGroupId =
	| 'sinus'
	| 'atrial'
	| 'junctional'
	| 'premature-ventricular'
	| 'ventricular'
	| 'av-block'
	| 'pacemaker'
	| 'artifact';

export interface TrainerSet {
	readonly domain: string;
	readonly groups: readonly RhythmGroupId[];
}

const ALL: readonly RhythmGroupId[] = [
	'sinus',
	'atrial',
	'junctional',
	'premature-ventricular',
	'ventricular',
	'av-block',
	'pacemaker',
	'artifact'
];

/** CET reads every rhythm; CPCT/A and CCMA start from the common and the life-threatening ones. */
const SETS: ReadonlyMap<string, TrainerSet> = new Map([
	['cet', { domain: 'ekg-analysis-interpretation', groups: ALL }],
	[
		'cpcta',
		{
			domain: 'ekg',
			groups: ['sinus', 'atrial', 'premature-ventricular', 'ventricular', 'av-block', 'artifact']
		}
	],
	['ccma', { domain: 'clinical-patient-care', groups: ['sinus', 'atrial', 'ventricular', 'artifact'] }]
]);

export function trainerSet(setId: string): TrainerSet | null {
	return SETS.get(setId) ?? null;
}

/** Stable per set and rhythm: progress is keyed on it, so it must never change. */
export const trainerItemId = (setId: string, rhythm: string) => `trainer-${setId}-${rhythm}`;
/** A trainer rhythm has a memory like any item, but it is none of the study set's cards or questions. */
export const isTrainerItem = (itemId: string) => itemId.startsWith('trainer-');

export function isTrainerAttempt(attempt: { title: string; itemIds: readonly string[] }): boolean {
	return attempt.title === TRAINER_TITLE && attempt.itemIds.every(isTrainerItem);
}
