// The stored parameters take exactly what ts-fsrs would schedule with: its parameter count, finite numbers
// within its clamps; anything else is refused with a message naming the weight, and settings keep defaults.
import { CLAMP_PARAMETERS, default_w, W17_W18_Ceiling } from 'ts-fsrs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { clampParameters, fsrsParametersSchema, PARAMETER_BOUNDS } from './fsrs-parameters';
import { readSettings, settingRow } from './settings';

const issueOf = (x: unknown) => v.safeParse(fsrsParametersSchema, x).issues?.[0]?.message;

describe('FSRS parameters schema', () => {
	it("matches ts-fsrs's parameter count and clamps (short-term on)", () => {
		expect(PARAMETER_BOUNDS.length).toBe(default_w.length);
		expect(PARAMETER_BOUNDS).toStrictEqual(CLAMP_PARAMETERS(W17_W18_Ceiling, true));
	});

	it("accepts ts-fsrs's defaults", () => {
		expect(v.parse(fsrsParametersSchema, [...default_w])).toStrictEqual([...default_w]);
	});

	it('refuses a wrong count, a non-finite number and a weight outside its clamp, naming it', () => {
		expect(issueOf(default_w.slice(0, 19))).toBe('expected 21 FSRS parameters, got 19');
		expect(issueOf([...default_w, 0.1])).toBe('expected 21 FSRS parameters, got 22');
		const withNaN = [...default_w];
		withNaN[3] = NaN;
		expect(issueOf(withNaN)).toBeDefined();
		const infinite = [...default_w];
		infinite[5] = Infinity;
		expect(issueOf(infinite)).toBe('expected FSRS parameter w5 between 0.001 and 4');
		const decay = [...default_w];
		decay[20] = 0.05;
		expect(issueOf(decay)).toBe('expected FSRS parameter w20 between 0.1 and 0.8');
		expect(issueOf('0.2,1.3')).toBeDefined();
	});

	it('clamps each weight into its bounds and leaves weights inside them alone', () => {
		const w = [...default_w];
		w[0] = 0;
		w[4] = 11;
		const clamped = clampParameters(w);
		expect(clamped[0]).toBe(0.001);
		expect(clamped[4]).toBe(10);
		expect(clamped.slice(5)).toStrictEqual(default_w.slice(5));
	});

	it('is a setting: stored when valid, refused by name when not, and a bad stored row reads as the default', () => {
		expect(settingRow('fsrsParameters', [...default_w]).value).toStrictEqual([...default_w]);
		expect(settingRow('fsrsParameters', null).value).toBeNull();
		expect(() => settingRow('fsrsParameters', [1, 2, 3])).toThrow('expected 21 FSRS parameters, got 3');
		expect(readSettings([{ key: 'fsrsParameters', value: [1, 2, 3] }]).fsrsParameters).toBeNull();
		const mine = default_w.map((x, i) => (i === 0 ? 0.5 : x));
		expect(readSettings([{ key: 'fsrsParameters', value: mine }]).fsrsParameters).toStrictEqual(mine);
	});
});
