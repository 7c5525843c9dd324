/**
 * The rhythm catalogue: what each rhythm must look like on the strip. The generator draws inside these
 * ranges and the tests measure the drawn signal against them, so a wrong number here is a wrong lesson.
 * Ranges are inclusive and in the units a student measures (bpm, seconds).
 */
import type { ConductionRatio, Range, RhythmId } from './types';

/**
 * How the R-R intervals behave. 'regular-with-interruptions': a regular rhythm broken by early beats,
 * pauses or dropped beats. 'regularly-irregular': a repeating pattern (bigeminy, group beating).
 */
export type Regularity =
	| 'regular'
	| 'irregular'
	| 'irregularly-irregular'
	| 'regular-with-interruptions'
	| 'regularly-irregular'
	| 'none';

export interface RhythmSpec {
	readonly id: RhythmId;
	readonly name: string;
	/** The rate a student reports (ventricular rate; for ectopy, the underlying rate). Null: no rate. */
	readonly rateBpm: Range | null;
	/**
	 * Where the rate follows from the atrial rate and the ratio (second-degree block), the rates a figure may ask
	 * for: those every layout of the strip can draw. Defaults to `rateBpm`.
	 */
	readonly requestableRateBpm?: Range;
	readonly atrialRateBpm: Range | null;
	readonly regularity: Regularity;
	/** Null where there is no PR interval to measure. For dual-chamber pacing: the spike-to-spike AV delay. */
	readonly prS: Range | null;
	/** Null where there is no identifiable QRS. */
	readonly qrsS: Range | null;
	/** QRS width of the early (ectopic) beats, where they differ from the underlying ones. */
	readonly ectopicQrsS: Range | null;
	/** Conduction ratios this rhythm accepts (flutter and second-degree block). */
	readonly conductions: readonly ConductionRatio[];
	readonly features: readonly string[];
}

const NORMAL_PR: Range = { min: 0.12, max: 0.2 };
const NARROW: Range = { min: 0.06, max: 0.1 };
const WIDE: Range = { min: 0.12, max: 0.2 };
const SINUS_RATE: Range = { min: 60, max: 100 };
const PACED_RATE: Range = { min: 60, max: 80 };

const SINUS_P = 'P waves upright and alike, one before every QRS';
const NORMAL_PR_TEXT = 'PR interval 0.12–0.20 s and constant';
const NARROW_TEXT = 'QRS narrow (under 0.12 s)';

type SpecInput = Omit<RhythmSpec, 'conductions' | 'ectopicQrsS'> &
	Partial<Pick<RhythmSpec, 'conductions' | 'ectopicQrsS'>>;

function spec(s: SpecInput): RhythmSpec {
	return { conductions: [], ectopicQrsS: null, ...s };
}

const SPECS: readonly RhythmSpec[] = [
	spec({
		id: 'nsr',
		name: 'Normal sinus rhythm',
		rateBpm: SINUS_RATE,
		atrialRateBpm: SINUS_RATE,
		regularity: 'regular',
		prS: NORMAL_PR,
		qrsS: NARROW,
		features: ['Rate 60–100/min', 'Regular R-R and P-P', SINUS_P, NORMAL_PR_TEXT, NARROW_TEXT]
	}),
	spec({
		id: 'sinus-bradycardia',
		name: 'Sinus bradycardia',
		rateBpm: { min: 40, max: 59 },
		atrialRateBpm: { min: 40, max: 59 },
		regularity: 'regular',
		prS: NORMAL_PR,
		qrsS: NARROW,
		features: ['Rate under 60/min', 'Regular', SINUS_P, NORMAL_PR_TEXT, NARROW_TEXT]
	}),
	spec({
		id: 'sinus-tachycardia',
		name: 'Sinus tachycardia',
		rateBpm: { min: 101, max: 160 },
		atrialRateBpm: { min: 101, max: 160 },
		regularity: 'regular',
		prS: NORMAL_PR,
		qrsS: NARROW,
		features: [
			'Rate over 100/min (usually 101–160)',
			'Regular',
			`${SINUS_P}; at fast rates the P may sit close to the preceding T wave`,
			NORMAL_PR_TEXT,
			NARROW_TEXT
		]
	}),
	spec({
		id: 'sinus-arrhythmia',
		name: 'Sinus arrhythmia',
		rateBpm: SINUS_RATE,
		atrialRateBpm: SINUS_RATE,
		regularity: 'irregular',
		prS: NORMAL_PR,
		qrsS: NARROW,
		features: [
			'Rate usually 60–100/min',
			'Irregular in a phasic pattern: R-R shortens and lengthens with breathing (difference over 0.12 s)',
			SINUS_P,
			NORMAL_PR_TEXT,
			NARROW_TEXT
		]
	}),
	spec({
		id: 'sinus-arrest',
		name: 'Sinus arrest (pause)',
		rateBpm: SINUS_RATE,
		atrialRateBpm: SINUS_RATE,
		regularity: 'regular-with-interruptions',
		prS: NORMAL_PR,
		qrsS: NARROW,
		features: [
			'Underlying sinus rhythm, regular until the pause',
			'A pause with no P wave and no QRS: the sinus node fails to fire',
			'The pause is not an exact multiple of the P-P interval (a multiple suggests sinus exit block)',
			NORMAL_PR_TEXT,
			NARROW_TEXT
		]
	}),
	spec({
		id: 'pac',
		name: 'Sinus rhythm with premature atrial contractions',
		rateBpm: SINUS_RATE,
		atrialRateBpm: SINUS_RATE,
		regularity: 'regular-with-interruptions',
		prS: NORMAL_PR,
		qrsS: NARROW,
		ectopicQrsS: NARROW,
		features: [
			'Underlying sinus rhythm interrupted by an early beat',
			'The early beat has a P wave that looks different from the sinus P waves',
			'QRS of the early beat is narrow, like the others',
			'Noncompensatory pause: the early beat resets the sinus node, so the R-R around it is less than two normal cycles'
		]
	}),
	spec({
		id: 'atrial-flutter',
		name: 'Atrial flutter',
		// 250/4 (rounded) to 350/2: what a 250–350/min flutter conducts at 4:1 to 2:1.
		rateBpm: { min: 63, max: 175 },
		atrialRateBpm: { min: 250, max: 350 },
		regularity: 'regular',
		prS: null,
		qrsS: NARROW,
		conductions: ['2:1', '3:1', '4:1', 'variable'],
		features: [
			'No P waves: flutter (F) waves in a sawtooth pattern, best seen in II, III and aVF',
			'Atrial (flutter) rate about 250–350/min, commonly near 300',
			'The AV node conducts only some flutter waves (2:1, 3:1, 4:1 or variable); ventricular rate = atrial rate ÷ ratio',
			'Ventricular rhythm regular with a fixed ratio, irregular with variable conduction',
			'PR interval not measurable',
			NARROW_TEXT
		]
	}),
	spec({
		id: 'afib-controlled',
		name: 'Atrial fibrillation, controlled ventricular response',
		rateBpm: { min: 60, max: 99 },
		atrialRateBpm: null,
		regularity: 'irregularly-irregular',
		prS: null,
		qrsS: NARROW,
		features: [
			'Irregularly irregular R-R with no pattern',
			'No identifiable P waves: a wavy fibrillatory baseline (atrial activity over 350/min)',
			'PR interval not measurable',
			'Ventricular rate under 100/min (controlled)',
			NARROW_TEXT
		]
	}),
	spec({
		id: 'afib-rapid',
		name: 'Atrial fibrillation, rapid ventricular response',
		rateBpm: { min: 101, max: 180 },
		atrialRateBpm: null,
		regularity: 'irregularly-irregular',
		prS: null,
		qrsS: NARROW,
		features: [
			'Irregularly irregular R-R with no pattern',
			'No identifiable P waves: a wavy fibrillatory baseline (atrial activity over 350/min)',
			'PR interval not measurable',
			'Ventricular rate over 100/min (rapid, uncontrolled)',
			NARROW_TEXT
		]
	}),
	spec({
		id: 'svt',
		name: 'Supraventricular tachycardia',
		rateBpm: { min: 150, max: 250 },
		atrialRateBpm: null,
		regularity: 'regular',
		prS: null,
		qrsS: NARROW,
		features: [
			'Rate 150–250/min',
			'Very regular',
			'P waves usually not visible (hidden in the QRS or T wave)',
			'PR interval not measurable',
			NARROW_TEXT
		]
	}),
	spec({
		id: 'junctional',
		name: 'Junctional rhythm',
		rateBpm: { min: 40, max: 60 },
		atrialRateBpm: null,
		regularity: 'regular',
		prS: { min: 0.04, max: 0.11 },
		qrsS: NARROW,
		features: [
			'Rate 40–60/min (the AV junction’s inherent rate)',
			'Regular',
			'P waves inverted in II, III, aVF: just before the QRS, hidden in it, or just after it',
			'When the P comes before the QRS, the PR is under 0.12 s',
			NARROW_TEXT
		]
	}),
	spec({
		id: 'accelerated-junctional',
		name: 'Accelerated junctional rhythm',
		rateBpm: { min: 61, max: 100 },
		atrialRateBpm: null,
		regularity: 'regular',
		prS: { min: 0.04, max: 0.11 },
		qrsS: NARROW,
		features: [
			'Rate 60–100/min',
			'Regular',
			'P waves inverted in II, III, aVF: just before the QRS, hidden in it, or just after it',
			'When the P comes before the QRS, the PR is under 0.12 s',
			NARROW_TEXT
		]
	}),
	spec({
		id: 'junctional-tachycardia',
		name: 'Junctional tachycardia',
		rateBpm: { min: 101, max: 180 },
		atrialRateBpm: null,
		regularity: 'regular',
		prS: { min: 0.04, max: 0.11 },
		qrsS: NARROW,
		features: [
			'Rate over 100/min',
			'Regular',
			'P waves inverted in II, III, aVF: just before the QRS, hidden in it, or just after it',
			'When the P comes before the QRS, the PR is under 0.12 s',
			NARROW_TEXT
		]
	}),
	spec({
		id: 'pjc',
		name: 'Sinus rhythm with premature junctional contractions',
		rateBpm: SINUS_RATE,
		atrialRateBpm: SINUS_RATE,
		regularity: 'regular-with-interruptions',
		prS: NORMAL_PR,
		qrsS: NARROW,
		ectopicQrsS: NARROW,
		features: [
			'Underlying sinus rhythm interrupted by an early beat',
			'The early beat has an inverted P (II, III, aVF) with PR under 0.12 s, or no visible P, or an inverted P after the QRS',
			'QRS of the early beat is narrow',
			'The pause after it is usually noncompensatory'
		]
	}),
	...pvcSpecs(),
	spec({
		id: 'vt-monomorphic',
		name: 'Monomorphic ventricular tachycardia',
		rateBpm: { min: 100, max: 250 },
		atrialRateBpm: null,
		regularity: 'regular',
		prS: null,
		qrsS: WIDE,
		features: [
			'Rate 100–250/min',
			'Regular',
			'Wide (0.12 s or more), bizarre QRS complexes that all look alike',
			'No P waves related to the QRS; T waves opposite the QRS'
		]
	}),
	spec({
		id: 'vt-polymorphic',
		name: 'Polymorphic ventricular tachycardia (torsades de pointes)',
		rateBpm: { min: 150, max: 300 },
		atrialRateBpm: null,
		regularity: 'irregular',
		prS: null,
		qrsS: WIDE,
		features: [
			'Rate 150–300/min (torsades usually 200–250)',
			'Wide QRS complexes that change shape and size from beat to beat',
			'In torsades de pointes the amplitude waxes and wanes, twisting around the baseline',
			'No P waves'
		]
	}),
	spec({
		id: 'vf-coarse',
		name: 'Coarse ventricular fibrillation',
		rateBpm: null,
		atrialRateBpm: null,
		regularity: 'none',
		prS: null,
		qrsS: null,
		features: [
			'Chaotic, irregular waves with no identifiable P, QRS or T',
			'No measurable rate',
			'Coarse: waves larger than 3 mm (0.3 mV)'
		]
	}),
	spec({
		id: 'vf-fine',
		name: 'Fine ventricular fibrillation',
		rateBpm: null,
		atrialRateBpm: null,
		regularity: 'none',
		prS: null,
		qrsS: null,
		features: [
			'Chaotic, irregular waves with no identifiable P, QRS or T',
			'No measurable rate',
			'Fine: small waves under 3 mm (0.3 mV); can be mistaken for asystole, so check another lead and the patient'
		]
	}),
	spec({
		id: 'idioventricular',
		name: 'Idioventricular rhythm',
		rateBpm: { min: 20, max: 40 },
		atrialRateBpm: null,
		regularity: 'regular',
		prS: null,
		qrsS: WIDE,
		features: [
			'Rate 20–40/min (the ventricles’ inherent rate)',
			'Usually regular',
			'No P waves',
			'Wide (0.12 s or more), bizarre QRS; T wave opposite the QRS'
		]
	}),
	spec({
		id: 'accelerated-idioventricular',
		name: 'Accelerated idioventricular rhythm',
		rateBpm: { min: 41, max: 100 },
		atrialRateBpm: null,
		regularity: 'regular',
		prS: null,
		qrsS: WIDE,
		features: [
			'Rate 40–100/min',
			'Usually regular',
			'No P waves',
			'Wide (0.12 s or more), bizarre QRS; T wave opposite the QRS'
		]
	}),
	spec({
		id: 'asystole',
		name: 'Asystole',
		rateBpm: null,
		atrialRateBpm: null,
		regularity: 'none',
		prS: null,
		qrsS: null,
		features: [
			'A nearly flat line: no electrical activity, no QRS',
			'The line may drift slightly',
			'Confirm in a second lead and check the leads are attached'
		]
	}),
	...avBlockSpecs(),
	...pacedSpecs(),
	...artifactSpecs()
];

function pvcSpecs(): RhythmSpec[] {
	const common = [
		'Premature, wide (0.12 s or more), bizarre QRS with no P wave before it',
		'T wave of the PVC points opposite the QRS',
		'Usually a full compensatory pause: the R-R around the PVC equals two normal cycles'
	];
	const pvc = (id: RhythmId, name: string, pattern: string, regularity: Regularity): RhythmSpec =>
		spec({
			id,
			name,
			rateBpm: SINUS_RATE,
			atrialRateBpm: SINUS_RATE,
			regularity,
			prS: NORMAL_PR,
			qrsS: NARROW,
			ectopicQrsS: WIDE,
			features: ['Underlying sinus rhythm (its beats have narrow QRS and normal PR)', pattern, ...common]
		});
	return [
		pvc(
			'pvc-unifocal',
			'Sinus rhythm with unifocal PVCs',
			'Unifocal: all PVCs look alike (one ectopic focus)',
			'regular-with-interruptions'
		),
		pvc(
			'pvc-multifocal',
			'Sinus rhythm with multifocal PVCs',
			'Multifocal: the PVCs have different shapes (more than one ectopic focus)',
			'regular-with-interruptions'
		),
		pvc('pvc-bigeminy', 'Ventricular bigeminy', 'Bigeminy: every other beat is a PVC', 'regularly-irregular'),
		pvc(
			'pvc-trigeminy',
			'Ventricular trigeminy',
			'Trigeminy: every third beat is a PVC',
			'regularly-irregular'
		),
		pvc(
			'pvc-couplet',
			'Sinus rhythm with a PVC couplet',
			'Couplet: two PVCs in a row (three or more in a row is ventricular tachycardia)',
			'regular-with-interruptions'
		)
	];
}

function avBlockSpecs(): RhythmSpec[] {
	return [
		spec({
			id: 'av-block-1',
			name: 'First-degree AV block',
			rateBpm: SINUS_RATE,
			atrialRateBpm: SINUS_RATE,
			regularity: 'regular',
			prS: { min: 0.21, max: 0.4 },
			qrsS: NARROW,
			features: [
				'Underlying sinus rhythm, regular',
				'A P wave before every QRS; every P is conducted',
				'PR interval longer than 0.20 s and the same every beat',
				NARROW_TEXT
			]
		}),
		spec({
			id: 'av-block-2-type-1',
			name: 'Second-degree AV block, type I (Wenckebach)',
			rateBpm: { min: 30, max: 90 },
			// Few P waves fit in 6 s: at 55–100/min with 3:2 to 5:4, every layout reaches 37–80/min.
			requestableRateBpm: { min: 37, max: 80 },
			atrialRateBpm: { min: 55, max: 100 },
			regularity: 'regularly-irregular',
			prS: { min: 0.12, max: 0.45 },
			qrsS: NARROW,
			conductions: ['3:2', '4:3', '5:4', 'variable'],
			features: [
				'Atrial rhythm (P-P) regular; more P waves than QRS complexes',
				'PR interval lengthens progressively until a P wave is not conducted (dropped QRS)',
				'The PR after the dropped beat is the shortest; the cycle then repeats (group beating)',
				'Ventricular rhythm irregular',
				'QRS usually narrow'
			]
		}),
		spec({
			id: 'av-block-2-type-2',
			name: 'Second-degree AV block, type II (Mobitz II)',
			rateBpm: { min: 30, max: 90 },
			// Few P waves fit in 6 s: at 55–100/min with 3:2 to 5:4, every layout reaches 37–80/min.
			requestableRateBpm: { min: 37, max: 80 },
			atrialRateBpm: { min: 55, max: 100 },
			regularity: 'regular-with-interruptions',
			prS: NORMAL_PR,
			qrsS: NARROW,
			conductions: ['3:2', '4:3', '5:4', 'variable'],
			features: [
				'Atrial rhythm (P-P) regular; more P waves than QRS complexes',
				'PR interval of the conducted beats stays the same (normal or prolonged)',
				'Suddenly a P wave is not conducted: a dropped QRS without any PR lengthening before it',
				'QRS may be narrow or wide (the block is usually below the AV node)'
			]
		}),
		spec({
			id: 'av-block-3',
			name: 'Third-degree (complete) AV block',
			rateBpm: { min: 20, max: 60 },
			atrialRateBpm: { min: 60, max: 100 },
			regularity: 'regular',
			prS: null,
			qrsS: { min: 0.06, max: 0.2 },
			features: [
				'P waves and QRS complexes are independent (AV dissociation): no P wave is conducted',
				'PR intervals vary with no pattern; some P waves hide in QRS or T waves',
				'Atrial rate faster than the ventricular rate; P-P regular and R-R regular',
				'Junctional escape (40–60/min, narrow QRS) or ventricular escape (20–40/min, wide QRS)'
			]
		})
	];
}

function pacedSpecs(): RhythmSpec[] {
	return [
		spec({
			id: 'paced-atrial',
			name: 'Atrial paced rhythm',
			rateBpm: PACED_RATE,
			atrialRateBpm: PACED_RATE,
			regularity: 'regular',
			prS: NORMAL_PR,
			qrsS: NARROW,
			features: [
				'A pacemaker spike before every P wave (atrial capture)',
				'The P wave is followed by the patient’s own narrow QRS',
				'Regular at the programmed rate (commonly 60–80/min)'
			]
		}),
		spec({
			id: 'paced-ventricular',
			name: 'Ventricular paced rhythm',
			rateBpm: PACED_RATE,
			atrialRateBpm: null,
			regularity: 'regular',
			prS: null,
			qrsS: WIDE,
			features: [
				'A pacemaker spike immediately before every QRS (ventricular capture)',
				'Paced QRS wide (0.12 s or more), with the T wave opposite the QRS',
				'Regular at the programmed rate (commonly 60–80/min)'
			]
		}),
		spec({
			id: 'paced-dual',
			name: 'Dual-chamber (AV) paced rhythm',
			rateBpm: PACED_RATE,
			atrialRateBpm: PACED_RATE,
			regularity: 'regular',
			prS: NORMAL_PR,
			qrsS: WIDE,
			features: [
				'Two spikes per beat: an atrial spike before the P wave and a ventricular spike before the QRS',
				'The AV delay (atrial spike to ventricular spike) is fixed, about 0.12–0.20 s',
				'Paced QRS wide (0.12 s or more), with the T wave opposite the QRS',
				'Regular at the programmed rate'
			]
		}),
		spec({
			id: 'pacer-failure-to-capture',
			name: 'Pacemaker failure to capture',
			rateBpm: PACED_RATE,
			atrialRateBpm: null,
			regularity: 'regular-with-interruptions',
			prS: null,
			qrsS: WIDE,
			features: [
				'Ventricular paced rhythm',
				'A pacemaker spike that is not followed by a QRS (no depolarization): the pacer fired but did not capture',
				'A pause results where the captured beat should have been'
			]
		}),
		spec({
			id: 'pacer-failure-to-sense',
			name: 'Pacemaker failure to sense (undersensing)',
			rateBpm: SINUS_RATE,
			atrialRateBpm: SINUS_RATE,
			regularity: 'regular',
			prS: NORMAL_PR,
			qrsS: NARROW,
			features: [
				'The patient’s own rhythm continues (here sinus, narrow QRS)',
				'A pacemaker spike appears at an inappropriate time, shortly after an intrinsic QRS, because the pacer did not sense that beat',
				'A spike falling in the refractory period does not capture; one on the T wave risks R-on-T'
			]
		})
	];
}

function artifactSpecs(): RhythmSpec[] {
	const over = (id: RhythmId, name: string, look: string): RhythmSpec =>
		spec({
			id,
			name,
			rateBpm: SINUS_RATE,
			atrialRateBpm: SINUS_RATE,
			regularity: 'regular',
			prS: NORMAL_PR,
			qrsS: NARROW,
			features: [look, 'The underlying rhythm (here normal sinus rhythm) can still be seen through it']
		});
	return [
		over(
			'artifact-60-cycle',
			'60-cycle (AC) interference',
			'A thick, fuzzy baseline of regular fine oscillations at 60 per second from nearby electrical equipment'
		),
		over(
			'artifact-somatic-tremor',
			'Somatic tremor (muscle) artifact',
			'An irregular, jittery baseline from muscle movement (shivering, tremor, tense patient)'
		),
		over(
			'artifact-wandering-baseline',
			'Wandering baseline',
			'The baseline drifts slowly up and down (often with breathing or poor electrode contact)'
		),
		over(
			'artifact-loose-lead',
			'Loose lead artifact',
			'Intermittent flat or erratic segments where an electrode loses contact'
		)
	];
}

const BY_ID = new Map<RhythmId, RhythmSpec>(SPECS.map((s) => [s.id, s]));

export const RHYTHM_IDS: readonly RhythmId[] = SPECS.map((s) => s.id);

export function rhythmSpec(id: RhythmId): RhythmSpec {
	const found = BY_ID.get(id);
	if (!found) throw new RangeError(`unknown rhythm: ${id}`);
	return found;
}

/** Variable conduction makes flutter and second-degree block irregular. */
export function regularityFor(id: RhythmId, conduction: ConductionRatio | null): Regularity {
	const base = rhythmSpec(id).regularity;
	if (conduction === 'variable') return 'irregular';
	return base;
}
