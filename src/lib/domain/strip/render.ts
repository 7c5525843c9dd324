/** Draws a plan into samples and keeps, as ground truth, the events that fall inside the strip. */
import type { Rng } from '../random';
import { normalish, type Plan, type PlannedP } from './plan';
import type { BeatTruth, MonitoringLead, PWaveTruth, StripTruth } from './types';
import { addBumps, P_SHAPES, qrsBumps, tWaveBumps, type QrsShape } from './waves';

/** Inferior leads look alike; III and aVF are usually a little smaller than II. */
const LEAD_GAIN: Readonly<Record<MonitoringLead, number>> = { II: 1, III: 0.8, aVF: 0.9 };
const SPIKE_MV = 1.4;
/** Electronic noise floor, small enough that an isoelectric segment still looks flat at 10 mm/mV. */
const NOISE_MV = 0.004;

export function renderPlan(
	plan: Plan,
	rng: Rng,
	lead: MonitoringLead,
	sampleRateHz: number,
	durationS: number
): { samples: Float32Array; truth: StripTruth } {
	const out = new Float32Array(Math.round(sampleRateHz * durationS));
	for (const p of plan.ps) addBumps(out, sampleRateHz, p.onset, P_SHAPES[p.kind].bumps);
	const beats = [...plan.beats].sort((a, b) => a.onset - b.onset);
	beats.forEach((b, i) => {
		const prev = beats[i - 1];
		const next = beats[i + 1];
		const rr = prev ? b.onset - prev.onset : next ? next.onset - b.onset : 1;
		addBumps(out, sampleRateHz, b.onset, qrsBumps(b.shape, b.width), b.gain);
		addBumps(out, sampleRateHz, b.onset, tWaveBumps(b.shape, b.width, rr), b.gain);
	});
	for (const o of plan.overlays) if (o.cardiac) o.draw(out, sampleRateHz);
	const gain = LEAD_GAIN[lead];
	for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) * gain + NOISE_MV * normalish(rng);
	for (const s of plan.spikes) {
		// A pacer spike is ~0.5 ms wide: one or two samples, a vertical line at any paper speed.
		const i = Math.round(s.time * sampleRateHz);
		if (i >= 0 && i + 1 < out.length) {
			out[i] = (out[i] ?? 0) + SPIKE_MV;
			out[i + 1] = (out[i + 1] ?? 0) + 0.4 * SPIKE_MV;
		}
	}
	for (const o of plan.overlays) if (!o.cardiac) o.draw(out, sampleRateHz);
	return { samples: out, truth: truthOf(plan, beats, durationS) };
}

/** Seconds from QRS onset to its largest deflection. */
function peakOffset(shape: QrsShape, width: number): number {
	const bumps = qrsBumps(shape, width);
	return bumps.reduce((a, b) => (Math.abs(b.mv) > Math.abs(a.mv) ? b : a), bumps[0] ?? { at: 0, mv: 0 }).at;
}

function truthOf(plan: Plan, beats: Plan['beats'], durationS: number): StripTruth {
	const inside = (t: number) => t >= 0 && t < durationS;
	const ps = [...plan.ps].filter((p) => inside(p.onset)).sort((a, b) => a.onset - b.onset);
	const index = new Map<PlannedP, number>(ps.map((p, i) => [p, i]));
	const pWaves: PWaveTruth[] = ps.map((p) => ({
		onset: p.onset,
		offset: p.onset + P_SHAPES[p.kind].duration,
		kind: p.kind,
		conducted: p.conducted
	}));
	// A complex cut by an edge is on the strip when its peak is: that is the complex a reader counts.
	const beatTruth: BeatTruth[] = beats
		.map((b) => ({ b, qrsPeak: b.onset + peakOffset(b.shape, b.width) }))
		.filter(({ qrsPeak }) => inside(qrsPeak))
		.map(({ b, qrsPeak }) => ({
			qrsOnset: b.onset,
			qrsOffset: b.onset + b.width,
			qrsPeak,
			origin: b.origin,
			conductedFrom: b.from ? (index.get(b.from) ?? null) : null
		}));
	return {
		beats: beatTruth,
		pWaves,
		flutterWaves: [...plan.flutterWaves],
		fibrillatoryBaseline: plan.fibrillatoryBaseline,
		pacerSpikes: plan.spikes.filter((s) => inside(s.time)).sort((a, b) => a.time - b.time),
		artifacts: [...plan.artifacts]
	};
}
