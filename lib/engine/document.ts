// Builds the pre-tokenised document once per analyze() call. Everything here is a single
// linear pass (or a linear regex with no nested quantifiers) so any input stays fast.
import { detectContext } from './context.ts';
import { RANK_ABBREVIATIONS } from './data/ranks.ts';
import { characterClass } from './phrases.ts';
import { extractEntities, measure, measureWithUrls } from './twitter.ts';
import type { Document, Sentence, Settings, Word } from './types.ts';

// A word: letters, digits and combining marks, with inner apostrophes or hyphens (what
// /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu matches), scanned by hand: a regex match
// per word cost more than the rest of the tokenizer. Word characters are looked up once per
// code unit (outside the BMP, per code point).
const wordChar = characterClass(/^[\p{L}\p{N}\p{M}]$/u);

/** UTF-16 length of the word character at i (a surrogate pair counts 2), or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  return wordChar(text, i);
}

// Abbreviations whose period does not end a sentence (none over six letters; a word holds no
// period, so "e.g." and "a.m." could never match here).
const NO_BREAK = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'st', 'vs', 'no', 'pt', 'pts', 'approx', 'dept', 'prof', 'jr', 'sr',
  'etc', 'fig', 'inc', 'mt', 'ft', 'rm', 'apt', 'ave', 'hwy', 'rd', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Ranks and titles, and the courtesy titles of other languages, written short: a name follows them.
  ...RANK_ABBREVIATIONS, 'rev', 'mdm', 'smt', 'sra', 'srta', 'dra', 'dre',
]);

/** `caps`: whether the word is all capitals, when the scan knows it (an ASCII word: it holds no a-z). */
function shapeOf(text: string, lower: string, caps: boolean | undefined): Word['shape'] {
  const c = text.charCodeAt(0);
  // ASCII fast path: most words are plain English.
  if (c >= 97 && c <= 122) return text === lower ? 'lower' : 'other';
  if (c >= 48 && c <= 57) return 'other';
  if (c >= 65 && c <= 90 && text.length > 1) {
    const d = text.charCodeAt(1);
    if (d >= 97 && d <= 122) return 'cap';
    if (d >= 65 && d <= 90) return (caps ?? text === text.toUpperCase()) ? 'upper' : 'other';
  }
  if (text === lower) return /^\p{Ll}/u.test(text) ? 'lower' : 'other';
  const upper = text.toUpperCase();
  const first = text.charAt(0);
  if (first === lower.charAt(0)) return 'other';
  // A single capital ("I", "A") is neither a name nor an acronym.
  if (text === upper) return text.length >= 2 ? 'upper' : 'other';
  return first === upper.charAt(0) ? 'cap' : 'other';
}

/**
 * The words of the text. `lowerText`, when given, is text.toLowerCase() and lower-cases every
 * word alike (the caller checks: same length, no capital sigma, whose lower case depends on the
 * letters around it).
 */
// The last text tokenised and its words; the text before it, and how many units both begin with.
let lastText = '';
let lastWords: Word[] = [];
let prevText = '';
let same = 0;

export function tokenize(text: string, lowerText?: string): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let i = 0;
  // A keystroke leaves the words before it as they were: the last text's words that end three
  // units or more before its first change (where a word ends depends on the two units after it)
  // are copied with their strings rather than cut again. (A word's lower case is the same whether
  // it was sliced from the text's or made alone: the text's is passed only when each unit lowers alone.)
  const m = Math.min(n, lastText.length);
  // Typing at the end leaves the whole last text in place: one native comparison then.
  same = text.startsWith(lastText) ? m : 0;
  while (same < m && text.charCodeAt(same) === lastText.charCodeAt(same)) same++;
  for (const w of lastWords) {
    if (w.end + 3 > same) break;
    words.push({ text: w.text, lower: w.lower, start: w.start, end: w.end, sentence: 0, shape: w.shape });
    i = w.end;
  }
  for (; i < n; ) {
    let c = text.charCodeAt(i);
    if (wordCharAt(text, i) === 0) {
      // Past a non-word character (one unit at a time: the low half of a pair is no word character either).
      i++;
      continue;
    }
    const start = i;
    // One pass over the word: its characters, inner apostrophes and hyphens each followed by a
    // word character, and whether it is plain (ASCII without a capital: its own lower case).
    let plain = true;
    let ascii = true;
    let small = false; // an a-z
    for (;;) {
      if (c < 128) {
        if (c >= 97 && c <= 122) {
          small = true;
          i++;
        } else if (c >= 48 && c <= 57) i++;
        else if (c >= 65 && c <= 90) {
          plain = false;
          i++;
        } else if ((c === 39 || c === 45) && wordCharAt(text, i + 1) > 0) i++;
        else break;
      } else {
        const len = wordChar(text, i) || (c === 0x2019 && wordCharAt(text, i + 1) > 0 ? 1 : 0);
        if (len === 0) break;
        plain = ascii = false;
        i += len;
      }
      if (i >= n) break;
      c = text.charCodeAt(i);
    }
    const t = text.slice(start, i);
    // Lower case with curly apostrophes made straight, so "Crohn’s" and "Crohn's" look alike. A
    // plain word (most words) is its own lower case: one string, not two.
    let lower = plain ? t : lowerText === undefined ? t.toLowerCase() : lowerText.slice(start, i);
    if (!ascii && lower.includes('’')) lower = lower.replace(/’/g, "'");
    words.push({ text: t, lower, start, end: i, sentence: 0, shape: shapeOf(t, lower, ascii ? !small : undefined) });
  }
  prevText = lastText;
  lastText = text;
  lastWords = words;
  return words;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Terminal punctuation, closing quotes and brackets: what /[.!?…'"’”)\]]/ matches. */
function closesSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 39 || c === 34 || c === 0x2019 || c === 0x201d || c === 41 || c === 93;
}

/** Sentence boundaries: . ! ? … followed by space or end (not after a known abbreviation), or a line break. */
// Where a sentence may end; the regex finds them faster than a loop over every character.
const BREAK_CANDIDATE = /[.!?\u2026\n]/g;

// The last text's sentence ends, and the text.
let lastEnds: number[] = [];
let endsText = '';

export function splitSentences(text: string, words: Word[]): Sentence[] {
  const ends: number[] = [];
  // The last text's ends three units or more before its first change stand (an end depends on the
  // unit after it), as tokenize's words do; the search goes on past the last of them (the unit
  // there is a space or a line break, and a second end at a line break makes no sentence).
  let from = 0;
  if (text === lastText && endsText === prevText)
    for (const e of lastEnds) {
      if (e + 3 > same) break;
      ends.push(e);
      from = e + 1;
    }
  let wi = 0; // index of the first word starting at or after i
  BREAK_CANDIDATE.lastIndex = from;
  // test() rather than exec(): no match array; the match is the one unit before lastIndex.
  while (BREAK_CANDIDATE.test(text)) {
    const i = BREAK_CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      ends.push(i);
      continue;
    }
    // Consume a run of terminal punctuation and closing quotes/brackets; the next look starts past it.
    let j = i + 1;
    while (j < text.length && closesSentence(text.charCodeAt(j))) j++;
    BREAK_CANDIDATE.lastIndex = j;
    if (j < text.length && !isSpace(text.charCodeAt(j))) continue;
    if (c === 46) {
      // Only here is the word pointer needed; i only grows, so it is moved on here alone.
      while (wi < words.length && words[wi]!.end <= i) wi++;
      const prev = wi > 0 ? words[wi - 1] : undefined;
      if (prev && prev.end === i && ((prev.lower.length < 7 && NO_BREAK.has(prev.lower)) || (prev.text.length === 1 && /\p{Lu}/u.test(prev.text)))) continue;
    }
    ends.push(j);
  }
  lastEnds = ends;
  endsText = text;
  const sentences: Sentence[] = [];
  let start = 0;
  let w = 0;
  const push = (end: number) => {
    // Trim leading whitespace so offsets point at the sentence's text.
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    if (end > start) {
      const firstWord = w;
      while (w < words.length && words[w]!.start < end) {
        words[w]!.sentence = sentences.length;
        w++;
      }
      sentences.push({ start, end, firstWord, endWord: w });
    }
    start = end;
  };
  for (const e of ends) push(e);
  push(text.length);
  return sentences;
}

export function buildDocument(text: string, settings: Settings, now: number, limit: number): Document {
  const lower = text.toLowerCase();
  const words = tokenize(text, lower.length === text.length && !text.includes('Σ') ? lower : undefined);
  const sentences = splitSentences(text, words);
  const entities = extractEntities(text);
  // Reuse the URLs just found rather than scanning for them again (parseTweet's own scan is
  // the larger half of its cost); text that NFC would change goes through parseTweet itself.
  const m = measureWithUrls(text, limit, entities.length ? entities.filter((e) => e.kind === 'url') : entities) ?? measure(text, limit);
  const doc: Document = {
    text,
    // toLowerCase can change length for a few characters (e.g. 'İ'); fall back to the text itself then.
    lower: lower.length === text.length ? lower : text,
    words,
    sentences,
    entities,
    // Worked out from the rest just below (detectContext reads no context).
    context: undefined!,
    settings,
    length: { weighted: m.weighted, valid: m.valid, validEnd: m.validEnd, limit },
    now,
  };
  doc.context = detectContext(doc);
  return doc;
}
