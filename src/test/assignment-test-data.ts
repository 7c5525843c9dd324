/** Assignments for tests: the shape a deck link carries, with a class key shaped like Web Crypto's. */
import type { LinkAssignment } from '$lib/domain/class/assignment';

/** A P-256 public point's shape (0x04 then 64 bytes) as base64url, for tests that never seal a result. */
export const SAMPLE_PUBLIC_KEY = 'BN' + 'q7'.repeat(42) + 'w';

export function sampleAssignment(overrides: Partial<LinkAssignment> = {}): LinkAssignment {
	return {
		id: 'wk1OrderOfDraw',
		classId: 'Zk3lQm9xTq2bVw8nRt5yHA',
		className: 'Phlebotomy 101',
		publicKey: SAMPLE_PUBLIC_KEY,
		title: 'Week 1: order of draw',
		dueAt: Date.UTC(2026, 11, 8, 23, 0),
		mode: 'timed',
		timeLimitMin: 30,
		...overrides
	} as LinkAssignment;
}
