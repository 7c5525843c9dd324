/** The exam plan in words, for the study and progress screens. */
import type { ExamPlan } from './exam-plan';

const percent = (x: number) => `${Math.round(100 * x)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 days left · 45 reviews planned today · 93% predicted recall on exam day". */
export function planHeadline(plan: ExamPlan): string {
	return [
		plural(plan.daysLeft, 'day') + ' left',
		`${plural(plan.todayPlanned, 'review')} planned today`,
		`${percent(plan.predictedRecall)} predicted recall on exam day`
	].join(' · ');
}

/** When the budget cannot reach the target: by how much, in points; null when it does. */
export function planShortfall(plan: ExamPlan): string | null {
	if (plan.reachesTarget) return null;
	const points = Math.max(1, Math.round(100 * plan.shortfall));
	return (
		`At ${plural(plan.budget, 'review')} a day the plan reaches ${percent(plan.predictedRecall)} recall on ` +
		`exam day, ${plural(points, 'point')} short of the ${percent(plan.target)} target. A larger daily ` +
		`budget or a later exam date would close the gap.`
	);
}
