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

/**
 * The boundary match at or after `from`, as the regex's global scan finds it: [start, end) and
 * the character after the clause (its first non-space character; "" for a line break), or null.
 */
export function boundaryAt(text: string, from: number): { start: number; end: number; next: string } | null {
  const n = text.length;
  for (let i = from; i < n; ) {
    const c = text.charCodeAt(i);
    // Most units are ASCII letters, digits or other characters no alternative opens with.
    if (c < 0x80 && !isStop(c) && c !== 44 && c !== 58 && c !== 32 && (c < 9 || c > 13)) {
      i++;
      continue;
    }
    if (isStop(c)) {
      let j = i + 1;
      while (j < n && isStop(text.charCodeAt(j))) j++;
      if (j === n || isSpace(text.charCodeAt(j))) return { start: i, end: j, next: text[i]! };
      // No start inside the run can match either: its every match would end where this one does.
      i = j;
      continue;
    }
    if ((c === 44 || c === 58) && i + 1 < n && isSpace(text.charCodeAt(i + 1))) return { start: i, end: i + 1, next: text[i]! };
    if (isSpace(c) && i + 2 < n && isDash(text.charCodeAt(i + 1)) && isSpace(text.charCodeAt(i + 2))) return { start: i, end: i + 3, next: text[i + 1]! };
    if (c === 0x2014) return { start: i, end: i + 1, next: '—' };
    if (c === 10) return { start: i, end: i + 1, next: '' };
    const p = pictographicAt(text, i);
    if (p) return { start: i, end: i + p, next: text[i]! };
    // The regex steps by code point.
    i += (c & 0xfc00) === 0xd800 && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return null;
}
const LEADING = /^(?:[\s"'“‘(]|@\w+[\s,:]*)+/;
const TRAILING_CHAR = /[\s"'”’)]/;
/** LEADING's first alternative: [\s"'“‘(]. */
const leadsOff = (c: number) => isSpace(c) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40;
const PROSE = /[\p{L}\p{N}]/u;

/** Length of the run of closing quotes, brackets and spaces at the end of text[from, to) (what /[\s"'”’)]+$/ matches). */
function trailing(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && TRAILING_CHAR.test(text[i - 1]!)) i--;
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
    const clause = text.slice(start, end);
    if (PROSE.test(clause)) out.push({ start, end, lower: lowerText === undefined ? clause.toLowerCase() : lowerText.slice(start, end), next, mention });
  };
  for (let m = boundaryAt(text, 0); m; m = boundaryAt(text, m.end)) {
    push(m.start, m.next);
    from = m.end;
  }
  push(text.length, '');
  return out;
}
