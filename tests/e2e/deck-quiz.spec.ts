// Proves: an imported deck is studied with every mode — its Quiz link runs a practice quiz on the deck's
// questions, and the attempt reopens from the results page like any exam's.
import { expect, test } from '@playwright/test';

const deck = {
	format: 'vitals-deck',
	formatVersion: 1,
	deck: {
		id: 'quizdeck1',
		title: 'Week 3 vitals quiz',
		description: 'Two questions and a card',
		author: 'Ms. Rivera',
		version: 1,
		createdAt: 0,
		updatedAt: 0,
		itemRefs: ['cpt-rbc-0001'],
		items: [
			{
				id: 'deck-quizdeck1-0001',
				kind: 'mcq',
				stem: 'What is a normal adult resting respiratory rate in breaths per minute?',
				choices: ['4 to 8', '12 to 20', '24 to 30', '32 to 40'],
				answer: 1,
				rationale:
					'Adults at rest usually breathe 12 to 20 times a minute; 24 to 30 is fast (tachypnea) for an adult.'
			},
			{
				id: 'deck-quizdeck1-0002',
				kind: 'card',
				front: 'Normal adult resting pulse',
				back: '60 to 100 beats per minute'
			}
		]
	}
};

test('a deck from a file runs as a practice quiz', async ({ page }) => {
	await page.goto('/decks');
	await page.getByLabel('Import a deck file (.json)').setInputFiles({
		name: 'week3.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(deck))
	});
	await expect(page.getByText('Added “Week 3 vitals quiz”.')).toBeVisible();
	await page.getByRole('link', { name: 'Quiz on Week 3 vitals quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Practice quiz: Week 3 vitals quiz' })).toBeVisible();
	await page.getByRole('button', { name: /Quick 10/ }).click();
	// The deck's own MCQ plus the CPT bank item it references.
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	for (let i = 0; i < 2; i++) {
		await page.keyboard.press('a');
		await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: 'Quick 10: results' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Score' })).toContainText('of 2 right');
	await page.reload();
	await expect(page.getByRole('article')).toHaveCount(2);
});
