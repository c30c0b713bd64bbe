// Facts about a draft's text that several privacy rules test before their patterns, found once
// per document: a pattern that needs what the text lacks is not run at all.
import { lexemesOf } from '../lexemes.ts';
import { perDocument } from '../phrases.ts';
import type { Document } from '../types.ts';

/** The text holds an ASCII digit (what \d matches): else no pattern that needs a number can match. */
export const hasDigit: (doc: Document) => boolean = perDocument((doc) => /\d/.test(doc.text));

/**
 * Three digits in one run of letters, digits, dots and hyphens: what a record or account number,
 * an SSN, a phone number's last groups or an IP address holds. Most drafts have none.
 */
export const hasDigitRun: (doc: Document) => boolean = perDocument((doc) => /\d[\w.-]*\d[\w.-]*\d/.test(doc.text));

// Gates: words of which some pattern's every match holds one (lower case, ASCII letters). A run of
// letters lies within one of the tokenizer's words, so a text holds such a word, in any case (an
// ASCII letter of a pattern, with or without i, matches only itself in either case), only if one of
// its words' lower case does. Each distinct word is searched once (its lexeme keeps a bit per gate
// whose word it holds); a document's words then tell at once which gates are open, and a pattern
// whose gate is shut is not run at all.
const GATES: string[][] = [];

/**
 * A gate's bit, for its words (separated by "|", and written as in the pattern where they can be:
 * the bundle's compression then reads them from it; made at module load, 24 gates at most).
 */
export const gate = (words: string): number => 1 << (GATES.push(words.split('|')) - 1);

const open = perDocument((doc) => {
  let bits = 0;
  for (const x of lexemesOf(doc)) {
    // (Above the gates' bits, how many gates there were: a gate made later is looked for again.)
    if (x.gates >>> 24 !== GATES.length) x.gates = GATES.reduce((m, words, k) => (words.some((w) => x.lower.includes(w)) ? m | (1 << k) : m), GATES.length << 24);
    bits |= x.gates;
  }
  return bits;
});

/** The text holds one of the gate's words (in any case, within a word): else a pattern that needs one cannot match. */
export const holds = (doc: Document, bit: number): number => open(doc) & bit;
