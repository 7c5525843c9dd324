// Proves the trainer's drill: the groups cover the catalogue once each; a block holds distinct rhythms from the
// chosen groups only; each round is the same for the same seed, offers four different rhythms with the right one
// once (two from its own group, one from another, never a look-alike of the answer), and draws a strip at a rate inside the
// rhythm's range; the sets point at domains their exam really has.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../random';
import { generateStrip } from './generate';
import { RHYTHM_IDS, rhythmSpec } from './rhythms';
import { BLOCK_SIZE, groupOf, planBlock, RHYTHM_GROUPS, rhythmsIn, trainerRound } from './trainer';
import { isTrainerAttempt, TRAINER_TITLE, trainerItemId, trainerSet } from './trainer-sets';

describe('rhythm groups', () => {
	it('hold every rhythm of the catalogue exactly once', () => {
		const all = RHYTHM_GROUPS.flatMap((g) => g.rhythms);
		expect([...all].sort()).toEqual([...RHYTHM_IDS].sort());
		expect(new Set(all).size).toBe(all.length);
	});

	it('rhythmsIn keeps only the chosen groups', () => {
		expect(rhythmsIn(['av-block'])).toEqual([
			'av-block-1',
			'av-block-2-type-1',
			'av-block-2-type-2',
			'av-block-3'
		]);
		expect(rhythmsIn([])).toEqual([]);
	});
});

describe('planBlock', () => {
	it('draws distinct rhythms from the chosen ones, at most one block long', () => {
		const chosen = rhythmsIn(['sinus', 'atrial', 'ventricular']);
		for (let seed = 0; seed < 50; seed++) {
			const block = planBlock(chosen, seededRng(seed));
			expect(block).toHaveLength(BLOCK_SIZE);
			expect(new Set(block).size).toBe(BLOCK_SIZE);
			expect(block.every((r) => chosen.includes(r))).toBe(true);
		}
		expect(planBlock(rhythmsIn(['av-block']), seededRng(1))).toHaveLength(4);
	});

	it('is the same for the same seed, and never opens with the rhythm just shown', () => {
		const chosen = rhythmsIn(['junctional']);
		expect(planBlock(chosen, seededRng(9))).toEqual(planBlock(chosen, seededRng(9)));
		for (let seed = 0; seed < 50; seed++) {
			const first = planBlock(chosen, seededRng(seed));
			expect(planBlock(chosen, seededRng(seed), first[0])[0]).not.toBe(first[0]);
		}
	});

	it('refuses an empty choice', () => {
		expect(() => planBlock([], seededRng(1))).toThrow(/at least one/);
	});
});

describe('trainerRound', () => {
	it('is deterministic from the block seed and the position', () => {
		expect(trainerRound(42, 3, 'afib-rapid')).toEqual(trainerRound(42, 3, 'afib-rapid'));
		expect(trainerRound(42, 3, 'afib-rapid').request.seed).not.toBe(
			trainerRound(42, 4, 'afib-rapid').request.seed
		);
	});

	it.each(RHYTHM_IDS)('%s: four different choices, the right one once, plausible distractors', (rhythm) => {
		for (let blockSeed = 1; blockSeed < 40; blockSeed++) {
			const round = trainerRound(blockSeed * 7919, blockSeed % BLOCK_SIZE, rhythm);
			expect(new Set(round.choices).size).toBe(4);
			expect(round.choices[round.answer]).toBe(rhythm);
			expect(round.choices.filter((c) => c === rhythm)).toHaveLength(1);
			const distractors = round.choices.filter((c) => c !== rhythm);
			const own = groupOf(rhythm).rhythms.length - 1;
			expect(distractors.filter((d) => groupOf(d) === groupOf(rhythm))).toHaveLength(Math.min(2, own));
			expect(distractors.some((d) => groupOf(d) !== groupOf(rhythm))).toBe(true);
			// Never a wrong choice the strip itself cannot rule out.
			if (rhythm === 'pvc-unifocal') expect(round.choices).not.toContain('pvc-trigeminy');
			if (rhythm === 'pvc-trigeminy') expect(round.choices).not.toContain('pvc-unifocal');
		}
	});

	it.each(RHYTHM_IDS)('%s: the strip is drawn at a rate inside the rhythm’s range', (rhythm) => {
		const range = rhythmSpec(rhythm).rateBpm;
		for (let blockSeed = 1; blockSeed < 15; blockSeed++) {
			const strip = generateStrip(trainerRound(blockSeed, 0, rhythm).request);
			expect(strip.rhythm).toBe(rhythm);
			if (range && strip.stated.rateBpm !== null) {
				expect(strip.stated.rateBpm).toBeGreaterThanOrEqual(range.min);
				expect(strip.stated.rateBpm).toBeLessThanOrEqual(range.max);
			}
		}
	});
});

describe('trainer sets', () => {
	it('count answers toward a domain the exam really has, and start from known groups', () => {
		const groupIds = new Set(RHYTHM_GROUPS.map((g) => g.id));
		for (const setId of ['cet', 'cpcta', 'ccma']) {
			const set = trainerSet(setId);
			expect(set, setId).not.toBeNull();
			const exam = parse(
				readFileSync(join(import.meta.dirname, '../../../../question-banks', setId, 'exam.yaml'), 'utf8')
			) as { domains: { id: string }[] };
			expect(exam.domains.map((d) => d.id)).toContain(set!.domain);
			expect(set!.groups.every((g) => groupIds.has(g))).toBe(true);
		}
		expect(trainerSet('cpt')).toBeNull();
	});

	it('name items trainer-<set>-<rhythm> and recognise trainer attempts', () => {
		expect(trainerItemId('cet', 'nsr')).toBe('trainer-cet-nsr');
		expect(isTrainerAttempt({ title: TRAINER_TITLE, itemIds: ['trainer-cet-nsr'] })).toBe(true);
		expect(isTrainerAttempt({ title: TRAINER_TITLE, itemIds: ['cet-ana-0001'] })).toBe(false);
		expect(isTrainerAttempt({ title: 'Quick 10', itemIds: ['trainer-cet-nsr'] })).toBe(false);
	});
});
