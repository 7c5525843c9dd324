import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProgressRow } from '$lib/domain/records/progress';
import { createScheduler, newMemory } from '$lib/domain/study/scheduling';
import { openRepositories, VitalsDatabase } from './index';

let n = 0;
const open = () => openRepositories(new VitalsDatabase(`progress-items-test-${++n}`));
const t0 = Date.UTC(2026, 0, 5, 9);
const memory = createScheduler({ desiredRetention: 0.9 }).grade(newMemory(t0), t0, 'good').memory;
let repos: ReturnType<typeof open>;
afterEach(async () => {
	vi.restoreAllMocks();
	await repos?.db.delete();
});

const row = (itemId: string, bankId: string): ProgressRow => ({ ...memory, itemId, bankId });
const ids = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(4, '0')}`);

describe('progress of the items a study set holds', () => {
	it('is read in one request, not one per item (the flashcard screen reads 500 on its start)', async () => {
		repos = open();
		const cpt = ids('cpt-pp', 500);
		await repos.db.progress.bulkPut(cpt.filter((_, i) => i % 3 === 0).map((id) => row(id, 'cpt')));
		const requests = [
			vi.spyOn(IDBObjectStore.prototype, 'get'),
			vi.spyOn(IDBObjectStore.prototype, 'getAll'),
			vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
			vi.spyOn(IDBIndex.prototype, 'get'),
			vi.spyOn(IDBIndex.prototype, 'getAll'),
			vi.spyOn(IDBIndex.prototype, 'openCursor')
		];
		const memories = await repos.progress.forItems(cpt);
		expect(requests.reduce((sum, spy) => sum + spy.mock.calls.length, 0)).toBe(1);
		expect(memories.size).toBe(167);
	});

	it('holds exactly the items asked for, whichever bank or deck they belong to', async () => {
		repos = open();
		// A deck's own items, and bank items from two banks; rows between them in key order that the deck
		// does not hold (other banks, other items of the same banks) must stay out.
		const asked = ['cpt-pp-0002', 'ccma-ph-0010', 'deck-abcd-0001', 'cpt-spc-0001'];
		const others = ['cpt-pp-0001', 'cma-aama-cl-0001', 'cpcta-ec-0003', 'ccma-ph-0011', 'deck-abcd-0002'];
		await repos.db.progress.bulkPut([
			...asked.map((id) => row(id, id.startsWith('deck') ? 'deck-abcd' : id.split('-')[0]!)),
			...others.map((id) => row(id, 'other'))
		]);
		const memories = await repos.progress.forItems([...asked, 'cpt-pp-9999']);
		expect([...memories.keys()].sort()).toEqual([...asked].sort());
		expect(memories.get('deck-abcd-0001')).toEqual(memory);
		expect(await repos.progress.forItems([])).toEqual(new Map());
	});
});
