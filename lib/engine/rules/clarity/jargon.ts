// Unexplained clinical abbreviations and jargon, each with a plain alternative.
import { JARGON, type JargonEntry } from '../../data/jargon.ts';
import { lexemesOf } from '../../lexemes.ts';
import { buildPhraseIndex, findPhrases, inEntity, matchesNotAfter, wordFlags } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

// Single words go through Map look-ups; slash terms ("s/p", "w/") through one small regex,
// since the tokenizer splits on '/'; multi-word terms through the phrase index.
const exact = new Map<string, JargonEntry>();
const folded = new Map<string, JargonEntry>();
const slashed: JargonEntry[] = [];
const multi: JargonEntry[] = [];
for (const e of JARGON) {
  if (/[/&]/.test(e.term)) slashed.push(e);
  else if (/\s/.test(e.term)) multi.push(e);
  else if (e.caseSensitive) exact.set(e.term, e);
  else folded.set(e.term.toLowerCase(), e);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// What may not stand before a term is checked in code (matchesNotAfter): a leading look-behind
// and the unicode flag would make this scan run at every position of the text.
const SLASHED = new RegExp(`(?:${slashed.map((e) => escape(e.term)).join('|')})(?![A-Za-z\\u00C0-\\u024F0-9/&])`, 'gi');
const NOT_BEFORE_SLASHED = /[\p{L}\p{N}/&]/u;
const slashedByLower = new Map(slashed.map((e) => [e.term.toLowerCase(), e]));
const MULTI = buildPhraseIndex(multi.map((e) => e.term));
const multiByLower = new Map(multi.map((e) => [e.term.toLowerCase(), e]));

// Which words may be a term, by their number among the phrase indexes' first words (phrases.ts
// numbers a document's words once for every index): one array read per word, and the maps are
// probed only for the few that may. A word's lower case is one word as the tokenizer cuts them,
// so a key that is not could never be found and is left out; a case-sensitive term (ASCII) is
// marked by its lower case, which the word's must then be.
const FOLDED = 1;
const EXACT = 2;
const lower = (keys: Iterable<string>) => [...keys].map((k) => k.toLowerCase());
const WORD_BITS = wordFlags([
  [lower(folded.keys()), FOLDED],
  [lower(exact.keys()), EXACT],
]);
// A case-sensitive term outside ASCII could lower-case otherwise in a word: then every word is tried.
const EXACT_ANY = [...exact.keys()].some((k) => [...k].some((c) => c.charCodeAt(0) > 127)) ? EXACT : 0;

// "Is the plain wording already in the draft" is a search of the whole text per term: on a long
// draft with many terms, one pass finds every plain wording at once. A position is tried only
// when its first three units hash as those of some plain wording do (a 64K-entry table).
const PLAINS = [...new Set(JARGON.map((e) => e.plain.toLowerCase()))];
const plainOf = new Map(JARGON.map((e) => [e, PLAINS.indexOf(e.plain.toLowerCase())]));
const opening = (a: number, b: number, c: number) => (a * 961 + b * 31 + c) & 0xffff;
const OPENING_HEAD = new Int16Array(1 << 16).fill(-1);
const OPENING_NEXT = new Int16Array(PLAINS.length).fill(-1);
// The same hashes as a bit each (8 KB, where the table is 128 KB): read at every position of the
// text, it stays in the nearest cache, and the table is read only at the few whose bit is set.
const OPENING_ANY = new Int32Array(1 << 11);
PLAINS.forEach((p, i) => {
  // Every plain wording has three units or more (tests/engine/rules/clarity/jargon.test.ts).
  const k = opening(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2));
  OPENING_NEXT[i] = OPENING_HEAD[k]!;
  OPENING_HEAD[k] = i;
  OPENING_ANY[k >>> 5]! |= 1 << (k & 31);
});
/** Per plain wording, whether the text holds it: text.includes(plain) for each, in one pass. */
function plainsIn(text: string): Uint8Array {
  const found = new Uint8Array(PLAINS.length);
  const n = text.length - 2;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i + 2);
    const k = opening(a, b, c);
    if ((OPENING_ANY[k >>> 5]! >>> (k & 31)) & 1)
      for (let h = OPENING_HEAD[k]!; h >= 0; h = OPENING_NEXT[h]!) if (found[h] === 0 && text.startsWith(PLAINS[h]!, i)) found[h] = 1;
    a = b;
    b = c;
  }
  return found;
}
// With fewer plain wordings to look for, or on a short draft, a search for each costs less.
const ONE_PASS_PLAINS = 12;
const ONE_PASS_LENGTH = 2000;

// Per plain wording, whether the draft being checked spells it out: 1 yes, 2 no, valid when its
// mark is the current check's (module-level and reused: a typed array per check costs more
// than the look-ups it saves on a short draft).
const spelled = new Uint8Array(PLAINS.length);
const spelledIn = new Int32Array(PLAINS.length);
let check = 0;

/** Marks every plain wording at once on a long draft with many plain wordings to look for. */
function spellAll(lower: string, terms: readonly JargonEntry[]): void {
  if (lower.length < ONE_PASS_LENGTH || terms.length < ONE_PASS_PLAINS) return;
  let distinct = 0;
  for (const e of terms) {
    const p = plainOf.get(e)!;
    if (spelledIn[p] !== -check) {
      spelledIn[p] = -check;
      distinct++;
    }
  }
  if (distinct < ONE_PASS_PLAINS) return;
  const all = plainsIn(lower);
  spelled.set(all);
  for (let p = 0; p < PLAINS.length; p++) {
    if (spelled[p] === 0) spelled[p] = 2;
    spelledIn[p] = check;
  }
}

/** Whether the draft spells out plain wording p (text.includes, once per check). */
function spelledOut(lower: string, p: number): boolean {
  if (spelledIn[p] !== check) {
    spelled[p] = lower.includes(PLAINS[p]!) ? 1 : 2;
    spelledIn[p] = check;
  }
  return spelled[p] === 1;
}

/** Some sentence of the document starts at `at` (binary search: sentences are in order). */
function opensSentence(doc: Document, at: number): boolean {
  const sentences = doc.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!.start;
    if (s === at) return true;
    if (s < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** What \s matches among the characters bracketed() looks at (any space before a bracket). */
const isSpace = (c: number) => /\s/.test(String.fromCharCode(c));

/** text[from, to) is spaces and then `bracket` (what /^\s*\(/ finds in text.slice(from, to)). */
function spacesThen(text: string, from: number, to: number, bracket: number): boolean {
  for (let i = from; i < Math.min(to, text.length); i++) {
    const c = text.charCodeAt(i);
    if (c === bracket) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** text[from, to) ends with `(` and then spaces (what /\(\s*$/ finds in text.slice(from, to)). */
function bracketThenSpaces(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 40) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** Explained in brackets beside it: "MI (heart attack)", "(MI)". */
function bracketed(doc: Document, start: number, end: number): boolean {
  if (spacesThen(doc.text, end, end + 3, 40)) return true;
  return bracketThenSpaces(doc.text, Math.max(0, start - 2), start) && spacesThen(doc.text, end, end + 2, 41);
}

// The characters before each slash term's first "/" or "&", in either case (SLASHED ignores case,
// ASCII only): every match has one of them before a "/" or "&" (N/V, w/, L&D). null: some term
// opens with the sign, and any sign may start one.
const SLASH_LEAD: Set<number> | null = slashed.every((e) => e.term.search(/[/&]/) > 0)
  ? new Set(slashed.flatMap((e) => {
    const c = e.term.charAt(e.term.search(/[/&]/) - 1);
    return [c.toLowerCase().charCodeAt(0), c.toUpperCase().charCodeAt(0)];
  }))
  : null;
function maySlash(text: string): boolean {
  for (const sign of ['/', '&']) for (let i = text.indexOf(sign); i >= 0; i = text.indexOf(sign, i + 1)) if (!SLASH_LEAD || (i > 0 && SLASH_LEAD.has(text.charCodeAt(i - 1)))) return true;
  return false;
}

export const rule: Rule = {
  id: 'clarity/jargon',
  category: 'clarity',
  severity: 'info',
  description: 'Clinical abbreviations and jargon a lay reader may not know (pt, HTN, MI, s/p, b/c…).',
  why: 'Patients, families and journalists read medical posts too; plain words travel further.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    // The terms outside entities, in the order found; then those not explained are reported.
    const terms: JargonEntry[] = [];
    const spans: number[] = [];
    const push = (e: JargonEntry, start: number, end: number) => {
      if (inEntity(doc, start, end)) return;
      terms.push(e);
      spans.push(start, end);
    };
    // First: it numbers the document's words (see WORD_BITS).
    const phrases = findPhrases(doc, MULTI);
    const lexemes = lexemesOf(doc);
    const words = doc.words;
    for (let i = 0; i < words.length; i++) {
      const id = lexemes[i]!.firstId;
      const bits = (id >= 0 && id < WORD_BITS.length ? WORD_BITS[id]! : 0) | EXACT_ANY;
      if (bits === 0) continue;
      const w = words[i]!;
      const e = ((bits & EXACT) !== 0 ? exact.get(w.text) : undefined) ?? ((bits & FOLDED) !== 0 ? folded.get(w.lower) : undefined);
      if (e) push(e, w.start, w.end);
    }
    // Every slash term holds a letter before a "/" or an "&".
    if (slashed.length && maySlash(doc.text)) for (const m of matchesNotAfter(doc.text, SLASHED, NOT_BEFORE_SLASHED)) push(slashedByLower.get(m[0].toLowerCase())!, m.index, m.index + m[0].length);
    for (const m of phrases) {
      const e = multiByLower.get(m.phrase);
      if (e) push(e, m.start, m.stop);
    }
    if (!terms.length) return out;
    // Spelled out somewhere in the draft (looked up once per plain wording), or explained beside it.
    check++;
    spellAll(doc.lower, terms);
    for (let t = 0; t < terms.length; t++) {
      const e = terms[t]!;
      const start = spans[2 * t]!;
      const end = spans[2 * t + 1]!;
      if (spelledOut(doc.lower, plainOf.get(e)!) || bracketed(doc, start, end)) continue;
      // At the start of a sentence the plain words start with a capital ("Pt w/ …" → "Patient …").
      const plain = opensSentence(doc, start) ? e.plain.charAt(0).toUpperCase() + e.plain.slice(1) : e.plain;
      out.push({ start, end, message: `“${doc.text.slice(start, end)}” may be unclear: “${e.plain}”`, fix: { replacement: plain } });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
