/** Artifact drawn over normal sinus rhythm: not the heart, but what the monitor picks up besides it. */
import type { Rng } from '../random';
import type { Builder } from './build-context';
import { nsr } from './build-sinus';
import { normalish, uniform, type Overlay } from './plan';

function additive(draw: (t: number) => number): Overlay {
	return {
		cardiac: false,
		draw: (out, fs) => {
			for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + draw(i / fs);
		}
	};
}

/** Mains hum: a steady 60 Hz sine, which thickens the whole baseline evenly. */
export const sixtyCycle: Builder = (ctx) => {
	const plan = nsr(ctx);
	const a = uniform(ctx.rng, { min: 0.05, max: 0.1 });
	const phase = ctx.rng() * 6.28;
	plan.overlays.push(additive((t) => a * Math.sin(2 * Math.PI * 60 * t + phase)));
	plan.artifacts.push({ kind: '60-cycle', start: 0, end: ctx.durationS });
	return plan;
};

/** Muscle activity: irregular, jagged noise (roughly 10–50 Hz) that comes and goes in bursts. */
export const somaticTremor: Builder = (ctx) => {
	const plan = nsr(ctx);
	const rng: Rng = ctx.rng;
	const a = uniform(rng, { min: 0.06, max: 0.1 });
	const bursts = Array.from({ length: 3 }, () => ({
		f: uniform(rng, { min: 0.3, max: 1.2 }),
		phase: rng() * 6.28
	}));
	plan.overlays.push({
		cardiac: false,
		draw: (out, fs) => {
			let smooth = 0;
			for (let i = 0; i < out.length; i++) {
				// One-pole low-pass of white noise keeps the jitter below ~50 Hz, like EMG on a monitor.
				smooth += 0.5 * (normalish(rng) - smooth);
				const t = i / fs;
				const envelope =
					0.6 + 0.4 * Math.sin(2 * Math.PI * (bursts[0]?.f ?? 1) * t + (bursts[0]?.phase ?? 0));
				out[i] = (out[i] ?? 0) + a * envelope * smooth * 1.7;
			}
		}
	});
	plan.artifacts.push({ kind: 'somatic-tremor', start: 0, end: ctx.durationS });
	return plan;
};

/** Slow drift of the whole tracing (0.15–0.4 Hz, as with breathing), large enough to see. */
export const wanderingBaseline: Builder = (ctx) => {
	const plan = nsr(ctx);
	const a = uniform(ctx.rng, { min: 0.3, max: 0.5 });
	const f = uniform(ctx.rng, { min: 0.15, max: 0.4 });
	const phase = ctx.rng() * 6.28;
	plan.overlays.push(
		additive((t) => a * Math.sin(2 * Math.PI * f * t + phase) + 0.3 * a * Math.sin(2 * Math.PI * 2.1 * f * t))
	);
	plan.artifacts.push({ kind: 'wandering-baseline', start: 0, end: ctx.durationS });
	return plan;
};

/**
 * An electrode losing contact: one or two stretches where the tracing goes flat at an offset level,
 * with erratic swings where contact breaks and returns.
 */
export const looseLead: Builder = (ctx) => {
	const plan = nsr(ctx);
	const { rng } = ctx;
	const segments = [
		{ start: uniform(rng, { min: 0.8, max: 2.2 }), length: uniform(rng, { min: 0.5, max: 1.0 }) }
	];
	if (rng() < 0.5)
		segments.push({
			start: uniform(rng, { min: 3.8, max: 4.6 }),
			length: uniform(rng, { min: 0.4, max: 0.8 })
		});
	for (const s of segments)
		plan.artifacts.push({ kind: 'loose-lead', start: s.start, end: s.start + s.length });
	const level = 0.15 * normalish(rng);
	plan.overlays.push({
		cardiac: false,
		draw: (out, fs) => {
			const edge = Math.round(0.08 * fs);
			for (const s of segments) {
				const from = Math.round(s.start * fs);
				const to = Math.min(out.length, Math.round((s.start + s.length) * fs));
				let swing = 0;
				for (let i = from; i < to; i++) {
					// Large, smoothed random swings where contact breaks and returns; flat in between.
					swing += 0.15 * (0.9 * normalish(rng) - swing);
					out[i] = Math.min(i - from, to - 1 - i) < edge ? level + 3 * swing : level;
				}
			}
		}
	});
	return plan;
};

export const artifactBuilders = {
	'artifact-60-cycle': sixtyCycle,
	'artifact-somatic-tremor': somaticTremor,
	'artifact-wandering-baseline': wanderingBaseline,
	'artifact-loose-lead': looseLead
} as const satisfies Record<string, Builder>;
