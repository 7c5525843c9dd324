import { describe, expect, it } from 'vitest';
import { sampleDeck } from '$test/deck-test-data';
import { VitalsDatabase } from './database';
import { createDeckRepo } from './deck-repo';

let n = 0;
const fresh = () => createDeckRepo(new VitalsDatabase(`deck-repo-${n++}-${Math.random()}`));

describe('deck repository', () => {
	it('adds a received deck, updates it in place when newer, and ignores the same or older version', async () => {
		const repo = fresh();
		const v1 = sampleDeck(2, 1);
		expect(await repo.receive(v1, 'https://example.org/d.json')).toMatchObject({
			kind: 'added',
			deck: { origin: 'imported' }
		});
		expect(await repo.receive(v1)).toMatchObject({ kind: 'same' });
		const v2 = { ...v1, version: 2, title: 'Renamed' };
		expect(await repo.receive(v2)).toMatchObject({ kind: 'updated', from: 1 });
		expect(await repo.receive(v1)).toMatchObject({ kind: 'older', deck: { version: 2 } });
		expect(await repo.get(v1.id)).toMatchObject({
			title: 'Renamed',
			version: 2,
			sourceUrl: 'https://example.org/d.json'
		});
		expect(await repo.list()).toHaveLength(1);
	});

	it("keeps the instructor's own deck local when they open its link", async () => {
		const repo = fresh();
		await repo.save({ ...sampleDeck(1, 0), origin: 'local' });
		await repo.receive({ ...sampleDeck(1, 0), version: 3 });
		expect(await repo.get('abcd1234')).toMatchObject({ origin: 'local', version: 3 });
	});
});
