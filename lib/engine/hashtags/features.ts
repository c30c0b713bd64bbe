// The features of a draft for the hashtag model: its normalised words and word pairs, the
// ontology's trigger phrases it holds (and their specialties), the author's specialty, the
// hashtags already in it, the kind of post it is (teaching, question, journal club, trial,
// academic, students, thread) and patient ages. One pass over the words: linear in the draft.
import type { Document } from '../types.ts';
import { CLINICAL_WORDS } from '../data/hashtags.ts';
import { CONFERENCE_SPECIALTY, EPONYM_STRONG_HEADS, POST_KINDS, THREAD_MARKERS, WEAK_MEDICAL_WORDS } from '../data/hashtag-cues.ts';
import { BY_FIRST, ENTRY_OF, EPONYM_HEAD_WORDS, EPONYM_NAMES, SPECIALTY_OF, phraseKey, type Trigger } from './index-build.ts';
import { altForm, normalizeWord, stem } from './normalize.ts';

/** A long (Premium) post states its topic early: its first words are enough to choose tags. */
const MAX_TOPIC_WORDS = 1000;
const CLINICAL = new Set(CLINICAL_WORDS.map(phraseKey));
const WEAK = new Set(WEAK_MEDICAL_WORDS.map(phraseKey));
const STRONG_HEADS = new Set(EPONYM_STRONG_HEADS);

/** Phrases of each kind of post, by first normalised word. */
const KIND_BY_FIRST = new Map<string, Array<{ words: string[]; kind: string }>>();
for (const [kind, phrases] of Object.entries(POST_KINDS))
  for (const p of phrases) {
    const words = phraseKey(p).split(' ');
    if (!words[0]) continue;
    const list = KIND_BY_FIRST.get(words[0]) ?? [];
    list.push({ words, kind });
    KIND_BY_FIRST.set(words[0], list);
  }
const THREAD_WORDS = new Set(THREAD_MARKERS.filter((m) => /\p{L}/u.test(m)).map(phraseKey));
const THREAD_SYMBOLS = THREAD_MARKERS.filter((m) => !/\p{L}/u.test(m));
/** "1/", "1/n", "(1/5)" opening or closing a line: the first post of a thread. */
const THREAD_NUMBER = /(?:^|\s)\(?1\/(?:\d{1,2}|n)?\)?(?=\s|$)/;
/** Lettered answer options on their own lines: a board-style question. */
const OPTION_LINE = /(?:^|\n)[ \t]*\(?[A-Ea-e][).:]\s+\S/g;

export interface DraftFeatures {
  /** Distinct feature names, in order of first appearance. */
  features: string[];
  /** The same names as a set, for look-ups. */
  featureSet: ReadonlySet<string>;
  /** How firmly the draft is about medicine at all (below 0.5: no topic). */
  medical: number;
  /** Tags (canonical) whose trigger phrases the draft holds, with the first such phrase. */
  triggered: Map<string, string>;
  /** The author's specialties (canonical names). */
  specialties: Set<string>;
  /** Specialties of the hashtags already in the draft (ontology tags and conference tags). */
  hashSpecialties: Set<string>;
  /** Hashtags already in the draft, lower case. */
  present: Set<string>;
  /** How many features of its text the draft has (all but the specialty). */
  words: number;
  /** The draft gives a patient's age that names a field (an infant, a child, a patient over 80). */
  ages: boolean;
}

/** What the features need of one normalised token, worked out once per distinct token. */
interface TokenInfo {
  n: string;
  /** altForm(n). */
  alt: string | null;
  /** Counts as a word of the vocabulary: not a number, longer than one letter. */
  word: boolean;
  /** The word feature, `w:${stem(n)}`, and stem(n) for the pairs that follow it. */
  feature: string;
  stem: string;
  weak: boolean;
  clinical: boolean;
  thread: boolean;
  kinds: Array<{ words: string[]; kind: string }> | undefined;
  triggers: Trigger[] | undefined;
  /** The pair feature `b:${stem} ${next stem}` by the next token's stem (bounded). */
  pairs: Map<string, string>;
}

interface Token {
  info: TokenInfo;
  sentence: number;
  /** Index of the source word in doc.words. */
  word: number;
}

// Bounded caches: the same words come back on every keystroke, and hostile input must not grow
// them without end (cleared when full; everything in them is derived, so clearing changes nothing).
const INFO_MAX = 4096;
const PAIRS_MAX = 64;
const infoOf = new Map<string, TokenInfo>();
const tokensOf = new Map<string, TokenInfo[]>();

function tokenInfo(n: string): TokenInfo {
  let t = infoOf.get(n);
  if (t) return t;
  const alt = altForm(n);
  const s = stem(n);
  t = {
    n,
    alt,
    word: !isNumber(n) && n.length > 1,
    feature: `w:${s}`,
    stem: s,
    weak: WEAK.has(n),
    clinical: CLINICAL.has(n) || CLINICAL.has(alt ?? ''),
    thread: THREAD_WORDS.has(n),
    kinds: KIND_BY_FIRST.get(n) ?? KIND_BY_FIRST.get(alt ?? ''),
    triggers: BY_FIRST.get(n) ?? BY_FIRST.get(alt ?? ''),
    pairs: new Map(),
  };
  if (infoOf.size >= INFO_MAX) infoOf.clear();
  infoOf.set(n, t);
  return t;
}

/** The tokens of one lower-case word: its normalised form, split where it expands to several. */
function wordTokens(lower: string): TokenInfo[] {
  let list = tokensOf.get(lower);
  if (list) return list;
  const n = normalizeWord(lower);
  list = n.includes(' ') ? n.split(' ').map(tokenInfo) : [tokenInfo(n)];
  if (tokensOf.size >= INFO_MAX) tokensOf.clear();
  tokensOf.set(lower, list);
  return list;
}

function pairFeature(prev: TokenInfo, t: TokenInfo): string {
  let f = prev.pairs.get(t.stem);
  if (f === undefined) {
    f = `b:${prev.stem} ${t.stem}`;
    if (prev.pairs.size >= PAIRS_MAX) prev.pairs.clear();
    prev.pairs.set(t.stem, f);
  }
  return f;
}

function tokens(doc: Document): Token[] {
  const words = doc.words;
  const count = Math.min(words.length, MAX_TOPIC_WORDS);
  const out: Token[] = [];
  for (let i = 0; i < count; i++) {
    const w = words[i]!;
    let lower = w.lower;
    // "A&E", "L&D", "M&M": two short words joined by "&" are one abbreviation.
    const next = i + 1 < count ? words[i + 1] : undefined;
    if (next && next.start === w.end + 1 && doc.text[w.end] === '&' && w.lower.length <= 2 && next.lower.length <= 2) {
      lower = `${w.lower}&${next.lower}`;
      i++;
    }
    const list = wordTokens(lower);
    for (let j = 0; j < list.length; j++) out.push({ info: list[j]!, sentence: w.sentence, word: i });
  }
  return out;
}

function tokenMatches(t: Token, want: string): boolean {
  return t.info.n === want || t.info.alt === want;
}

/** An age written as "97-year-old", "92yo", "3-month-old": the age in years, or null. */
function ageOf(lower: string): number | null {
  let i = 0;
  while (i < lower.length && i < 4 && lower.charCodeAt(i) >= 48 && lower.charCodeAt(i) <= 57) i++;
  if (i === 0 || i > 3) return null;
  const n = Number(lower.slice(0, i));
  const rest = lower.slice(i);
  if (rest === 'yo' || rest === '-year-old' || rest === '-yr-old' || rest === '-years-old' || rest === 'y') return n;
  if (rest === '-month-old' || rest === '-week-old' || rest === '-day-old' || rest === 'mo' || rest === '-mo') return 0;
  return null;
}

/** Pediatric and child subspecialties: pediatrics and the adult specialty ("paediatric oncology"). */
const CHILD_PREFIXES = ['pediatric ', 'child ', 'neonatal '];

/** The ontology's specialties for a specialty as the author typed it ("Paediatric surgery"). */
export function specialtiesOf(setting: string): string[] {
  const key = phraseKey(setting);
  const direct = SPECIALTY_OF.get(setting.trim().toLowerCase()) ?? SPECIALTY_OF.get(key);
  if (direct) return [direct];
  for (const p of CHILD_PREFIXES)
    if (key.startsWith(p)) {
      const rest = key.slice(p.length);
      const adult = SPECIALTY_OF.get(rest) ?? SPECIALTY_OF.get(rest.replace(/ intensive care$/, ' critical care'));
      return adult ? ['pediatrics', adult] : ['pediatrics'];
    }
  return [];
}

const isNumber = (s: string) => /^\d/.test(s);

export function draftFeatures(doc: Document): DraftFeatures {
  const seen = new Set<string>();
  const features: string[] = [];
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      features.push(f);
    }
  };
  let medical = 0;
  let ages = false;
  const triggered = new Map<string, string>();
  const specialties = new Set<string>();
  for (const s of doc.settings.specialty) for (const name of specialtiesOf(s)) specialties.add(name);
  for (const s of specialties) add(`s:${s}`);

  const present = new Set<string>();
  const hashSpecialties = new Set<string>();
  for (const e of doc.entities) {
    if (e.kind !== 'hashtag') continue;
    const lower = e.text.toLowerCase();
    present.add(lower);
    add(`h:${lower}`);
    const entry = ENTRY_OF.get(lower);
    if (entry) {
      medical += 0.5;
      for (const s of entry.specialties) hashSpecialties.add(s);
    }
    // A conference tag: its letters name a series ("#ACC25", "#ASCO2026", "#ESCCongress").
    const series = /^#([a-z]+?)(?:\d{2}|\d{4})?$/.exec(lower)?.[1];
    const conf = series ? CONFERENCE_SPECIALTY[series] : undefined;
    if (conf && (series !== lower.slice(1) || lower.length > 5)) {
      add('k:conference');
      hashSpecialties.add(conf);
    }
  }
  for (const s of hashSpecialties) add(`hs:${s}`);

  const toks = tokens(doc);
  const words = doc.words;
  const weakSeen = new Set<string>();
  let prev: Token | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = words[t.word]!;
    const age = ageOf(w.lower);
    if (age !== null) {
      if (age >= 80) add('a:old');
      else if (age < 1) add('a:infant');
      else if (age < 18) add('a:child');
      if (age >= 80 || age < 18) ages = true;
      if (age >= 80 || age < 13) medical += 0.5;
    }
    if (w.lower.endsWith('-weeker') || w.lower.endsWith('-weekers')) {
      add('a:preterm');
      ages = true;
      medical += 0.5;
    }
    // A medical eponym ("Virchow's node", "Kernig sign"): a teaching topic.
    const next = words[t.word + 1];
    if (next && next.sentence === w.sentence && w.shape === 'cap' && EPONYM_NAMES.has(altForm(w.lower) ?? w.lower)) {
      if (STRONG_HEADS.has(next.lower) || (w.lower.endsWith("'s") && EPONYM_HEAD_WORDS.has(next.lower))) {
        add('k:eponym');
        medical += 0.5;
      }
    }
    const info = t.info;
    if (info.word) {
      add(info.feature);
      if (prev && prev.sentence === t.sentence && prev.info.word) add(pairFeature(prev.info, info));
      prev = t;
    } else prev = null;
    const n = info.n;
    if (!weakSeen.has(n)) {
      weakSeen.add(n);
      if (info.weak) medical += 0.3;
      else if (info.clinical) medical += 0.5;
      if (info.thread) add('k:thread');
    }
    // Kinds of post: any phrase of the kind.
    const kinds = info.kinds;
    if (kinds)
      for (const k of kinds) {
        let ok = i + k.words.length <= toks.length;
        for (let j = 1; ok && j < k.words.length; j++) ok = toks[i + j]!.sentence === t.sentence && tokenMatches(toks[i + j]!, k.words[j]!);
        if (ok) add(`k:${k.kind}`);
      }
    // The ontology's trigger phrases, longest first at each word.
    const list = info.triggers;
    if (!list) continue;
    for (const tr of list) {
      const len = tr.words.length;
      if (i + len > toks.length) continue;
      let ok = true;
      for (let j = 1; ok && j < len; j++) ok = toks[i + j]!.sentence === t.sentence && tokenMatches(toks[i + j]!, tr.words[j]!);
      if (!ok) continue;
      if (!tr.context) medical += WEAK.has(tr.phrase) ? 0 : tr.rare ? 0.7 : 1;
      const last = words[toks[i + len - 1]!.word]!;
      for (const tag of tr.tags) {
        add(`t:${tag}`);
        if (!triggered.has(tag)) triggered.set(tag, doc.text.slice(w.start, last.end));
        for (const s of ENTRY_OF.get(tag.toLowerCase())?.specialties ?? []) add(`ts:${s}`);
      }
      break;
    }
  }
  for (const sym of THREAD_SYMBOLS) if (doc.text.includes(sym)) add('k:thread');
  if (THREAD_NUMBER.test(doc.text)) add('k:thread');
  OPTION_LINE.lastIndex = 0;
  let options = 0;
  while (OPTION_LINE.exec(doc.text) && options < 2) options++;
  if (options >= 2) add('k:question');
  if (doc.text.trimStart().startsWith('@')) add('k:reply');
  let wordCount = 0;
  for (const x of features) if (!x.startsWith('s:')) wordCount++;
  return { features, featureSet: seen, medical, triggered, specialties, hashSpecialties, present, words: wordCount, ages };
}
