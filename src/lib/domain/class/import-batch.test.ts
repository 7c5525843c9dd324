// decodeBatch: a paste too long for one import is refused whole, saying how many lines it had and what to
// do, before any line is decoded; progress is reported once per non-blank line.
import { describe, expect, it, vi } from 'vitest';
import { makeClass, result, seal } from '$test/class-fixture';
import { decodeBatch } from './import-batch';
import { MAX_PASTED_LINES } from './paste-lines';

describe('decodeBatch', () => {
	it('refuses a paste of more lines than one import takes, decoding none', async () => {
		const c = await makeClass('Phlebotomy 101');
		const token = await seal(result(c, 'Maya', [0, 1, 2]), c);
		const progress = vi.fn();
		const huge = Array.from({ length: MAX_PASTED_LINES + 1 }, () => token).join('\n');
		const batch = await decodeBatch(huge, [c], crypto.subtle, 0, progress);
		expect(batch.rows).toEqual([]);
		expect(batch.refused).toEqual([
			{
				line: 1,
				preview: '5001 lines',
				reason: expect.stringMatching(/5001 lines is more than .*5000.*in parts/)
			}
		]);
		expect(progress).not.toHaveBeenCalled();
	});

	it('reports progress per non-blank line', async () => {
		const c = await makeClass('Phlebotomy 101');
		const token = await seal(result(c, 'Maya', [0, 1, 2]), c);
		const progress = vi.fn();
		const batch = await decodeBatch(`${token}\n\nhello\n`, [c], crypto.subtle, 0, progress);
		expect(batch.rows.map((r) => r.result.student)).toEqual(['Maya']);
		expect(progress.mock.calls).toEqual([
			[1, 2],
			[2, 2]
		]);
	});
});
