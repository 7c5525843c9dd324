/**
 * Rhythm-strip generator: a request (rhythm, optional rates and conduction ratio, seed, lead) becomes a
 * 6-second single-lead tracing in mV at 500 Hz, its ground truth and the rhythm's defining features.
 * Pure and deterministic: the seed is the only randomness.
 */
import { seededRng } from '../random';
import { artifactBuilders } from './artifacts';
import type { Builder, BuildContext } from './build-context';
import { pac, pjc, pvcBigeminy, pvcCouplet, pvcMultifocal, pvcTrigeminy, pvcUnifocal } from './build-ectopy';
import {
	acceleratedJunctional,
	afibControlled,
	afibRapid,
	atrialFlutter,
	junctional,
	junctionalTachycardia,
	svt
} from './build-atrial';
import { completeBlock, mobitzTwo, wenckebach } from './build-av-block';
import { failureToCapture, failureToSense, pacedAtrial, pacedDual, pacedVentricular } from './build-paced';
import {
	firstDegreeBlock,
	nsr,
	sinusArrest,
	sinusArrhythmia,
	sinusBradycardia,
	sinusTachycardia
} from './build-sinus';
import {
	acceleratedIdioventricular,
	asystole,
	idioventricular,
	vfCoarse,
	vfFine,
	vtMonomorphic,
	vtPolymorphic
} from './build-ventricular';
import { uniform } from './plan';
import { buildAtRate, RATE_FOLLOWS_ATRIAL } from './rate-from-atrial';
import { renderPlan } from './render';
import { rhythmSpec } from './rhythms';
import type { Range, RhythmId, Strip, StripRequest } from './types';

export const SAMPLE_RATE_HZ = 500;
export const STRIP_SECONDS = 6;

const BUILDERS: Readonly<Record<RhythmId, Builder>> = {
	nsr,
	'sinus-bradycardia': sinusBradycardia,
	'sinus-tachycardia': sinusTachycardia,
	'sinus-arrhythmia': sinusArrhythmia,
	'sinus-arrest': sinusArrest,
	pac,
	'atrial-flutter': atrialFlutter,
	'afib-controlled': afibControlled,
	'afib-rapid': afibRapid,
	svt,
	junctional,
	'accelerated-junctional': acceleratedJunctional,
	'junctional-tachycardia': junctionalTachycardia,
	pjc,
	'pvc-unifocal': pvcUnifocal,
	'pvc-multifocal': pvcMultifocal,
	'pvc-bigeminy': pvcBigeminy,
	'pvc-trigeminy': pvcTrigeminy,
	'pvc-couplet': pvcCouplet,
	'vt-monomorphic': vtMonomorphic,
	'vt-polymorphic': vtPolymorphic,
	'vf-coarse': vfCoarse,
	'vf-fine': vfFine,
	idioventricular,
	'accelerated-idioventricular': acceleratedIdioventricular,
	asystole,
	'av-block-1': firstDegreeBlock,
	'av-block-2-type-1': wenckebach,
	'av-block-2-type-2': mobitzTwo,
	'av-block-3': completeBlock,
	'paced-atrial': pacedAtrial,
	'paced-ventricular': pacedVentricular,
	'paced-dual': pacedDual,
	'pacer-failure-to-capture': failureToCapture,
	'pacer-failure-to-sense': failureToSense,
	...artifactBuilders
};

function checked(
	label: string,
	value: number | undefined,
	allowed: Range | null,
	id: RhythmId
): number | undefined {
	if (value === undefined) return undefined;
	if (!allowed) throw new RangeError(`${id}: takes no ${label}`);
	if (!Number.isFinite(value) || value < allowed.min || value > allowed.max)
		throw new RangeError(`${id}: ${label} ${value} is outside ${allowed.min}–${allowed.max}`);
	return value;
}

export function generateStrip(request: StripRequest): Strip {
	const spec = rhythmSpec(request.rhythm);
	if (!Number.isSafeInteger(request.seed))
		throw new RangeError(`seed must be an integer, got ${request.seed}`);
	const rate = checked('rate', request.rateBpm, spec.requestableRateBpm ?? spec.rateBpm, spec.id);
	const atrial = checked('atrial rate', request.atrialRateBpm, spec.atrialRateBpm, spec.id);
	if (request.conduction !== undefined && !spec.conductions.includes(request.conduction))
		throw new RangeError(
			`${spec.id}: conduction ${request.conduction} is not one of ${spec.conductions.join(', ')}`
		);
	const rng = seededRng(request.seed);
	const ctx: BuildContext = {
		rng,
		request,
		spec,
		durationS: STRIP_SECONDS,
		rate: (typical) => rate ?? Math.round(uniform(rng, typical)),
		atrialRate: (typical) => atrial ?? Math.round(uniform(rng, typical)),
		conduction: () =>
			request.conduction ?? spec.conductions[Math.floor(rng() * spec.conductions.length)] ?? 'variable'
	};
	const builder = BUILDERS[spec.id];
	const plan =
		rate !== undefined && RATE_FOLLOWS_ATRIAL.has(spec.id) ? buildAtRate(ctx, builder, rate) : builder(ctx);
	const lead = request.lead ?? 'II';
	const { samples, truth } = renderPlan(plan, rng, lead, SAMPLE_RATE_HZ, STRIP_SECONDS);
	return {
		rhythm: spec.id,
		lead,
		sampleRateHz: SAMPLE_RATE_HZ,
		durationS: STRIP_SECONDS,
		samples,
		stated: plan.stated,
		truth,
		features: spec.features
	};
}
