/** Shapes shared by the rhythm-strip generator, its catalogue and its tests. Times are seconds from strip start. */

export type RhythmId =
	| 'nsr'
	| 'sinus-bradycardia'
	| 'sinus-tachycardia'
	| 'sinus-arrhythmia'
	| 'sinus-arrest'
	| 'pac'
	| 'atrial-flutter'
	| 'afib-controlled'
	| 'afib-rapid'
	| 'svt'
	| 'junctional'
	| 'accelerated-junctional'
	| 'junctional-tachycardia'
	| 'pjc'
	| 'pvc-unifocal'
	| 'pvc-multifocal'
	| 'pvc-bigeminy'
	| 'pvc-trigeminy'
	| 'pvc-couplet'
	| 'vt-monomorphic'
	| 'vt-polymorphic'
	| 'vf-coarse'
	| 'vf-fine'
	| 'idioventricular'
	| 'accelerated-idioventricular'
	| 'asystole'
	| 'av-block-1'
	| 'av-block-2-type-1'
	| 'av-block-2-type-2'
	| 'av-block-3'
	| 'paced-atrial'
	| 'paced-ventricular'
	| 'paced-dual'
	| 'pacer-failure-to-capture'
	| 'pacer-failure-to-sense'
	| 'artifact-60-cycle'
	| 'artifact-somatic-tremor'
	| 'artifact-wandering-baseline'
	| 'artifact-loose-lead';

/**
 * The inferior leads only: they share the textbook lead II picture (upright sinus P, inverted retrograde P,
 * upright QRS, sawtooth flutter waves, negative RV-paced QRS), so one set of wave shapes is true for all three.
 */
export type MonitoringLead = 'II' | 'III' | 'aVF';

/** 'variable' means the ratio changes from beat to beat (flutter 2:1–4:1, or Wenckebach groups). */
export type ConductionRatio = '2:1' | '3:1' | '4:1' | '3:2' | '4:3' | '5:4' | 'variable';

export interface StripRequest {
	readonly rhythm: RhythmId;
	/** The only source of randomness: the same request always draws the same strip. */
	readonly seed: number;
	/** The rate a student reports: ventricular rate, or the underlying rate where ectopic beats interrupt it. */
	readonly rateBpm?: number;
	/** Flutter-wave rate, or the sinus rate in AV block. */
	readonly atrialRateBpm?: number;
	readonly conduction?: ConductionRatio;
	readonly lead?: MonitoringLead;
}

export interface Range {
	readonly min: number;
	readonly max: number;
}

export type BeatOrigin = 'sinus' | 'atrial' | 'supraventricular' | 'junctional' | 'ventricular' | 'paced';

export interface BeatTruth {
	readonly qrsOnset: number;
	readonly qrsOffset: number;
	/** Time of the QRS's largest deflection: the complex is on the strip, as a reader counts it, when this is. */
	readonly qrsPeak: number;
	readonly origin: BeatOrigin;
	/** Index into `pWaves` of the P wave that conducted to this beat, if any. */
	readonly conductedFrom: number | null;
}

export type PWaveKind = 'sinus' | 'ectopic-atrial' | 'retrograde' | 'paced';

export interface PWaveTruth {
	readonly onset: number;
	readonly offset: number;
	readonly kind: PWaveKind;
	/** True when this P wave's impulse reached the ventricles. */
	readonly conducted: boolean;
}

export interface PacerSpikeTruth {
	readonly time: number;
	readonly chamber: 'atrial' | 'ventricular';
	readonly captured: boolean;
}

export type ArtifactKind = '60-cycle' | 'somatic-tremor' | 'wandering-baseline' | 'loose-lead';

export interface ArtifactTruth {
	readonly kind: ArtifactKind;
	readonly start: number;
	readonly end: number;
}

/** Ground truth for tests and explanations; never shown as the question itself. */
export interface StripTruth {
	readonly beats: readonly BeatTruth[];
	readonly pWaves: readonly PWaveTruth[];
	/** Start of each flutter wave (atrial flutter only). */
	readonly flutterWaves: readonly number[];
	/** True when fibrillating atria draw a wavy baseline instead of P waves (atrial fibrillation). */
	readonly fibrillatoryBaseline: boolean;
	readonly pacerSpikes: readonly PacerSpikeTruth[];
	readonly artifacts: readonly ArtifactTruth[];
}

/** The numbers the strip was drawn to, as a student would state them. Null where the rhythm has none. */
export interface StatedRates {
	readonly rateBpm: number | null;
	readonly atrialRateBpm: number | null;
	readonly conduction: ConductionRatio | null;
}

export interface Strip {
	readonly rhythm: RhythmId;
	readonly lead: MonitoringLead;
	readonly sampleRateHz: number;
	readonly durationS: number;
	/** Millivolts, one value per sample. */
	readonly samples: Float32Array;
	readonly stated: StatedRates;
	readonly truth: StripTruth;
	/** The rhythm's defining features, for the explanation shown after an answer. */
	readonly features: readonly string[];
}
