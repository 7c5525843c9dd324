import { describe, expect, it } from 'vitest';
import { sampleAssignment } from '$test/assignment-test-data';
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

	it('keeps a received assignment, takes a new one on the same version, and keeps it across updates', async () => {
		const repo = fresh();
		const week1 = sampleAssignment();
		const week2 = sampleAssignment({ id: 'wk2OrderOfDraw', title: 'Week 2: retake' });
		expect(await repo.receive({ ...sampleDeck(2, 0), assignment: week1 })).toMatchObject({
			kind: 'added',
			deck: { assignment: week1 }
		});
		await repo.startAssignment('abcd1234', week1.id, 7);
		await repo.markAssignmentSent('abcd1234', week1.id, 1_800_000_000_000);
		// The same link again changes nothing: the work done stays done.
		expect(await repo.receive({ ...sampleDeck(2, 0), assignment: week1 })).toMatchObject({ kind: 'same' });
		expect((await repo.get('abcd1234'))?.assignmentWork).toEqual({
			assignmentId: week1.id,
			attemptId: 7,
			sentAt: 1_800_000_000_000
		});
		// A newer version without an assignment keeps the assignment and its work.
		await repo.receive({ ...sampleDeck(2, 0), version: 2 });
		expect(await repo.get('abcd1234')).toMatchObject({
			version: 2,
			assignment: week1,
			assignmentWork: { attemptId: 7 }
		});
		// The same deck assigned again (an older version in the link): only the assignment changes, work starts over.
		const again = await repo.receive({ ...sampleDeck(2, 0), assignment: week2 });
		expect(again).toMatchObject({ kind: 'assigned', deck: { version: 2, assignment: week2 } });
		expect(await repo.get('abcd1234')).not.toHaveProperty('assignmentWork');
	});

	it("never attaches an assignment to the instructor's own deck", async () => {
		const repo = fresh();
		await repo.save({ ...sampleDeck(1, 0), origin: 'local' });
		expect(await repo.receive({ ...sampleDeck(1, 0), assignment: sampleAssignment() })).toMatchObject({
			kind: 'same'
		});
		await repo.receive({ ...sampleDeck(1, 0), version: 2, assignment: sampleAssignment() });
		expect(await repo.get('abcd1234')).not.toHaveProperty('assignment');
	});

	it('refuses to record work on an assignment the deck does not carry, changing nothing', async () => {
		const repo = fresh();
		await repo.receive({ ...sampleDeck(1, 0), assignment: sampleAssignment() });
		await expect(repo.startAssignment('abcd1234', 'someOtherOne', 3)).rejects.toThrow(/no longer carries/);
		await expect(repo.markAssignmentSent('abcd1234', sampleAssignment().id, 5)).rejects.toThrow(
			/not started/
		);
		await expect(repo.startAssignment('gone1234', 'x', 3)).rejects.toThrow(/no longer on this device/);
		expect(await repo.get('abcd1234')).not.toHaveProperty('assignmentWork');
	});
});
