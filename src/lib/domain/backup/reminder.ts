/** When to remind a student whose data the browser may erase (storage not persisted) to install or back up. */
export const REMINDER_INTERVAL_MS = 7 * 86_400_000;

export function reminderDue(input: {
	now: number;
	/** null when the browser cannot tell. */
	persisted: boolean | null;
	lastReminderAt: number;
	/** Nothing studied yet means nothing to lose. */
	hasData: boolean;
}): boolean {
	if (input.persisted === true || !input.hasData) return false;
	return input.now - input.lastReminderAt >= REMINDER_INTERVAL_MS;
}
