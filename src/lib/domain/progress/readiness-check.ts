/**
 * Readiness, checked: for each exam simulation, the readiness the progress screen showed just before it
 * started next to the score obtained, and the mean absolute error over the simulations that had a prediction,
 * so the student can see how far to trust the number. Pure.
 */
export interface SimulationForCheck {
	title: string;
	startedAt: number;
	submittedAt: number | null;
	score: { correct: number; total: number } | null;
	/** Percent, as shown when the simulation started; absent with too little data then (or on older rows). */
	predictedScore?: number;
}

export interface SimulationCheck {
	at: number;
	title: string;
	/** Whole percent, or null when there was no estimate yet. */
	predicted: number | null;
	/** Percent obtained (unrounded: the error is measured on it). */
	obtained: number;
	/** |predicted − obtained| in points, or null without a prediction. */
	error: number | null;
}

export interface ReadinessCheck {
	simulations: SimulationCheck[];
	/** Simulations that had a prediction. */
	checked: number;
	/** Mean absolute error in points over the checked simulations; null when none was checked. */
	meanAbsoluteError: number | null;
}

export function readinessCheck(exams: readonly SimulationForCheck[]): ReadinessCheck {
	const simulations = exams
		.filter((e) => e.score !== null && e.score.total > 0)
		.map((e): SimulationCheck => {
			const obtained = (100 * e.score!.correct) / e.score!.total;
			const predicted = e.predictedScore ?? null;
			return {
				at: e.submittedAt ?? e.startedAt,
				title: e.title,
				predicted,
				obtained,
				error: predicted === null ? null : Math.abs(predicted - obtained)
			};
		})
		.sort((a, b) => a.at - b.at);
	const errors = simulations.flatMap((s) => (s.error === null ? [] : [s.error]));
	return {
		simulations,
		checked: errors.length,
		meanAbsoluteError: errors.length ? errors.reduce((a, b) => a + b, 0) / errors.length : null
	};
}

/** "Readiness has been off by 4 points on average over 3 simulations." */
export function readinessCheckSummary(check: ReadinessCheck): string {
	if (check.meanAbsoluteError === null)
		return check.simulations.length === 0
			? 'Take an exam simulation once readiness shows a number, and its prediction will be checked here.'
			: 'None of your simulations had a readiness estimate yet when it started, so there is nothing to check.';
	const points = Math.round(check.meanAbsoluteError);
	const sims = `${check.checked} simulation${check.checked === 1 ? '' : 's'}`;
	if (points === 0) return `Readiness has been within a point of your score on average over ${sims}.`;
	return `Readiness has been off by ${points} point${points === 1 ? '' : 's'} on average over ${sims}.`;
}
