// Word look-ups by number. phrases.ts numbers each draft word once, by its place among the first
// words of every phrase index, and lexemes.ts keeps the number with the word from draft to draft:
// a table by that number answers what a list says of a word with an array read, where a Map
// look-up per word of the draft cost more than the rest of the pass.
import { buildPhraseIndex } from '../phrases.ts';

/** The document's lexemes, their numbers up to date (phrases.ts numbers them once per document). */
export { numberedLexemes } from '../phrases.ts';

/**
 * `lookUp` of every word, as a table by word number. A draft word's lower case is always one word
 * as the phrase index cuts it, so a key that is not one word ("y/o") never equals a draft word:
 * every key a draft word can equal gets its number here, and a word without one is no key.
 */
export function byWordNumber<T>(keys: readonly string[], lookUp: (word: string) => T | undefined): Array<T | undefined> {
  return buildPhraseIndex(keys).byId.map((list) => (list ? lookUp(list[0]![0]!) : undefined));
}
