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

function explained(doc: Document, e: JargonEntry, start: number, end: number, spelled: Map<JargonEntry, boolean>): boolean {
  // Spelled out somewhere in the draft (looked up once per term), or explained in brackets beside it.
  let s = spelled.get(e);
  if (s === undefined) spelled.set(e, (s = doc.lower.includes(e.plain.toLowerCase())));
  if (s) return true;
  if (/^\s*\(/.test(doc.text.slice(end, end + 3))) return true;
  return /\(\s*$/.test(doc.text.slice(Math.max(0, start - 2), start)) && /^\s*\)/.test(doc.text.slice(end, end + 2));
}

export const rule: Rule = {
  id: 'clarity/jargon',
  category: 'clarity',
  severity: 'info',
  description: 'Clinical abbreviations and jargon a lay reader may not know (pt, HTN, MI, s/p, b/c…).',
  why: 'Patients, families and journalists read medical posts too; plain words travel further.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    const spelled = new Map<JargonEntry, boolean>();
    // Made at the first finding: most drafts have none.
    let starts: Set<number> | undefined;
    const push = (e: JargonEntry, start: number, end: number) => {
      if (inEntity(doc, start, end) || explained(doc, e, start, end, spelled)) return;
      // At the start of a sentence the plain words start with a capital ("Pt w/ …" → "Patient …").
      const first = (starts ??= new Set(doc.sentences.map((s) => s.start))).has(start);
      const plain = first ? e.plain.charAt(0).toUpperCase() + e.plain.slice(1) : e.plain;
      out.push({ start, end, message: `“${doc.text.slice(start, end)}” may be unclear: “${e.plain}”`, fix: { replacement: plain } });
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
    // Every slash term holds a "/" or an "&".
    if (slashed.length && (doc.text.includes('/') || doc.text.includes('&'))) for (const m of matchesNotAfter(doc.text, SLASHED, NOT_BEFORE_SLASHED)) push(slashedByLower.get(m[0].toLowerCase())!, m.index, m.index + m[0].length);
    for (const m of phrases) {
      const e = multiByLower.get(m.phrase);
      if (e) push(e, m.start, m.stop);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
