import { describe, expect, it } from 'vitest';
import { assignmentText, dueText } from './assignment-text';
import { sampleAssignment } from '$test/assignment-test-data';

describe('assignment text', () => {
	it('says who assigned what, by when, and how it runs', () => {
		expect(assignmentText(sampleAssignment(), 'UTC')).toBe(
			'Phlebotomy 101 assigned ‘Week 1: order of draw’ · due Tue 8 Dec, 23:00 · timed test, 30 min'
		);
		const tutor = sampleAssignment({ mode: 'tutor' });
		delete tutor.timeLimitMin;
		delete tutor.dueAt;
		expect(assignmentText(tutor, 'UTC')).toBe(
			'Phlebotomy 101 assigned ‘Week 1: order of draw’ · no due date · practice in tutor mode'
		);
	});

	it('reads the due time in the student’s time zone', () => {
		// 23:00 UTC on 8 Dec is 18:00 in New York and 08:00 on 9 Dec in Tokyo.
		const at = Date.UTC(2026, 11, 8, 23);
		expect(dueText(at, 'America/New_York')).toBe('Tue 8 Dec, 18:00');
		expect(dueText(at, 'Asia/Tokyo')).toBe('Wed 9 Dec, 08:00');
	});
});
