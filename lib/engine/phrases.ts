// Word-level helpers shared by rules: phrase look-up over doc.words in linear time, and small
// predicates on tokens. Phrases are matched word by word (not by regex), so a list of a few
// hundred phrases costs one Map look-up per word.
import { lexemesOf, type Lexeme } from './lexemes.ts';
import type { Document, Word } from './types.ts';

/**
 * A single-character pattern as a fast test: the UTF-16 length of the matching character at i (2
 * for a surrogate pair), or 0. Each BMP code unit and astral code point is tested against the
 * pattern once and remembered, so scanning a text by hand costs no regex per position.
 */
export function characterClass(pattern: RegExp): (text: string, i: number) => number {
  /** By BMP code unit: 1 in the class, 2 not, 0 not looked up yet. */
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, boolean>();
  return (text, i) => {
    const c = text.charCodeAt(i);
    if ((c & 0xfc00) === 0xd800 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        let is = astral.get(cp);
        if (is === undefined) {
          is = pattern.test(String.fromCodePoint(cp));
          if (astral.size < 4096) astral.set(cp, is);
        }
        return is ? 2 : 0;
      }
    }
    // A lone surrogate is in no class, as in the pattern.
    let k = bmp[c]!;
    if (k === 0) bmp[c] = k = pattern.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1 ? 1 : 0;
  };
}

export interface PhraseMatch {
  /** Index of the first word. */
  first: number;
  /** Index after the last word. */
  end: number;
  start: number;
  stop: number;
  phrase: string;
}

export interface PhraseIndex {
  byFirst: Map<string, string[][]>;
  /** byFirst by the first word's number (see FIRST_IDS). */
  byId: Array<string[][] | undefined>;
  /** The index's bit in SEARCHED, given on its first search. */
  bit?: number;
}

// Every first word of every phrase index, numbered. A document's words are looked up here once
// (numberedLexemes), and each index then finds its candidates by number: a draft is searched for a dozen
// lists, and one Map look-up per word serves them all.
const FIRST_IDS = new Map<string, number>();
// By a first word's number, the bits of the searched indexes that hold it: an index gets a bit on
// its first search (a dozen are searched; past 32 they would share bits, which only costs time).
const SEARCHED: number[] = [];
let searches = 0;
// The lexemes whose numbers are up to date: the document being analysed (its rules ask in turn,
// one analysis at a time), as of `numberedKnown` (the first words and searched indexes known).
let numbered: Lexeme[] | undefined;
let numberedKnown = -1;
// Where the numbered words that start a searched index's phrase stand (a few of a draft's words):
// a search visits these alone, and reads its own list only where its bit is.
let firsts: number[] = [];

/** The document's lexemes, each with its number among the indexes' first words (-1 for none). */
export function numberedLexemes(doc: Document): Lexeme[] {
  const lexemes = lexemesOf(doc);
  const known = FIRST_IDS.size + searches;
  // Indexes built (or first searched) after the numbers were taken may know words that were -1 then.
  if (lexemes === numbered && numberedKnown === known) return lexemes;
  firsts = [];
  for (let i = 0; i < lexemes.length; i++) {
    const x = lexemes[i]!;
    if (x.firstKnown !== known) {
      x.firstId = FIRST_IDS.get(x.lower) ?? -1;
      x.firstKnown = known;
    }
    if (x.firstId >= 0 && SEARCHED[x.firstId]) firsts.push(i);
  }
  numbered = lexemes;
  numberedKnown = known;
  return lexemes;
}

/** Splits a phrase the way the tokenizer does, so "hansen's disease" -> ["hansen's", "disease"]. */
export function phraseWords(phrase: string): string[] {
  return norm(phrase.toLowerCase()).match(/[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu) ?? [];
}

export function buildPhraseIndex(phrases: readonly string[]): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const ws = phraseWords(p);
    if (!ws.length) continue;
    const list = byFirst.get(ws[0]!) ?? [];
    list.push(ws);
    byFirst.set(ws[0]!, list);
  }
  // Longest phrases first, so "hutchinson-gilford progeria" wins over "progeria".
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  for (const first of byFirst.keys())
    if (!FIRST_IDS.has(first)) {
      FIRST_IDS.set(first, FIRST_IDS.size);
      SEARCHED.push(0);
    }
  // Dense (filled), so a look-up by number stays an array read.
  const byId = new Array<string[][] | undefined>(FIRST_IDS.size).fill(undefined);
  for (const [first, list] of byFirst) byId[FIRST_IDS.get(first)!] = list;
  return { byFirst, byId };
}

/**
 * Per-word flags by the word's number among the indexes' first words (a lexeme's `firstId`): for
 * each [list, bit], the bit is set on every word of the list. Only single words are marked: a key
 * the tokenizer would cut into several, or spell otherwise ('y/o'), never equals a word's lower case.
 * A rule then reads one array slot per word instead of probing its sets or maps.
 */
export function wordFlags(lists: ReadonlyArray<readonly [readonly string[], number]>): Uint8Array {
  const indexes = lists.map(([words, bit]) => [buildPhraseIndex(words.filter((w) => { const ws = phraseWords(w); return ws.length === 1 && ws[0] === w; })), bit] as const);
  const flags = new Uint8Array(Math.max(0, ...indexes.map(([index]) => index.byId.length)));
  for (const [index, bit] of indexes) index.byId.forEach((list, id) => { if (list) flags[id]! |= bit; });
  return flags;
}

/** Normalises curly apostrophes so "Crohn’s" and "Crohn's" look the same. */
export function norm(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** All non-overlapping matches of the index's phrases in the document's words, left to right. */
export function findPhrases(doc: Document, index: PhraseIndex): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const { words } = doc;
  let bit = index.bit;
  if (!bit) {
    bit = index.bit = 1 << searches++;
    for (const first of index.byFirst.keys()) SEARCHED[FIRST_IDS.get(first)!]! |= bit;
  }
  const lexemes = numberedLexemes(doc);
  let next = 0;
  for (const i of firsts) {
    const id = lexemes[i]!.firstId;
    const cands = i < next || !(SEARCHED[id]! & bit) ? undefined : index.byId[id];
    if (!cands) continue;
    phrase: for (const ws of cands) {
      // (Past the last word there is none: no match.)
      for (let k = 1; k < ws.length; k++) if (words[i + k]?.lower !== ws[k] || words[i + k]!.sentence !== words[i]!.sentence) continue phrase;
      out.push({ first: i, end: i + ws.length, start: words[i]!.start, stop: words[i + ws.length - 1]!.end, phrase: ws.join(' ') });
      next = i + ws.length;
      break;
    }
  }
  return out;
}

/** A lower-cased word without a possessive "'s" ("alvarez's" -> "alvarez"); what .replace(/'s$/, '') gives, without a regex. */
export function withoutPossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** "Grace", "McBride", "O'Neil": starts upper-case and has lower-case letters. */
export function isCapitalised(w: Word | undefined): boolean {
  return !!w && w.shape === 'cap';
}

/** "MRN", "ICU": two or more letters, all upper-case. */
export function isAllCaps(w: Word | undefined): boolean {
  return !!w && w.shape === 'upper';
}

/** The characters between two adjacent words. */
export function gap(doc: Document, i: number): string {
  const a = doc.words[i];
  const b = doc.words[i + 1];
  if (!a || !b) return '';
  return doc.text.slice(a.end, b.start);
}

/** The word starts its sentence (so its capital letter tells nothing). */
export function startsSentence(doc: Document, i: number): boolean {
  const w = doc.words[i];
  if (!w) return false;
  const s = doc.sentences[w.sentence];
  if (!s || s.firstWord === i) return true;
  // A hashtag that opens the sentence ("#ad Interrogated a pacer") leaves the next word its first.
  if (s.firstWord === i - 1 && doc.text[doc.words[i - 1]!.start - 1] === '#') return true;
  // After a colon, a dash or an emoji-only gap, a capital is also weak evidence.
  const before = doc.text.slice(doc.words[i - 1]!.end, w.start);
  // (A single space, the commonest gap, is none of these.)
  return before !== ' ' && (/[:;!?—–]|["'‘“(]\s*$/.test(before) || /\p{Extended_Pictographic}/u.test(before));
}

/** The word is inside a URL, @mention or #hashtag entity. */
export function inEntity(doc: Document, start: number, end: number): boolean {
  return entityAt(doc, start, end) !== undefined;
}

/** Index of the first span ending after `offset`, by binary search over spans sorted and disjoint. */
function firstEndingAfter(spans: ReadonlyArray<{ end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entity overlapping [start, end). */
export function entityAt(doc: Document, start: number, end: number) {
  const e = doc.entities[firstEndingAfter(doc.entities, start)];
  return e && e.start < end ? e : undefined;
}

export function toSet(list: readonly string[]): Set<string> {
  return new Set(list.map((s) => s.toLowerCase()));
}

/**
 * The matches of a global regex over the text, as an array (a generator cost more per call than
 * most scans, which find nothing). The regexes passed here are written without nested or
 * overlapping quantifiers, so each exec() is linear.
 */
export function matches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else out.push(m);
  }
  return out;
}

/** Index of the first word whose end is after `offset`. */
export function wordIndexAt(doc: Document, offset: number): number {
  return firstEndingAfter(doc.words, offset);
}

/** How many ASCII digits a string holds. */
export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

const MAX_SPANS = 8;

/**
 * Which characters of the text a rule has already flagged, so overlapping matches from several
 * patterns are dropped in O(span length) instead of comparing against every earlier finding.
 */
export class Coverage {
  // The first few spans are kept as a list: most rules take none or a handful, and a list needs no
  // array the length of the text. Past MAX_SPANS (or for a span outside the text) the spans go
  // into one mark per character, so every question stays O(span length).
  private taken: Uint8Array | undefined;
  private spans: number[] = [];
  constructor(private readonly length: number) {}
  free(start: number, end: number): boolean {
    const taken = this.taken;
    if (taken) {
      for (let k = start; k < end; k++) if (taken[k]) return false;
      return true;
    }
    // As the marks answer: a fractional start meets no mark.
    if (start >= end || !Number.isInteger(start)) return true;
    const spans = this.spans;
    for (let i = 0; i < spans.length; i += 2) if (spans[i]! < end && start < spans[i + 1]!) return false;
    return true;
  }
  /** Marks [start, end) as taken, overlapping or not. */
  fill(start: number, end: number): void {
    if (!this.taken) {
      if (start >= end) return;
      if (this.spans.length < 2 * MAX_SPANS && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= this.length + 1) {
        this.spans.push(start, end);
        return;
      }
      const taken = (this.taken = new Uint8Array(this.length + 1));
      for (let i = 0; i < this.spans.length; i += 2) taken.fill(1, this.spans[i], this.spans[i + 1]);
    }
    this.taken.fill(1, start, end);
  }
  take(start: number, end: number): boolean {
    if (!this.free(start, end)) return false;
    this.fill(start, end);
    return true;
  }
}

/**
 * Like matches(), but drops a match whose previous character matches `notBefore`. Patterns put
 * this check here instead of a leading look-behind, which the regex engine would try at every
 * position of the text.
 */
export function matchesNotAfter(text: string, re: RegExp, notBefore: RegExp): RegExpExecArray[] {
  return matches(text, re).filter((m) => !(m.index > 0 && notBefore.test(text[m.index - 1]!)));
}

/**
 * A value worked out once per document and kept for the last document only: one analysis runs at a
 * time and its rules ask for the same document's in turn (a pointer check, where a WeakMap costs a
 * hash look-up and an ephemeron entry per keystroke).
 */
export function perDocument<T>(compute: (doc: Document) => T): (doc: Document) => T {
  let last: Document | undefined;
  let value: T;
  return (doc) => {
    if (doc !== last) {
      value = compute(doc);
      last = doc;
    }
    return value;
  };
}
