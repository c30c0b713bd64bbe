// Word lists as matchers: one alternation of literals per list, bounded by non-word characters,
// so a test over a clause costs one linear regex pass whatever the list's length.
import { characterClass } from '../phrases.ts';

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

const NOT_BEFORE = '(?<![\\p{L}\\p{N}-])';

function source(list: readonly string[]): string {
  const alts = [...new Set(list.map((w) => w.toLowerCase()))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(ESCAPE, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  return `${NOT_BEFORE}(?:${alts.join('|')})(?![\\p{L}\\p{N}])`;
}

// The leading look-behind checked in code instead: without it the regex engine skips ahead to
// where a phrase can start (2-6× faster over a long draft). A match whose code point before fails
// the check is retried one code point further on, which is where the regex with the look-behind
// would have gone on looking; so the matches are the same, one for one.
const WORD_BEFORE = /[\p{L}\p{N}-]/u;

// notBefore's answer for each ASCII character, by pattern, worked out the first time it is asked.
const asciiAnswers = new WeakMap<RegExp, Uint8Array>();

/** No code point matching `notBefore` ends at `at`: the look-behind `(?<!notBefore)` holds there. */
export function boundedBefore(text: string, at: number, notBefore: RegExp): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c < 128) {
    let answers = asciiAnswers.get(notBefore);
    if (!answers) asciiAnswers.set(notBefore, (answers = new Uint8Array(128)));
    // 0: not asked yet, 1: matches, 2: does not.
    let a = answers[c]!;
    if (a === 0) answers[c] = a = notBefore.test(String.fromCharCode(c)) ? 1 : 2;
    return a === 2;
  }
  // The code point ending at `at`: a surrogate pair, or one unit.
  const pair = at >= 2 && (text.charCodeAt(at - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return !notBefore.test(text.slice(pair ? at - 2 : at - 1, at));
}

/**
 * The first match of `re` (global, unicode, never empty) at or after `from` whose start does not
 * follow a code point matching `notBefore`: the match `(?<!notBefore)re` would find.
 */
function firstBounded(re: RegExp, text: string, from: number, notBefore: RegExp = WORD_BEFORE): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (boundedBefore(text, m.index, notBefore)) return m;
    const pair = (text.charCodeAt(m.index) & 0xfc00) === 0xd800 && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00;
    re.lastIndex = m.index + (pair ? 2 : 1);
  }
  return null;
}

// Each method takes the text's listFlags when the caller keeps them (a clause read by every
// kind), and otherwise looks them up.
export interface Lexicon {
  /** True when the (lower-cased) text holds one of the list's phrases. */
  test(lower: string, flags?: Uint8Array): boolean;
  /** False when the text cannot hold one of the list's phrases (a cheap look-up; true says nothing). */
  mayMatch(lower: string, flags?: Uint8Array): boolean;
  /** Every match, left to right, as [start, end) offsets into `lower`. */
  all(lower: string, flags?: Uint8Array): Array<{ start: number; end: number; phrase: string }>;
}

// Every run of letters and digits of a phrase stands as a whole run of the text it matches (the
// match is bounded by non-word characters, and the phrase's own separators are non-word
// characters too). So a list none of whose phrases has all its runs among the text's runs cannot
// match it, and its regex need not run: most tests fail. One pass over a text's runs marks every
// list that may match it (each text is tested by many lists), and each test is then one look-up
// instead of a pass of a regex of a hundred alternatives. A phrase is found by its key run (its
// longest) and kept when its other runs are in the text too: "the link" needs "the" as well as
// "link", which cuts the lists let through to the regex sevenfold.
const RUN = /[\p{L}\p{N}]+/gu;
const runChar = characterClass(/^[\p{L}\p{N}]$/u);

/** UTF-16 length of the letter or digit (RUN's character) at i, a surrogate pair counting 2, or 0. */
function runCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  return runChar(text, i);
}

/**
 * Calls `visit(start, end)` for each run of the characters `charAt` measures (a character's UTF-16
 * length at i, 0 outside the class), left to right, until `visit` returns true. Scanned by hand:
 * no match object per run. A step of one unit past a character outside the class is safe: a lone
 * low surrogate is in no class.
 */
export function eachRun(text: string, charAt: (text: string, i: number) => number, visit: (start: number, end: number) => boolean | void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    let len = charAt(text, i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += len;
    while (i < n && (len = charAt(text, i)) > 0);
    if (visit(start, i)) return;
  }
}

const isLow = (c: number) => (c & 0xfc00) === 0xdc00;
const isHigh = (c: number) => (c & 0xfc00) === 0xd800;

/**
 * A run of letters and digits of `text` goes on across offset i, or i splits a surrogate pair:
 * a slice cut there may hold a run the text does not. Cut elsewhere, a slice's runs are the
 * text's, and a list that cannot match the text cannot match the slice either.
 */
export function runCrosses(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) return true;
  if (runCharAt(text, i) === 0) return false;
  const pair = i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2));
  return runCharAt(text, pair ? i - 2 : i - 1) > 0;
}

/** A phrase as the pre-check reads it: its list, and the numbers of its runs other than the key. */
interface KeyedPhrase {
  list: number;
  others: number[];
}

/** Every run of every phrase, numbered. */
const RUN_IDS = new Map<string, number>();
/** By run number: the phrases whose key run it is (undefined for none). */
const KEYED: Array<KeyedPhrase[] | undefined> = [];
// The runs of RUN_IDS by a hash of their first and last units and length: many runs of a text
// are none of them, and this says so without cutting the run out and hashing it.
const RUN_SHAPES = new Uint8Array(4096);
const runShape = (first: number, last: number, length: number) => ((first * 31 + last) * 33 + length) & 4095;
let lists = 0;
// By run number, the pass that last saw the run in a text: a run was seen in this text when
// its mark is the current pass's. Grown as runs are numbered.
let seenIn = new Int32Array(256);
let pass = 0;
// The key runs seen in the text being marked (reused).
const keysSeen: number[] = [];
// Bounded by entries and characters; large enough to hold every clause and sentence of a long
// draft, which each kind of rule tests in turn.
const FLAGS_MAX = 4096;
const FLAGS_CHARS_MAX = 200_000;
const flagsCache = new Map<string, Uint8Array>();
let flagsChars = 0;

// The last texts asked about: a clause is tested by a dozen lists in a row, and each kind of rule
// tests the same clauses and the whole draft in turn. Comparing the same string object is free,
// and a different one of another length almost so, where a Map look-up of a string made anew
// hashes and compares its characters.
const RECENT = 8;
const recentTexts: Array<string | undefined> = new Array<string | undefined>(RECENT).fill(undefined);
const recentFlags: Uint8Array[] = new Array<Uint8Array>(RECENT).fill(new Uint8Array(0));
let recentNext = 0;

function remember(text: string, flags: Uint8Array): void {
  recentTexts[recentNext] = text;
  recentFlags[recentNext] = flags;
  recentNext = (recentNext + 1) % RECENT;
}

/**
 * The lists that may match a text (remembered, bounded: the same clauses come back, keystroke
 * after keystroke). A caller that reads a text many times may keep them and pass them to the
 * Lexicon's methods (the clauses of a draft, each read by three kinds).
 */
export function listFlags(text: string): Uint8Array {
  for (let r = 0; r < RECENT; r++) if (recentTexts[r] === text) return recentFlags[r]!;
  let flags = flagsCache.get(text);
  if (flags) {
    remember(text, flags);
    return flags;
  }
  flags = markLists(text);
  if (flagsCache.size >= FLAGS_MAX || flagsChars + text.length > FLAGS_CHARS_MAX) {
    flagsCache.clear();
    flagsChars = 0;
  }
  flagsCache.set(text, flags);
  flagsChars += text.length;
  remember(text, flags);
  return flags;
}

/** The lists that may match a text, worked out anew. */
function markLists(text: string): Uint8Array {
  const flags = new Uint8Array(lists);
  pass++;
  keysSeen.length = 0;
  // RUN's matches.
  eachRun(text, runCharAt, (start, end) => {
    if (RUN_SHAPES[runShape(text.charCodeAt(start), text.charCodeAt(end - 1), end - start)] === 0) return;
    const id = RUN_IDS.get(text.slice(start, end));
    if (id === undefined) return;
    seenIn[id] = pass;
    if (KEYED[id]) keysSeen.push(id);
  });
  for (let k = 0; k < keysSeen.length; k++) {
    const phrases = KEYED[keysSeen[k]!]!;
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      if (flags[phrase.list] === 1) continue;
      const others = phrase.others;
      let all = true;
      for (let o = 0; o < others.length && all; o++) all = seenIn[others[o]!] === pass;
      if (all) flags[phrase.list] = 1;
    }
  }
  return flags;
}

/** The number of a run, numbering it if new. */
function runId(run: string): number {
  let id = RUN_IDS.get(run);
  if (id === undefined) {
    RUN_IDS.set(run, (id = RUN_IDS.size));
    RUN_SHAPES[runShape(run.charCodeAt(0), run.charCodeAt(run.length - 1), run.length)] = 1;
    if (id >= seenIn.length) {
      const grown = new Int32Array(seenIn.length * 2);
      grown.set(seenIn);
      seenIn = grown;
    }
  }
  return id;
}

/** Registers the runs of a list's phrases, or returns -1 when a phrase has no letter or digit. */
function register(list: readonly string[]): number {
  const phrases: string[][] = [];
  for (const w of list) {
    const runs = w.toLowerCase().match(RUN);
    if (!runs) return -1;
    phrases.push(runs);
  }
  const id = lists++;
  for (const runs of phrases) {
    let key = '';
    for (const run of runs) if (run.length > key.length) key = run;
    const others = [...new Set(runs.filter((r) => r !== key).map(runId))];
    const k = runId(key);
    (KEYED[k] ??= []).push({ list: id, others });
  }
  // Texts marked before this list existed know nothing of it.
  flagsCache.clear();
  flagsChars = 0;
  recentTexts.fill(undefined);
  return id;
}

// Every text is pre-checked, a whole long draft too: its runs are looked up once and the marks
// serve the two dozen lists tested on it, where each list's regex would scan all of it.
function mayMatch(id: number, lower: string, flags: Uint8Array | undefined): boolean {
  return id < 0 || (flags ?? listFlags(lower))[id] === 1;
}

// A long text (a whole Premium draft) is not scanned by each list's regex: a phrase's first run
// of letters and digits is a whole run of any text it matches (a look-behind or the phrase's own
// opening characters stand before it, a character that is not a letter or digit after it), so a
// match can only start that phrase's opening characters before a run of the text equal to it.
// The regex is tried there alone (sticky), in order, which finds the same matches.
export const WINDOW_MIN = 1000;
let runsOf: string | undefined;
let runStarts = new Map<string, number[]>();
// The runs that open a phrase of some list (openings), by shape as RUN_SHAPES: only these are
// ever looked up, so the other runs of a long text are neither cut out nor kept.
const OPEN_SHAPES = new Uint8Array(4096);
// The same runs, exactly.
const OPEN_RUNS = new Set<string>();

/** The run of letters and digits opens a phrase of some list. */
export const opensPhrase = (run: string): boolean => OPEN_RUNS.has(run);

/**
 * Hands runsIn a long text's runs that open a phrase, found by the caller (from the text's words,
 * without a scan of its characters): for each such run, where it starts, in order. A map holding
 * exactly these runs answers every look-up runsIn's own would (it also keeps runs of the same shape).
 */
export function knowRuns(text: string, starts: Map<string, number[]>): void {
  runsOf = text;
  runStarts = starts;
}

/** Where each run of the text that may open a phrase starts, by run (for the last long text asked about). */
function runsIn(text: string): Map<string, number[]> {
  if (text === runsOf) return runStarts;
  const at = new Map<string, number[]>();
  // RUN's matches.
  eachRun(text, runCharAt, (start, end) => {
    if (OPEN_SHAPES[runShape(text.charCodeAt(start), text.charCodeAt(end - 1), end - start)] === 0) return;
    const run = text.slice(start, end);
    const list = at.get(run);
    if (list) list.push(start);
    else at.set(run, [start]);
  });
  runsOf = text;
  runStarts = at;
  return at;
}

/**
 * Each phrase's first run and the length of what opens the phrase before it ("#gifted": "gifted",
 * 1), or null when some opening is not of fixed length (a space stands for any whitespace) or
 * holds a character outside the BMP.
 */
function openings(list: readonly string[]): Map<string, number[]> | null {
  const out = new Map<string, number[]>();
  for (const w of list) {
    const lower = w.toLowerCase();
    RUN.lastIndex = 0;
    const m = RUN.exec(lower);
    if (!m) return null;
    const lead = lower.slice(0, m.index);
    if (/\s|[\ud800-\udfff]/.test(lead)) return null;
    const leads = out.get(m[0]) ?? [];
    if (!leads.includes(lead.length)) leads.push(lead.length);
    out.set(m[0], leads);
  }
  for (const run of out.keys()) {
    OPEN_SHAPES[runShape(run.charCodeAt(0), run.charCodeAt(run.length - 1), run.length)] = 1;
    OPEN_RUNS.add(run);
  }
  // A text's runs kept before these openings were known may lack them.
  runsOf = undefined;
  return out;
}

/**
 * Each phrase's first run and the runs that follow it in the list's phrases ("the": "regulars",
 * "borderlines", …), or null when a phrase is that run alone: a start of the first run where the
 * text's next run is none of them cannot start a match (the phrase's characters between two runs
 * are neither letters nor digits, and its runs are whole runs of the text).
 */
function secondRuns(list: readonly string[]): Map<string, string[] | null> {
  const out = new Map<string, string[] | null>();
  for (const w of list) {
    const runs = w.toLowerCase().match(RUN);
    if (!runs) continue;
    const [first, second] = runs as [string, string | undefined];
    const seconds = out.get(first);
    if (second === undefined) out.set(first, null);
    else if (seconds === undefined) out.set(first, [second]);
    else if (seconds !== null && !seconds.includes(second)) seconds.push(second);
  }
  return out;
}

/** The text's next run of letters and digits at or after `end` is one of `seconds`. */
function nextRunIn(text: string, end: number, seconds: readonly string[]): boolean {
  let q = end;
  while (q < text.length && runCharAt(text, q) === 0) q++;
  for (const s of seconds) {
    const e = q + s.length;
    if (text.startsWith(s, q) && (e >= text.length || runCharAt(text, e) === 0)) return true;
  }
  return false;
}

// The starts startsIn collects, before they are sorted (reused, grown as needed).
let startsScratch = new Int32Array(1024);

/**
 * Offsets of a long text where one of the list's phrases may start, in order, each once. Sorted
 * as a typed array (numbers compared natively, where an array's sort calls back per comparison).
 */
function startsIn(text: string, open: Map<string, number[]>, next: Map<string, string[] | null>): Int32Array {
  const runs = runsIn(text);
  let n = 0;
  const collect = (run: string, at: readonly number[], leads: readonly number[]) => {
    if (n + at.length * leads.length > startsScratch.length) {
      const grown = new Int32Array(2 * (n + at.length * leads.length));
      grown.set(startsScratch.subarray(0, n));
      startsScratch = grown;
    }
    const seconds = next.get(run);
    for (const p of at) {
      if (seconds && !nextRunIn(text, p + run.length, seconds)) continue;
      for (const l of leads) if (p >= l) startsScratch[n++] = p - l;
    }
  };
  // The runs both maps hold, looked up from the smaller (a list of drugs opens with a thousand
  // runs; a draft holds a few hundred): the starts are sorted next, so the order does not matter.
  if (open.size <= runs.size) {
    for (const [run, leads] of open) {
      const at = runs.get(run);
      if (at) collect(run, at, leads);
    }
  } else {
    for (const [run, at] of runs) {
      const leads = open.get(run);
      if (leads) collect(run, at, leads);
    }
  }
  const out = startsScratch.slice(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || out[i] !== out[i - 1]) out[m++] = out[i]!;
  return out.subarray(0, m);
}

/**
 * The matches of a sticky regex at the starts given in ascending order, left to right as a scan
 * of the text finds them: a start inside the last match, or one that `notBefore` precedes, is skipped.
 */
export function* matchesAt(text: string, starts: ArrayLike<number>, sticky: RegExp, notBefore: RegExp): Generator<RegExpExecArray> {
  let from = 0;
  for (let i = 0; i < starts.length; i++) {
    const p = starts[i]!;
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m || !boundedBefore(text, p, notBefore)) continue;
    yield m;
    from = p + m[0].length;
  }
}

/** A match of the sticky regex at one of the starts (startsIn's, unordered), as a list of one, or none. */
function firstAnywhere(text: string, open: Map<string, number[]>, next: Map<string, string[] | null>, sticky: RegExp): RegExpExecArray[] {
  const runs = runsIn(text);
  const tryAt = (run: string, at: readonly number[], leads: readonly number[]): RegExpExecArray | null => {
    const seconds = next.get(run);
    for (const q of at) {
      if (seconds && !nextRunIn(text, q + run.length, seconds)) continue;
      for (const l of leads) {
        const p = q - l;
        if (p < 0) continue;
        sticky.lastIndex = p;
        const m = sticky.exec(text);
        if (m && boundedBefore(text, p, WORD_BEFORE)) return m;
      }
    }
    return null;
  };
  // From the smaller of the two maps, as startsIn.
  if (open.size <= runs.size) {
    for (const [run, leads] of open) {
      const at = runs.get(run);
      const m = at && tryAt(run, at, leads);
      if (m) return [m];
    }
  } else {
    for (const [run, at] of runs) {
      const leads = open.get(run);
      const m = leads && tryAt(run, at, leads);
      if (m) return [m];
    }
  }
  return [];
}

/**
 * Every match of `(?<!notBefore)re`, left to right, for `re` global and unicode with no match
 * empty: written this way, a pattern that would open with a look-behind lets the regex engine
 * skip ahead to where it can start.
 */
export function* boundedMatches(re: RegExp, text: string, notBefore: RegExp): Generator<RegExpExecArray> {
  for (let m = firstBounded(re, text, 0, notBefore); m; m = firstBounded(re, text, m.index + m[0].length, notBefore)) yield m;
}

/** Whether `(?<!notBefore)re` matches the text, for `re` global and unicode with no match empty. */
export function hasBounded(re: RegExp, text: string, notBefore: RegExp): boolean {
  return firstBounded(re, text, 0, notBefore) !== null;
}

export function lexicon(list: readonly string[]): Lexicon {
  const src = source(list);
  const id = register(list);
  if (id >= 0) {
    // Every phrase holds a letter or digit, so no match is empty.
    const unbounded = new RegExp(src.slice(NOT_BEFORE.length), 'gu');
    const sticky = new RegExp(src.slice(NOT_BEFORE.length), 'uy');
    const open = openings(list);
    const next = secondRuns(list);
    /** The matches from left to right, as the regex with its look-behind finds them; `first`: only the first. */
    const find = (lower: string, first: boolean): RegExpExecArray[] => {
      const found: RegExpExecArray[] = [];
      if (open && lower.length >= WINDOW_MIN) {
        // Whether there is a match: any start will do, in no order.
        if (first) return firstAnywhere(lower, open, next, sticky);
        for (const m of matchesAt(lower, startsIn(lower, open, next), sticky, WORD_BEFORE)) found.push(m);
        return found;
      }
      for (let m = firstBounded(unbounded, lower, 0); m; m = firstBounded(unbounded, lower, m.index + m[0].length)) {
        found.push(m);
        if (first) break;
      }
      return found;
    };
    return {
      test: (lower, flags) => mayMatch(id, lower, flags) && find(lower, true).length > 0,
      mayMatch: (lower, flags) => mayMatch(id, lower, flags),
      all(lower, flags) {
        if (!mayMatch(id, lower, flags)) return [];
        return find(lower, false).map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0].replace(/\s+/g, ' ').replace(/’/g, "'") }));
      },
    };
  }
  const one = new RegExp(src, 'u');
  const every = new RegExp(src, 'gu');
  return {
    test: (lower, flags) => mayMatch(id, lower, flags) && one.test(lower),
    mayMatch: (lower, flags) => mayMatch(id, lower, flags),
    all(lower, flags) {
      const out: Array<{ start: number; end: number; phrase: string }> = [];
      if (!mayMatch(id, lower, flags)) return out;
      every.lastIndex = 0;
      for (let m = every.exec(lower); m; m = every.exec(lower)) {
        if (m[0].length === 0) { every.lastIndex++; continue; }
        out.push({ start: m.index, end: m.index + m[0].length, phrase: m[0].replace(/\s+/g, ' ').replace(/’/g, "'") });
      }
      return out;
    },
  };
}
