// One record per distinct lower-cased word, shared by the stages that derive something from the
// word alone (its number among the phrase indexes' first words, its syllables, the hashtag
// model's entry). A draft's words are looked up here once, and each stage then reads a field
// instead of probing a map of its own: three map probes per word become one.
import type { Document } from './types.ts';

export interface Lexeme {
  readonly lower: string;
  /** phrases.ts: the word's number among the first words of the phrase indexes (-1: none), as of `firstKnown` numbers. */
  firstId: number;
  firstKnown: number;
  /** readability.ts: the syllable count (0: not counted yet). */
  syllables: number;
  /** hashtags/features.ts: the word's entry, valid while `hashtagGeneration` is the features' current one. */
  hashtag: unknown;
  hashtagGeneration: number;
  /** professionalism/candidates.ts: the cue classes of the word's runs of letters, a bit each (-1: not worked out yet). */
  cues: number;
  /** privacy/text-facts.ts: a bit per gate one of whose words the word holds, and above them how many gates there were (-1: none worked out). */
  gates: number;
  /** privacy/features.ts: the word's lexicon classes as cue numbers, and what sentenceCues reads of it (undefined: not looked up yet). */
  lexicon: readonly number[] | undefined;
  cue: unknown;
  /** privacy/draft-words.ts: the word's weight in the word model `words` reads (NaN: none), and the draft that last counted it. */
  words: unknown;
  weight: number;
  counted: number;
}

// Bounded: cleared when full, only before a draft's words are looked up (a record a document
// holds stays good: everything in it derives from the word alone).
const MAX = 8192;
const table = new Map<string, Lexeme>();
// The records of the document being analysed: its stages ask in turn, one analysis at a time.
let lastWords: Document['words'] | undefined;
let lastList: Lexeme[] = [];

function lexeme(lower: string): Lexeme {
  let x = table.get(lower);
  if (!x) {
    x = { lower, firstId: -1, firstKnown: -1, syllables: 0, hashtag: undefined, hashtagGeneration: -1, cues: -1, gates: -1, lexicon: undefined, cue: undefined, words: undefined, weight: 0, counted: 0 };
    table.set(lower, x);
  }
  return x;
}

/** The record of each of the document's words, in order (made on first use). */
export function lexemesOf(doc: Document): Lexeme[] {
  const words = doc.words;
  if (words === lastWords && lastList.length === words.length) return lastList;
  if (table.size + words.length > MAX) table.clear();
  // A keystroke changes the draft's last words, or a word or two: the words it still starts with
  // take the previous draft's records, a string comparison each where a look-up hashes the word.
  const prev = lastWords?.length === lastList.length ? lastWords : [];
  let head = 0;
  while (head < words.length && head < prev.length && words[head]!.lower === prev[head]!.lower) head++;
  const list = lastList.slice(0, head);
  for (let i = head; i < words.length; i++) list.push(lexeme(words[i]!.lower));
  lastWords = words;
  lastList = list;
  return list;
}
