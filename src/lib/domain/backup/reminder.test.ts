import { describe, expect, it } from 'vitest';
import { REMINDER_INTERVAL_MS, reminderDue } from './reminder';

describe('install-or-back-up reminder', () => {
	const now = Date.UTC(2026, 2, 1);
	it('reminds at most once a week, only when storage is not persisted and there is something to lose', () => {
		expect(reminderDue({ now, persisted: false, lastReminderAt: 0, hasData: true })).toBe(true);
		expect(
			reminderDue({ now, persisted: null, lastReminderAt: now - REMINDER_INTERVAL_MS, hasData: true })
		).toBe(true);
		expect(
			reminderDue({ now, persisted: false, lastReminderAt: now - REMINDER_INTERVAL_MS + 1, hasData: true })
		).toBe(false);
		expect(reminderDue({ now, persisted: true, lastReminderAt: 0, hasData: true })).toBe(false);
		expect(reminderDue({ now, persisted: false, lastReminderAt: 0, hasData: false })).toBe(false);
	});
});
