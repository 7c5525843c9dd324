/** How an assignment reads to a student: who assigned what, by when, and how it runs. */
import type { AssignmentMode, LinkAssignment } from '../class/assignment';

const MODE_TEXT: Record<AssignmentMode, string> = {
	tutor: 'practice in tutor mode',
	test: 'practice in test mode',
	timed: 'timed test'
};

export function modeText(a: Pick<LinkAssignment, 'mode' | 'timeLimitMin'>): string {
	return a.mode === 'timed' ? `${MODE_TEXT.timed}, ${a.timeLimitMin ?? 0} min` : MODE_TEXT[a.mode];
}

/** "Tue 8 Dec, 23:00" in the given IANA time zone, or the device's own when none is given. */
export function dueText(dueAt: number, timeZone?: string): string {
	const parts = new Intl.DateTimeFormat('en-GB', {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		...(timeZone ? { timeZone } : {})
	}).formatToParts(dueAt);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('weekday')} ${part('day')} ${part('month')}, ${part('hour')}:${part('minute')}`;
}

/** "Phlebotomy 101 assigned ‘Week 1: order of draw’ · due Tue 8 Dec, 23:00 · timed test, 30 min" */
export function assignmentText(a: LinkAssignment, timeZone?: string): string {
	const due = a.dueAt === undefined ? 'no due date' : `due ${dueText(a.dueAt, timeZone)}`;
	return `${a.className} assigned ‘${a.title}’ · ${due} · ${modeText(a)}`;
}
