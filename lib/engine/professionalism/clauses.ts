// Clauses: the units advice, claims and promotion are judged in. A post on X runs its thoughts
// together with commas, dashes and emoji as often as with full stops, so all of them end a clause.
import { characterClass } from '../phrases.ts';

export interface Clause {
  start: number;
  end: number;
  /** text.slice(start, end), lower-cased. */
  lower: string;
  /** The character after the clause ("?" marks a question). */
  next: string;
  /** The clause opens with an @handle ("Thanks all. @bob you need…"): it is addressed to someone. */
  mention: boolean;
  /** The word lists that may match `lower` (lexicon.ts's listFlags), once a rule has asked. */
  flags: Uint8Array | undefined;
  /** The cue bits of the words the clause holds (candidates.ts), once a rule has asked. */
  bits: number | undefined;
}

// A stop, ? or ! before a space or the end; ; : , before a space; a dash between spaces; an em
// dash; a line break; an emoji or an arrow: what
//   /[.!?;]+(?=\s|$)|[,:](?=\s)|\s[-–—]\s|—|\n|[\p{Extended_Pictographic}\u2190-\u21ff\u2b00-\u2bff]/gu
// matches, found by one scan by hand (boundaryAt): the regex tried the emoji class at every
// position. scripts/bench/equivalence.ts checks the two agree.
const pictographic = characterClass(/^[\p{Extended_Pictographic}\u2190-\u21ff\u2b00-\u2bff]$/u);

/** What the regex's \s matches (with the u flag). */
export function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Length of the emoji or arrow code point at i (2 for a surrogate pair), or 0. */
function pictographicAt(text: string, i: number): number {
  return text.charCodeAt(i) < 0xa9 ? 0 : pictographic(text, i);
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 59;
const isDash = (c: number) => c === 45 || c === 0x2013 || c === 0x2014;

// What an ASCII character may open: 0 nothing, 1 a run of stops, 2 a comma or colon before a
// space, 3 a space (before a dash and a space) or a line break. One look-up per character.
const ASCII_OPENS = new Uint8Array(128);
for (const c of [46, 33, 63, 59]) ASCII_OPENS[c] = 1;
ASCII_OPENS[44] = ASCII_OPENS[58] = 2;
for (const c of [9, 10, 11, 12, 13, 32]) ASCII_OPENS[c] = 3;

/**
 * The boundary match at or after `from`, as the regex's global scan finds it: [start, end) and
 * the character after the clause (its first non-space character; "" for a line break), or null.
 */
// The characters a boundary can start at: a stop, comma, colon or line break; a space before a
// dash; anything outside ASCII (a space, an em dash, an emoji or an arrow). The scan jumps from
// one to the next (the regex engine skips the letters in between far faster than a loop).
const OPENER = /[.!?;,:\n]|[\t-\r ][-\u2013\u2014]|[\u0080-\uffff]/g;
/** OPENER's [\t-\r ]. */
const isOpenerSpace = (c: number) => (c >= 9 && c <= 13) || c === 32;

export function boundaryAt(text: string, from: number): { start: number; end: number; next: string } | null {
  const n = text.length;
  for (let i = from; i < n; ) {
    OPENER.lastIndex = i;
    // test() makes no match object: where the match starts is read back from where it ends. A
    // dash ends a match of the space-and-dash alternative when a space stands before it, at or
    // after where the scan began (it starts one unit earlier than the dash's own, so the scan
    // meets it first).
    if (!OPENER.test(text)) return null;
    const e = OPENER.lastIndex;
    const d = text.charCodeAt(e - 1);
    i = e - 2 >= i && (d === 45 || d === 0x2013 || d === 0x2014) && isOpenerSpace(text.charCodeAt(e - 2)) ? e - 2 : e - 1;
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // Most units are ASCII letters, digits or other characters no alternative opens with.
      const opens = ASCII_OPENS[c]!;
      if (opens === 0) {
        i++;
        continue;
      }
      if (opens === 1) {
        let j = i + 1;
        while (j < n && isStop(text.charCodeAt(j))) j++;
        if (j === n || isSpace(text.charCodeAt(j))) return { start: i, end: j, next: text[i]! };
        // No start inside the run can match either: its every match would end where this one does.
        i = j;
        continue;
      }
      if (opens === 2) {
        if (i + 1 < n && isSpace(text.charCodeAt(i + 1))) return { start: i, end: i + 1, next: text[i]! };
        i++;
        continue;
      }
      if (i + 2 < n && isDash(text.charCodeAt(i + 1)) && isSpace(text.charCodeAt(i + 2))) return { start: i, end: i + 3, next: text[i + 1]! };
      if (c === 10) return { start: i, end: i + 1, next: '' };
      i++;
      continue;
    }
    if (isSpace(c) && i + 2 < n && isDash(text.charCodeAt(i + 1)) && isSpace(text.charCodeAt(i + 2))) return { start: i, end: i + 3, next: text[i + 1]! };
    if (c === 0x2014) return { start: i, end: i + 1, next: '—' };
    const p = pictographicAt(text, i);
    if (p) return { start: i, end: i + p, next: text[i]! };
    // The regex steps by code point.
    i += (c & 0xfc00) === 0xd800 && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return null;
}
const LEADING = /^(?:[\s"'“‘(]|@\w+[\s,:]*)+/;
/** What /[\s"'”’)]/ matches. */
const trails = (c: number) => isSpace(c) || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41;
/** LEADING's first alternative: [\s"'“‘(]. */
const leadsOff = (c: number) => isSpace(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40;
// What /[\p{L}\p{N}]/u finds in a clause, looked for in place (no slice, no regex).
const prose = characterClass(/^[\p{L}\p{N}]$/u);

/** text.slice(start, end) holds a letter or a digit. */
function hasProse(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
      continue;
    }
    // A pair cut by the end is a lone surrogate in the slice, no letter.
    if ((c & 0xfc00) === 0xd800 && i + 1 === end) return false;
    if (prose(text, i) > 0) return true;
  }
  return false;
}

/** Length of the run of closing quotes, brackets and spaces at the end of text[from, to) (what /[\s"'”’)]+$/ matches). */
function trailing(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && trails(text.charCodeAt(i - 1))) i--;
  return to - i;
}

/**
 * The clauses of the text. `lowerText`, when given, is text.toLowerCase() and lower-cases every
 * clause alike (the caller checks: same length, no capital sigma), and each clause's lower case
 * is cut from it instead of made anew.
 */
export function splitClauses(text: string, lowerText?: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const push = (to: number, next: string) => {
    // LEADING's match, found by hand while it holds no "@" (spaces, quotes, brackets); from an "@"
    // on, by the regex itself.
    let lead = 0;
    while (from + lead < to && leadsOff(text.charCodeAt(from + lead))) lead++;
    let mention = false;
    if (from + lead < to && text.charCodeAt(from + lead) === 64) {
      const leading = LEADING.exec(text.slice(from, to))?.[0] ?? '';
      lead = leading.length;
      mention = leading.includes('@');
    }
    const start = from + lead;
    const end = to - trailing(text, start, to);
    if (end <= start) return;
    if (hasProse(text, start, end)) out.push({ start, end, lower: lowerText === undefined ? text.slice(start, end).toLowerCase() : lowerText.slice(start, end), next, mention, flags: undefined, bits: undefined });
  };
  for (let m = boundaryAt(text, 0); m; m = boundaryAt(text, m.end)) {
    push(m.start, m.next);
    from = m.end;
  }
  push(text.length, '');
  return out;
}
