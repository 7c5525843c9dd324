/** A deck's study-set id (what `?set=` carries). Its own module so the home screen's deck list links to a
 * deck without loading the code that turns a deck into a bank. */
export const deckSetId = (deckId: string) => `deck-${deckId}`;
