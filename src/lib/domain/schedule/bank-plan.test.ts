// The app's inputs to the exam plan: the budget in minutes becomes reviews at the student's own pace, and
// attendance counts the study days of the last four weeks with today as one of them.
import { describe, expect, it } from 'vitest';
import { attendanceFrom, budgetReviews } from './bank-plan';

const DAY = 86_400_000;
const dayOf = (at: number) => Math.floor(at / DAY);

describe('budgetReviews', () => {
	it('takes reviews a day as they are', () => {
		expect(budgetReviews({ unit: 'reviews', perDay: 37 }, [])).toBe(37);
	});
	it('turns minutes into reviews at the pace of the review log', () => {
		// 30 reviews 15 s apart: 29 gaps of 15 s, so 10 minutes hold 600 / 15 = 40 reviews.
		const times = Array.from({ length: 30 }, (_, i) => 1_000_000 + i * 15_000);
		expect(budgetReviews({ unit: 'minutes', perDay: 10 }, times)).toBe(40);
	});
	it('uses 10 s a review while the log is too short to tell', () => {
		expect(budgetReviews({ unit: 'minutes', perDay: 10 }, [0, 15_000, 30_000])).toBe(60);
	});
});

describe('attendanceFrom', () => {
	const today = 20_000;
	it('is 1 for a student studying every day', () => {
		const times = [0, 1, 2, 3].map((k) => (today - k) * DAY + 3600_000);
		expect(attendanceFrom(times, today, dayOf)).toBe(1);
	});
	it('counts today as studied and weighs skipped days with a 3-day prior', () => {
		// Studied two days ago and today: 2 of 3 days, (2 + 3) / (3 + 3).
		expect(attendanceFrom([(today - 2) * DAY + 5000], today, dayOf)).toBeCloseTo(5 / 6, 12);
		expect(attendanceFrom([], today, dayOf)).toBe(1);
	});
	it('looks back four weeks only', () => {
		expect(attendanceFrom([(today - 40) * DAY], today, dayOf)).toBe(1);
	});
});
