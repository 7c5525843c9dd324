import { describe, expect, it } from 'vitest';
import { readinessCheck, readinessCheckSummary, type SimulationForCheck } from './readiness-check';

const sim = (at: number, correct: number, total: number, predictedScore?: number): SimulationForCheck => ({
	title: 'Full-length exam',
	startedAt: at - 1000,
	submittedAt: at,
	score: { correct, total },
	...(predictedScore === undefined ? {} : { predictedScore })
});

describe('readiness, checked against the simulations taken', () => {
	it('pairs each prediction with the score obtained and averages the absolute errors', () => {
		// 60% predicted, 45/60 = 75% obtained: off by 15. 70% predicted, 66/100: off by 4. 50%, 56/100: off by 6.
		const check = readinessCheck([sim(3, 56, 100, 50), sim(1, 45, 60, 60), sim(2, 66, 100, 70)]);
		expect(check.simulations.map((s) => [s.at, s.predicted, s.obtained, s.error])).toEqual([
			[1, 60, 75, 15],
			[2, 70, 66, 4],
			[3, 50, 56, 6]
		]);
		expect(check.checked).toBe(3);
		expect(check.meanAbsoluteError).toBeCloseTo(25 / 3, 10);
		expect(readinessCheckSummary(check)).toBe(
			'Readiness has been off by 8 points on average over 3 simulations.'
		);
	});

	it('lists a simulation without a prediction but leaves it out of the average', () => {
		const check = readinessCheck([sim(1, 30, 60), sim(2, 40, 50, 77)]);
		expect(check.simulations.map((s) => [s.predicted, s.error])).toEqual([
			[null, null],
			[77, 3]
		]);
		expect(readinessCheckSummary(check)).toBe(
			'Readiness has been off by 3 points on average over 1 simulation.'
		);
	});

	it('says plainly when there is nothing to check yet', () => {
		expect(readinessCheckSummary(readinessCheck([]))).toMatch(/^Take an exam simulation/);
		expect(readinessCheckSummary(readinessCheck([sim(1, 1, 2)]))).toMatch(/nothing to check/);
		expect(readinessCheck([{ ...sim(1, 0, 0, 50) }]).simulations).toEqual([]);
		expect(readinessCheckSummary(readinessCheck([sim(1, 1, 2, 50.2)]))).toBe(
			'Readiness has been within a point of your score on average over 1 simulation.'
		);
	});
});
