/** Every `k`th sample: enough for a low-passed signal whose band of interest is far below fs ÷ 2k. */
export function decimate(x: ArrayLike<number>, k: number): Float32Array {
	return Float32Array.from({ length: Math.floor(x.length / k) }, (_, i) => x[i * k] ?? 0);
}

/** Frequency of the strongest oscillation in a band (Hann-windowed DFT, 0.02 Hz grid by default). For tests. */
export function dominantFrequency(
	x: ArrayLike<number>,
	fs: number,
	lowHz: number,
	highHz: number,
	stepHz = 0.02
): number {
	const n = x.length;
	let mean = 0;
	for (let i = 0; i < n; i++) mean += (x[i] ?? 0) / n;
	let best = lowHz;
	let bestPower = -1;
	for (let f = lowHz; f <= highHz; f += stepHz) {
		let re = 0;
		let im = 0;
		const w = (2 * Math.PI * f) / fs;
		for (let i = 0; i < n; i++) {
			const v = ((x[i] ?? 0) - mean) * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1)));
			re += v * Math.cos(w * i);
			im -= v * Math.sin(w * i);
		}
		const power = re * re + im * im;
		if (power > bestPower) {
			bestPower = power;
			best = f;
		}
	}
	return best;
}
