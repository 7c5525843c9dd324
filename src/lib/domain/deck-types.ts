/** An instructor's deck: bank items by id plus items written for the deck. */
import type { Item } from './bank-schema';

export interface Deck {
	/** Stable across versions of the same deck, so re-opening a newer link updates it in place. */
	id: string;
	title: string;
	description: string;
	author: string;
	/** Increases with each edit the instructor shares. */
	version: number;
	createdAt: number;
	updatedAt: number;
	/** Ids of bank items, resolved against the installed banks. */
	itemRefs: string[];
	/** Items written for this deck; ids are `deck-<deck id>-NNNN`. */
	items: Item[];
	origin: 'local' | 'imported';
	sourceUrl?: string;
}
