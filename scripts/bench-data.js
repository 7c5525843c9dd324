// Synthetic data for the benchmark: a year of heavy use, and a large deck file.

/**
 * Runs in the page: writes `reviews` review-log rows, matching progress, and `attempts` submitted exams
 * straight into the app's IndexedDB (the database must already exist at its current version).
 */
export async function seedHeavyUse({ reviews, attempts, now }) {
	const bank = await (await fetch('/banks/cpt.json')).json();
	const items = bank.items;
	const db = await new Promise((resolve, reject) => {
		const req = indexedDB.open('vitals');
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	const DAY = 86_400_000;
	const tx = db.transaction(['reviews', 'progress', 'attempts', 'activity'], 'readwrite');
	const activity = new Map();
	const memory = (t) => ({
		due: t + 3 * DAY,
		stability: 5,
		difficulty: 5,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		state: 'review',
		lastReview: t
	});
	// A student studies in sessions, not around the clock: each day's reviews fall in one evening session,
	// 20 seconds apart.
	const perDay = Math.ceil(reviews / 365);
	for (let i = 0; i < reviews; i++) {
		const item = items[i % items.length];
		const day = Math.floor(i / perDay);
		const t = now - (day + 1) * DAY + 19 * 3_600_000 + (i % perDay) * 20_000;
		tx.objectStore('reviews').add({
			itemId: item.id,
			bankId: 'cpt',
			grade: i % 5 ? 'good' : 'again',
			reviewedAt: t,
			before: memory(t - DAY),
			after: memory(t)
		});
		// The app keeps a quarter-hour activity summary in the same transaction as each review.
		const quarter = Math.floor(t / 900_000);
		activity.set(quarter, (activity.get(quarter) ?? 0) + 1);
	}
	for (const item of items)
		tx.objectStore('progress').put({ ...memory(now - DAY), itemId: item.id, bankId: 'cpt' });
	for (let i = 0; i < attempts; i++) {
		const t = now - i * DAY;
		tx.objectStore('attempts').add({
			bankId: 'cpt',
			kind: 'exam',
			mode: 'exam',
			title: 'Full-length exam',
			itemIds: [],
			choiceOrders: [],
			seed: i,
			startedAt: t,
			timeLimitMs: 7_200_000,
			submittedAt: t + 5_400_000,
			status: 'submitted',
			currentIndex: 0,
			score: {
				correct: 70 + (i % 20),
				total: 120,
				answered: 118,
				timeUsedMs: 5_400_000,
				byDomain: bank.domains.map((d) => ({ domain: d.id, correct: 10, total: 20 }))
			}
		});
	}
	await new Promise((resolve, reject) => {
		tx.oncomplete = resolve;
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}

/** A deck file of `n` new cards, in the app's JSON deck-export shape. */
export function makeDeckFile(n) {
	const id = 'bench10k';
	return {
		format: 'vitals-deck',
		formatVersion: 1,
		deck: {
			id,
			title: `Benchmark deck (${n} cards)`,
			description: 'Generated for npm run bench',
			author: 'bench',
			version: 1,
			createdAt: 0,
			updatedAt: 0,
			itemRefs: [],
			// Item ids end in four digits, so blocks of a thousand get their own infix.
			items: Array.from({ length: n }, (_, i) => ({
				id: `deck-${id}-b${Math.floor(i / 1000)}-${String(i % 1000).padStart(4, '0')}`,
				kind: 'card',
				front: `Term ${i + 1}: what does this abbreviation stand for?`,
				back: `Definition ${i + 1}, with a sentence of explanation as a real card would have.`
			}))
		}
	};
}
