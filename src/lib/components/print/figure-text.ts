/**
 * A figure's text alternative, for the printed answer key and card backs. On a paper quiz it would give the
 * answer away (a strip's description names its P waves and R-R), so the quiz keeps it only as the drawing's
 * accessible name and the key prints it in full.
 */
import { stripRequestOf, type Figure } from '$lib/domain/bank/figure';
import { describeStrip } from '$lib/domain/strip/describe';
import { generateStrip } from '$lib/domain/strip/generate';

export function figureText(figure: Figure): string {
	if (figure.kind === 'svg') return `Figure: ${figure.alt}`;
	try {
		return `Strip: ${describeStrip(generateStrip(stripRequestOf(figure)))}`;
	} catch (e) {
		return `Strip: could not be drawn (${(e as Error).message})`;
	}
}
