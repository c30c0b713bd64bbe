// The cues a privacy candidate is weighed by: which rule proposed it and how (its message, its
// quasi kind), the shape and lexicon classes of its words, the classes of the words beside it,
// and the kind of post it sits in. Features are class names, never the words of a draft, so the
// fitted weights carry over to posts the model never saw. One pass over the candidates; each
// candidate looks at a fixed window of words, so the cost stays linear in the draft.
import { DEMONYMS } from '../data/demonyms.ts';
import { entityAt, perDocument, startsSentence, toSet, wordIndexAt } from '../phrases.ts';
import type { Document, RawFinding, Rule } from '../types.ts';
import {
  COMMON_WORDS,
  EPONYM_SET,
  FIRST_NAMES,
  GIVEN_NAME,
  HISTORICAL,
  MONTHS_AND_DAYS,
  nameClass,
  PATIENT_TITLES,
  PLACE_WORDS,
  PROFESSIONAL_TITLES,
  REGIONS,
  RELATIVES,
  STAFF,
} from './name-lexicon.ts';
import { DRAFT_CUES, FICTION_PHRASES, FICTION_WORDS, WINDOW_CLASSES } from '../data/privacy-cues.ts';
import { byWordNumber, numberedLexemes } from './word-numbers.ts';
import type { Lexeme } from '../lexemes.ts';
import { cueName, cueNumber } from './model.ts';

/**
 * A candidate and its cues. Each cue counts 1 as itself and again crossed with the candidate's
 * rule and with its kind of detail ("patient-name&pw:title", "g.name&pw:title"); the crossed names
 * are only spelled out on demand (`featureNames`), since the model looks crossed weights up by rule.
 * Cues are kept by their numbers (model.ts cueNumber): the model reads its sums by number.
 */
export interface Candidate {
  readonly rule: Rule;
  readonly raw: RawFinding;
  /** Cues of the rule itself, never crossed: bias, rule, message, kind. */
  readonly base: readonly number[];
  /** Cues of the span and the words around it. */
  readonly local: readonly number[];
  /** Cues of the draft (shared by its candidates), by name and by number. */
  readonly draft: readonly string[];
  readonly draftCues: readonly number[];
  /** The rule's id without "privacy/", and its kind of detail as "g.<kind>": the two prefixes of crossed cues. */
  readonly prefix: string;
  readonly group: string;
}

/** Every feature name of a candidate, crossed ones spelled out (for the fitting and developers' scripts: the extension never spells them). */
export function featureNames(c: Candidate): string[] {
  const { prefix, group, draft } = c;
  const local = c.local.map(cueName);
  const names = [...c.base.map(cueName), ...local, ...draft];
  for (const p of [prefix, group]) for (const x of [...local, ...draft]) names.push(`${p}&${x}`);
  return names;
}

const DEMONYM_SET = toSet(DEMONYMS);
const TITLES = toSet([...PATIENT_TITLES]);
const WINDOW = new Map<string, string>();
for (const [cls, words] of Object.entries(WINDOW_CLASSES)) for (const w of words) if (!WINDOW.has(w)) WINDOW.set(w, cls);
const DRAFT = new Map<string, string>();
for (const [cls, words] of Object.entries(DRAFT_CUES)) for (const w of words) DRAFT.set(w, cls);

const DIGITS = /^\d+$/;

/** The draft says its case is invented ("made up", "fictional", an OSCE station): no floors apply. Once per document. */
export const fictional: (doc: Document) => boolean = perDocument(
  (doc) => FICTION_PHRASES.some((p) => doc.lower.includes(p)) || numberedLexemes(doc).some((x) => cueOf(x).fiction),
);

// The class a list gives a word, by the word's number (word-numbers.ts): an array read where
// classOf asked five lists.
const LISTED_BY_NUMBER = byWordNumber([...WINDOW.keys(), ...TITLES, ...PROFESSIONAL_TITLES, ...STAFF, ...RELATIVES, ...MONTHS_AND_DAYS], (l) =>
  WINDOW.get(l) ?? (TITLES.has(l) ? 'title' : PROFESSIONAL_TITLES.has(l) || STAFF.has(l) ? 'staff' : RELATIVES.has(l) ? 'relative' : MONTHS_AND_DAYS.has(l) ? 'calendar' : undefined),
);

/** The class of word i: a cue class, a lexicon class, or its shape; `id`: its number (word-numbers.ts). */
function classOf(doc: Document, i: number, id: number): string {
  const w = doc.words[i]!;
  const l = w.lower;
  const listed = id < 0 ? undefined : LISTED_BY_NUMBER[id];
  if (listed) return listed;
  if (DIGITS.test(l)) return l.length <= 3 ? 'num' : 'longnum';
  // (A given name by nameClass: the rules have just asked it of the draft's capitalised words, and
  // its small table of them answers where the big list of names would be read again.)
  if (w.shape === 'cap') return nameClass(l) & GIVEN_NAME ? 'capname' : 'cap';
  return w.shape;
}

/** Lexicon classes of a word, as cue numbers ("lx:given"), looked up in the lists (kept on the word's lexeme: the same word gives the same list). */
function lookUpLexicon(l: string): readonly number[] {
  // Only a word that starts with a letter has any (lower-casing keeps a letter a letter, and any other character what it is).
  if (!LETTER.test(l)) return [];
  const base = l.endsWith("'s") ? l.slice(0, -2) : l;
  const out: string[] = [];
  const given = FIRST_NAMES.has(base);
  const common = COMMON_WORDS.has(base);
  const region = REGIONS.has(base);
  if (given) out.push('lx:given');
  if (common) out.push('lx:common');
  if (MONTHS_AND_DAYS.has(base)) out.push('lx:calendar');
  if (region) out.push('lx:region');
  if (PLACE_WORDS.has(base)) out.push('lx:placeword');
  if (EPONYM_SET.has(base)) out.push('lx:eponym');
  if (HISTORICAL.has(base)) out.push('lx:historical');
  if (DEMONYM_SET.has(base)) out.push('lx:demonym');
  else if (!given && !common && !region) out.push('lx:unknown');
  return out.map(cueNumber);
}

const TIME = '\\d{1,2}(?::\\d\\d)? ?(?:[ap]\\.?m\\.?)?';
const DAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?';
// A time slot or a span of days, read from its dash (sticky): what comes before the dash is a
// look-behind, so the text is searched for dashes, not tried at every character.
const SLOT = new RegExp(`(?:(?<=\\b\\d{1,2}(?::\\d\\d ?(?:[ap]\\.?m\\.?)?| ?[ap]\\.?m\\.?) ?)[–-] ?${TIME}|(?<=\\b${DAY} ?)[–-] ?${DAY})(?![\\p{L}\\d])`, 'iuy');

/** Opening hours or a time slot ("9am–1pm", "8:00–17:00", "Mon–Fri", "24/7"). */
function schedule(text: string): boolean {
  for (const dash of ['-', '–']) {
    for (let i = text.indexOf(dash); i >= 0; i = text.indexOf(dash, i + 1)) {
      SLOT.lastIndex = i;
      if (SLOT.test(text)) return true;
    }
  }
  return text.includes('24/7') && /\b24\/7(?![\p{L}\d])/iu.test(text);
}

// A draft's cue classes are a bit mask, a bit per class numbered on first sight (28 classes: one
// 31-bit mask holds them; more would need a second mask), so that its draft cues are found again
// by a number (candidateFeatures).
const CUE_NAMES: string[] = [];
const CUE_BIT = new Map<string, number>();
function cue(c: string): number {
  let b = CUE_BIT.get(c);
  if (b === undefined) {
    CUE_BIT.set(c, (b = 1 << CUE_NAMES.length));
    CUE_NAMES.push(c);
  }
  return b;
}

/** Draft-level cue classes: the kind of post (a greeting, a teaching case, a notice, another language…); `m`: those of its words (sentenceCues). */
function draftCues(doc: Document, m: number): number {
  const { text, context } = doc;
  if (context.patientCase) m |= cue('case');
  if (context.announcement) m |= cue('notice');
  if (context.selfStory) m |= cue('self');
  for (const e of doc.entities) if (e.kind === 'mention' || e.kind === 'hashtag') m |= cue(e.kind);
  if (text.includes('?')) m |= cue('question');
  // A year before 2000: history, or a patient's date of birth; the weights sort out which.
  // (Each pattern below only where the text holds what every match starts with.)
  const one = text.includes('1');
  if (one && /\b1[5-9]\d\d\b/.test(text)) m |= cue('oldyear');
  // Before 1950, or a life's span of years ("(1949–2024)"): a history or a tribute, not a case.
  if ((one || text.includes('20')) && /\b(?:1[5-8]\d\d|19[0-4]\d)\b|\b(?:19|20)\d\d ?[–-] ?(?:19|20)\d\d\b/.test(text)) m |= cue('history');
  // Opening hours or a time slot ("9am–1pm", "8:00–17:00", "Mon–Fri", "24/7"): a notice or an event, rarely a case.
  if (schedule(text)) m |= cue('schedule');
  // The draft says its case is invented: a teaching vignette, an OSCE station, a simulation.
  if (fictional(doc)) m |= cue('invented');
  if ((text.includes('Dr') || text.includes('Prof')) && /\b(?:Dr|Prof)\.? \p{Lu}/u.test(text)) m |= cue('drtitle');
  // A colleague remembered, thanked or sent off: a title, credential or staff role with a loss or thanks cue.
  // (The words are scanned for a staff role only in a draft with a loss or thanks cue.)
  if (m & (cue('loss') | cue('thanks')) && (m & (cue('drtitle') | cue('credential')) || doc.words.some((w) => STAFF.has(w.lower) || PROFESSIONAL_TITLES.has(w.lower)))) m |= cue('tribute');
  if (doc.words.length < 25) m |= cue('short');
  else if (doc.words.length > 60) m |= cue('long');
  return m;
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

// Punctuation classes by character (PUNCT_CHARS[k] is of class PUNCT_CLASSES[k]).
const PUNCT_CHARS = '\n,;([)]—–-.!?…:\'"‘’“”';
const PUNCT_CLASSES = 'line comma comma open open close close dash dash dash stop stop stop stop colon quote quote quote quote quote quote'.split(' ');

/** The punctuation right before or after a candidate, as a class. */
function punct(s: string, before: boolean): string {
  const t = before ? s.trimEnd() : s.trimStart();
  if (!t) return 'edge';
  const c = before ? t.charAt(t.length - 1) : t.charAt(0);
  // (A character, never '': indexOf('') would be 0.)
  const k = PUNCT_CHARS.indexOf(c);
  if (k >= 0) return PUNCT_CLASSES[k]!;
  if (PICTOGRAPHIC.test(c)) return 'emoji';
  return s === t ? 'glued' : 'space';
}

// Rules that propose the same kind of detail: a cue crossed with the kind is shared by all its
// rules, so a rule with few candidates still learns what a cue means for its kind of detail.
const KIND_OF_RULE: Readonly<Record<string, string>> = {
  'patient-name': 'name', 'proper-noun': 'name', mention: 'name', 'patient-handle': 'name', 'notable-person': 'name',
  'encounter-date': 'time', occasion: 'time',
  'age-over-89': 'age', 'exact-age': 'age', 'bare-age': 'age',
  place: 'place', 'room-number': 'place', 'unit-location': 'place', postcode: 'place', 'local-event': 'place',
  contact: 'code', 'record-number': 'code', 'grouped-number': 'code',
};

/** The kind of detail a privacy rule proposes (draft-stop.ts KINDS), by rule id without "privacy/". */
export const kindOfRule = (r: string): string => KIND_OF_RULE[r] ?? 'quasi';

// A rule's id without "privacy/" and its kind as "g.<kind>", made once per rule: the model looks
// them up in its maps for every candidate, and a string made afresh is hashed afresh. With the
// rule's own cues (baseOf), by kind and message.
interface RuleCues {
  readonly r: string;
  readonly group: string;
  readonly bases: Map<string, Map<string, readonly number[]>>;
}
const prefixes = new Map<string, RuleCues>();
function prefixesOf(id: string): RuleCues {
  let p = prefixes.get(id);
  if (!p) {
    const r = id.slice('privacy/'.length);
    // (Rule ids are the rules' own: a few dozen.)
    prefixes.set(id, (p = { r, group: `g.${kindOfRule(r)}`, bases: new Map() }));
  }
  return p;
}

const bucket = (n: number, top: number) => (n >= top ? `${top}+` : String(n));

// Window classes that also count as cues of the candidate's own sentence.
const SENTENCE_CLASSES = new Set(['patient', 'encounter', 'pronoun', 'age', 'unit', 'family', 'event', 'greet', 'praise', 'credential', 'strong']);

// A sentence's cues are a bit mask, bit k for SENTENCE_CUES[k] (26 names, 'foreign' among them but
// never set: it fits in 31 bits). The names are sorted, so reading the bits in order gives them sorted.
const SENTENCE_CUES = [...new Set([...Object.keys(DRAFT_CUES), ...SENTENCE_CLASSES, 'title', 'myrelative'])].sort();
const cueBit = (c: string) => 1 << SENTENCE_CUES.indexOf(c);
const MY_RELATIVE = cueBit('myrelative');
// What sentenceCues and fictional read of a listed word, by its number (word-numbers.ts): its
// draft cue class's bit (cue()), its sentence cue bits and whether it says the case is invented,
// an array read where each word asked four lists.
const CUES_BY_NUMBER = byWordNumber([...DRAFT.keys(), ...WINDOW.keys(), ...TITLES, ...FICTION_WORDS], (w) => {
  const d = DRAFT.get(w);
  const c = WINDOW.get(w);
  return { draft: d && cue(d), bits: (d && d !== 'foreign' ? cueBit(d) : 0) | (c && SENTENCE_CLASSES.has(c) ? cueBit(c) : 0) | (TITLES.has(w) ? cueBit('title') : 0), fiction: FICTION_WORDS.includes(w) };
});
const NO_CUE: (typeof CUES_BY_NUMBER)[number] = { draft: undefined, bits: 0, fiction: false };
/** CUES_BY_NUMBER of a word, kept on its lexeme (the record a pass has just read): no table read per word. */
const cueOf = (x: Lexeme) => (x.cue ??= (x.firstId < 0 ? undefined : CUES_BY_NUMBER[x.firstId]) ?? NO_CUE) as typeof NO_CUE;

// The cues of a sentence's mask, named, prefixed and numbered: made once per mask, not per sentence.
const cuesOfMask = new Map<number, readonly number[]>();
function sentenceTags(mask: number): readonly number[] {
  let tags = cuesOfMask.get(mask);
  if (!tags) {
    tags = SENTENCE_CUES.filter((_, k) => mask & (1 << k)).map((c) => cueNumber(`s:${c}`));
    // Masks met are a few hundred at most; a cap keeps odd input from growing it.
    if (cuesOfMask.size < 5000) cuesOfMask.set(mask, tags);
  }
  return tags;
}

const FOREIGN = cue('foreign');

/**
 * Cue classes of each sentence: the same cue counts more in the candidate's own sentence. In the
 * same pass, the draft cue classes of all its words: returns their mask ('foreign' from three foreign words).
 */
function sentenceCues(doc: Document, out: Array<readonly number[]>): number {
  const masks = doc.sentences.map(() => 0);
  const { words } = doc;
  const lexemes = numberedLexemes(doc);
  let foreign = 0;
  let draft = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const cue = cueOf(lexemes[i]!);
    const d = cue.draft;
    if (d === FOREIGN) foreign++;
    else if (d) draft |= d;
    const mask = masks[w.sentence];
    if (mask === undefined) continue;
    // "my grandma", "my dad": the author's own relative, not a patient.
    const mine = w.lower === 'my' && i + 1 < words.length && RELATIVES.has(words[i + 1]!.lower);
    masks[w.sentence] = mask | (mine ? MY_RELATIVE : 0) | cue.bits;
  }
  for (const mask of masks) out.push(sentenceTags(mask));
  return foreign >= 3 ? draft | FOREIGN : draft;
}

// A cue's number (model.ts cueNumber) by its prefix and value: the name is spelled out once, not
// rebuilt from its parts for every candidate.
// (By prefix in an object: the prefixes are the few written below, each a property read once inlined.)
const interned: Record<string, Map<string, number>> = {};
function tag(prefix: string, value: string): number {
  const byValue = (interned[prefix] ??= new Map());
  let n = byValue.get(value);
  // (Values are classes, shapes and entity kinds: a few dozen at most.)
  if (n === undefined) byValue.set(value, (n = cueNumber(prefix + value)));
  return n;
}

// The cues of a rule itself (bias, rule, rule and kind, message, kind) are the same for every
// candidate with the same rule, kind and message: made once, shared (Candidate.base is read-only).
function baseOf(rule: RuleCues, kind: string, message: string): readonly number[] {
  const { r, bases } = rule;
  let byMessage = bases.get(kind);
  if (!byMessage) bases.set(kind, (byMessage = new Map()));
  let base = byMessage.get(message);
  if (!base) {
    base = [BIAS, cueNumber(`r:${r}`), cueNumber(`r:${r}|${kind}`), cueNumber(`m:${r}|${message}`), cueNumber(`k:${kind}`)];
    // Messages are the rules' own strings: a few hundred at most; a cap keeps odd input from growing it.
    if (byMessage.size < 500) byMessage.set(message, base);
  }
  return base;
}

const BIAS = cueNumber('bias');
const SENTENCE_START = cueNumber('sentencestart');

// A draft's cues by name and by number (Candidate.draft, draftCues).
const drafts = new Map<number, { names: string[]; numbers: number[] }>();

/** Features of every privacy candidate in a document; `wordBucket`: 0 to 5. */
export function candidateFeatures(doc: Document, found: Array<{ rule: Rule; raw: RawFinding }>, wordBucket: number): Candidate[] {
  if (!found.length) return [];
  const perSentence: Array<readonly number[]> = [];
  const cues = draftCues(doc, sentenceCues(doc, perSentence));
  // The class of a word beside a candidate, once per word of the draft (candidates share neighbours).
  const classes = new Array<string | undefined>(doc.words.length);
  const lexemes = numberedLexemes(doc);
  const classAt = (i: number) => (i < 0 || i >= doc.words.length ? 'none' : (classes[i] ??= classOf(doc, i, lexemes[i]!.firstId)));
  const quasiKinds = new Set<string>();
  const rulesFired = new Set<string>();
  let directs = 0;
  for (const { rule, raw } of found) {
    rulesFired.add(rule.id);
    if (raw.quasi) quasiKinds.add(raw.quasi);
    else if (!raw.companion && (raw.severity ?? rule.severity) === 'block') directs++;
  }
  // The draft's cues, by a number of what they say: drafts alike (a keystroke's) share one array.
  const key = cues * 480 + ((Math.min(quasiKinds.size, 3) * 5 + Math.min(rulesFired.size, 4)) * 4 + Math.min(directs, 3)) * 6 + wordBucket;
  let d = drafts.get(key);
  if (!d) {
    const names = CUE_NAMES.filter((_, k) => cues & (1 << k))
      .sort()
      .map((c) => `d:${c}`);
    names.push(`nq:${bucket(quasiKinds.size, 3)}`, `nr:${bucket(rulesFired.size, 4)}`, `nd:${bucket(directs, 3)}`, `dw:${wordBucket}`);
    d = { names, numbers: names.map(cueNumber) };
    if (drafts.size >= 5000) drafts.clear();
    drafts.set(key, d);
  }
  const { names: draft, numbers } = d;
  return found.map(({ rule, raw }) => {
    const ruleCues = prefixesOf(rule.id);
    const sev = raw.severity ?? rule.severity;
    const kind = raw.quasi ? `q.${raw.quasi}` : raw.companion ? 'companion' : sev;
    const base = baseOf(ruleCues, kind, raw.message);
    const first = wordIndexAt(doc, raw.start);
    const w = doc.words[first];
    const inSpan = !!w && w.start < raw.end;
    let last = first;
    while (last + 1 < doc.words.length && doc.words[last + 1]!.start < raw.end) last++;
    const nWords = inSpan ? last - first + 1 : 0;
    const local: number[] = [tag('shape:', inSpan ? w.shape : 'none'), tag('nw:', bucket(nWords, 3))];
    digitFeatures(doc.text, raw.start, raw.end, local);
    if (inSpan) {
      // Loops, not push(...list): a spread call costs more than the few cues it adds.
      for (const c of (lexemes[first]!.lexicon ??= lookUpLexicon(w.lower))) local.push(c);
      if (startsSentence(doc, first)) local.push(SENTENCE_START);
    }
    const sc = w ? perSentence[w.sentence] : undefined;
    if (sc) for (const c of sc) local.push(c);
    const e = entityAt(doc, raw.start, raw.end);
    if (e) local.push(tag('in:', e.kind));
    local.push(tag('pw:', classAt(first - 1)), tag('pw2:', classAt(first - 2)), tag('nx:', classAt(nWords ? last + 1 : first)));
    local.push(tag('pb:', punct(doc.text.slice(Math.max(0, raw.start - 3), raw.start), true)), tag('pa:', punct(doc.text.slice(raw.end, raw.end + 3), false)));
    // The same cue means different things for different rules and kinds of detail: the model also
    // weighs it crossed with both (see Candidate).
    return { rule, raw, base, local, draft, draftCues: numbers, prefix: ruleCues.r, group: ruleCues.group };
  });
}

const LETTER = /^\p{L}/u;
const DIGITS_CUE = cueNumber('digits');
const DIGIT_GROUPS = cueNumber('digitgroups');
const ALL_DIGITS = cueNumber('alldigits');

/** Digit-shape features of the span, from one pass over its characters (no regex per candidate). */
function digitFeatures(text: string, start: number, end: number, out: number[]): void {
  // Runs of digits, and whether anything but digits, spaces and hyphens appears.
  let runs = 0;
  let inRun = false;
  let other = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && !inRun) runs++;
    inRun = digit;
    // An ASCII letter or sign settles it; other characters (Unicode spaces) are left to the pattern.
    if (!digit && c < 128 && c !== 32 && c !== 45 && !(c >= 9 && c <= 13)) other = true;
  }
  if (runs) out.push(runs === 1 ? DIGITS_CUE : DIGIT_GROUPS);
  if (!other && /^[\d\s-]+$/.test(text.slice(start, end))) out.push(ALL_DIGITS);
}
