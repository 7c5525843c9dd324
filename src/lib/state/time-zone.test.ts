import { afterEach, describe, expect, it, vi } from 'vitest';
import { startOfDay } from '$lib/domain/calendar';
import { localTimeZone } from './time-zone';

afterEach(() => vi.restoreAllMocks());

describe('the student’s zone', () => {
	it('gives the flashcard screen today’s start without Intl, whose first use costs a phone 70–170 ms', () => {
		const intl = vi.spyOn(Intl, 'DateTimeFormat');
		const now = Date.UTC(2026, 2, 8, 16);
		const start = startOfDay(now, localTimeZone());
		expect(intl).not.toHaveBeenCalled();
		// The device's own midnight, worked out here with Date alone.
		const local = new Date(now);
		expect(start).toBe(new Date(local.getFullYear(), local.getMonth(), local.getDate()).getTime());
	});
});
