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
 * A gate's bit, for its words (separated by "|", in any case, and written as in the pattern where
 * they can be: the bundle's compression then reads them from it; made at module load, 24 gates at most).
 */
export const gate = (words: string): number => 1 << (GATES.push(words.toLowerCase().split('|')) - 1);

// The document's words that hold a gate's word (by index: gated() reads them alone).
const open = perDocument((doc) => {
  const at: number[] = [];
  lexemesOf(doc).forEach((x, i) => {
    // (Above the gates' bits, how many gates there were: a gate made later is looked for again.)
    if (x.gates >>> 24 !== GATES.length) x.gates = GATES.reduce((m, words, k) => (words.some((w) => x.lower.includes(w)) ? m | (1 << k) : m), GATES.length << 24);
    if (x.gates << 8) at.push(i);
  });
  return at;
});

/** The text holds one of the gate's words (in any case, within a word): else a pattern that needs one cannot match. */
export const holds = (doc: Document, bit: number): boolean => open(doc).some((i) => lexemesOf(doc)[i]!.gates & bit);

/**
 * What a global scan of `re` finds, for a sticky pattern that starts with \b and an ASCII letter or
 * digit and whose every match starts in a word that holds a gate's word or in one of the `before`
 * words before it: tried only there, at a word's start or after a character that is no ASCII word
 * character (nowhere else can \b stand before one). A long draft's text is not searched through.
 */
export function gated(doc: Document, re: RegExp, bit: number, before = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { text, words } = doc;
  const lexemes = lexemesOf(doc);
  // Where the last match ended. (A word tried again, as one of the words before the next gated
  // word, gives what it gave: nothing, or a match that ends past it.)
  let next = 0;
  for (const i of open(doc))
    if (lexemes[i]!.gates & bit)
      for (let k = Math.max(0, i - before); k <= i; k++) {
        const w = words[k]!;
        for (let p = w.start; p < w.end; p++) {
          // Inside a word the only ASCII characters are letters, digits (both above "/"), ' and -.
          const c = text.charCodeAt(p - 1);
          if (p < next || (p > w.start && c > 47 && c < 128)) continue;
          re.lastIndex = p;
          const m = re.exec(text);
          if (m) {
            out.push(m);
            next = re.lastIndex;
          }
        }
      }
  return out;
}
