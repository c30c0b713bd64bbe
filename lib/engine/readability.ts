// Flesch–Kincaid grade over the draft's prose (URLs, @mentions and #hashtags left out), using
// wooorm's syllable counter and formula.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { lexemesOf } from './lexemes.ts';
import { perDocument } from './phrases.ts';
import type { Document, Word } from './types.ts';

export interface Readability {
  grade: number | null;
  words: number;
  sentences: number;
}

/** Fewer prose words than this and a grade means nothing. */
export const MIN_WORDS = 12;

// syllable() costs microseconds a word; drafts are re-analysed on every keystroke with the same
// words, so counts are remembered (bounded, cleared when full).
const SYLLABLE_CACHE_MAX = 20_000;
const syllables = new Map<string, number>();
function countSyllables(word: string): number {
  let n = syllables.get(word);
  if (n === undefined) {
    // Cap absurd tokens so the counter stays cheap.
    n = word.length > 30 ? Math.ceil(word.length / 3) : Math.max(1, syllable(word));
    if (syllables.size >= SYLLABLE_CACHE_MAX) syllables.clear();
    syllables.set(word, n);
  }
  return n;
}

const LETTER = /\p{L}/u;

/** The word holds a letter. Its shape answers for most words: lower, cap and upper all open with one. */
function isProse(word: Word): boolean {
  return word.shape !== 'other' || LETTER.test(word.text);
}

// The grade of the document being analysed: the rule and the analysis both ask for it, so it is
// worked out once per document (phrases.perDocument).
export const readability: (doc: Document) => Readability = perDocument((doc) => {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  const lexemes = lexemesOf(doc);
  const entities = doc.entities;
  // The words come in order, and so do the entities: the first entity ending after a word's start
  // moves forward only (what inEntity finds by a binary search per word).
  let e = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si]!;
    let w = 0;
    let syl = 0;
    for (let i = s.firstWord; i < s.endWord; i++) {
      const word = doc.words[i]!;
      if (!isProse(word)) continue;
      if (entities.length > 0) {
        while (e < entities.length && entities[e]!.end <= word.start) e++;
        if (e < entities.length && entities[e]!.start < word.end) continue;
      }
      w++;
      const x = lexemes[i]!;
      if (x.syllables === 0) x.syllables = countSyllables(word.lower);
      syl += x.syllables;
    }
    if (w === 0) continue;
    sentences++;
    words += w;
    syllables += syl;
  }
  const grade = words >= MIN_WORDS && sentences > 0 ? Math.round(fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) * 10) / 10 : null;
  return { grade, words, sentences };
});
