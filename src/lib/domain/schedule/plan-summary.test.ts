import { describe, expect, it } from 'vitest';
import type { ExamPlan } from './exam-plan';
import { planHeadline, planShortfall } from './plan-summary';

const plan = (over: Partial<ExamPlan>) =>
	({ daysLeft: 12, todayPlanned: 45, predictedRecall: 0.934, target: 0.9, budget: 50, ...over }) as ExamPlan;

describe('plan in words', () => {
	it('states days left, today’s load and the predicted exam-day recall', () => {
		expect(planHeadline(plan({}))).toBe(
			'12 days left · 45 reviews planned today · 93% predicted recall on exam day'
		);
		expect(planHeadline(plan({ daysLeft: 1, todayPlanned: 1 }))).toMatch(/^1 day left · 1 review planned/);
	});

	it('says by how much the budget falls short of the target, and nothing when it reaches it', () => {
		expect(planShortfall(plan({ reachesTarget: true, shortfall: 0 }))).toBeNull();
		expect(planShortfall(plan({ reachesTarget: false, predictedRecall: 0.84, shortfall: 0.06 }))).toBe(
			'At 50 reviews a day the plan reaches 84% recall on exam day, 6 points short of the 90% target. ' +
				'A larger daily budget or a later exam date would close the gap.'
		);
	});
});
