// Builds the pre-tokenised document once per analyze() call. Everything here is a single
// linear pass (or a linear regex with no nested quantifiers) so any input stays fast.
import { detectContext } from './context.ts';
import { extractEntities, measure, measureWithUrls } from './twitter.ts';
import type { Document, Sentence, Settings, Word } from './types.ts';

// A word: letters, digits and combining marks, with inner apostrophes or hyphens. Each
// separator must be followed by a word character, so there is no backtracking ambiguity.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

// Abbreviations whose period does not end a sentence.
const NO_BREAK = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'st', 'vs', 'no', 'pt', 'pts', 'approx', 'dept', 'prof', 'jr', 'sr',
  'e.g', 'i.e', 'etc', 'fig', 'inc', 'mt', 'ft', 'rm', 'apt', 'ave', 'hwy', 'rd', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'p.m', 'a.m',
]);

function shapeOf(text: string, lower: string): Word['shape'] {
  const c = text.charCodeAt(0);
  // ASCII fast path: most words are plain English.
  if (c >= 97 && c <= 122) return text === lower ? 'lower' : 'other';
  if (c >= 48 && c <= 57) return 'other';
  if (c >= 65 && c <= 90 && text.length > 1) {
    const d = text.charCodeAt(1);
    if (d >= 97 && d <= 122) return 'cap';
    if (d >= 65 && d <= 90) return text === text.toUpperCase() ? 'upper' : 'other';
  }
  if (text === lower) return /^\p{Ll}/u.test(text) ? 'lower' : 'other';
  const upper = text.toUpperCase();
  const first = text.charAt(0);
  if (first === lower.charAt(0)) return 'other';
  // A single capital ("I", "A") is neither a name nor an acronym.
  if (text === upper) return text.length >= 2 ? 'upper' : 'other';
  return first === upper.charAt(0) ? 'cap' : 'other';
}

export function tokenize(text: string): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // Lower case with curly apostrophes made straight, so "Crohn’s" and "Crohn's" look alike.
    let lower = m[0].toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    words.push({ text: m[0], lower, start: m.index, end: m.index + m[0].length, sentence: 0, shape: shapeOf(m[0], lower) });
  }
  return words;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Sentence boundaries: . ! ? … followed by space or end (not after a known abbreviation), or a line break. */
export function splitSentences(text: string, words: Word[]): Sentence[] {
  const ends: number[] = [];
  let wi = 0; // index of the first word starting at or after i
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    while (wi < words.length && words[wi]!.end <= i) wi++;
    if (c === 10) {
      ends.push(i);
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    // Consume a run of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < text.length && /[.!?…'"’”)\]]/.test(text[j]!)) j++;
    if (j < text.length && !isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    if (c === 46) {
      const prev = wi > 0 ? words[wi - 1] : undefined;
      if (prev && prev.end === i) {
        if (NO_BREAK.has(prev.lower) || (prev.text.length === 1 && /\p{Lu}/u.test(prev.text))) {
          i = j - 1;
          continue;
        }
      }
    }
    ends.push(j);
    i = j - 1;
  }
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
  const words = tokenize(text);
  const sentences = splitSentences(text, words);
  const entities = extractEntities(text);
  const lower = text.toLowerCase();
  const doc: Document = {
    text,
    // toLowerCase can change length for a few characters (e.g. 'İ'); fall back to the text itself then.
    lower: lower.length === text.length ? lower : text,
    words,
    sentences,
    entities,
    context: { patientCase: false, announcement: false, selfStory: false },
    settings,
    // Reuse the URLs just found rather than scanning for them again (parseTweet's own scan is
    // the larger half of its cost); text that NFC would change goes through parseTweet itself.
    length: {
      ...(measureWithUrls(text, limit, entities.filter((e) => e.kind === 'url')) ?? measure(text, limit)),
      limit,
    },
    now,
  };
  doc.context = detectContext(doc);
  return doc;
}
