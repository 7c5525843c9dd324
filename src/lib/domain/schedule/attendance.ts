/** How regularly a student studies, as the exam plan allows for it. */

/** Days studied over days elapsed, starting from "every day" (a prior worth a few days) so one skip is no verdict. */
export function attendanceSoFar(studied: number, elapsed: number, priorDays = 3): number {
	return (studied + priorDays) / (elapsed + priorDays);
}
