// The features of a draft for the hashtag model: its normalised words and word pairs, the
// ontology's trigger phrases it holds (and their specialties), the author's specialty, the
// hashtags already in it, the kind of post it is (teaching, question, journal club, trial,
// academic, students, thread) and patient ages. One pass over the words: linear in the draft.
import { eng, fra, por, spa } from 'stopword';
import { lexemesOf, type Lexeme } from '../lexemes.ts';
import type { Document } from '../types.ts';
import { CLINICAL_WORDS } from '../data/hashtags.ts';
import { CONFERENCE_SPECIALTY, EPONYM_STRONG_HEADS, POST_KINDS, THREAD_MARKERS } from '../data/hashtag-cues.ts';
import { BY_FIRST, ENTRY_OF, EPONYM_HEAD_WORDS, EPONYM_NAMES, SPECIALTY_OF, WEAK, WORD_ID, phraseKey, wordId, type Trigger } from './index-build.ts';
import { altForm, normalizeWord, stem } from './normalize.ts';
import { findAges } from '../privacy/ages.ts';

/** A long (Premium) post states its topic early: its first words are enough to choose tags. */
const MAX_TOPIC_WORDS = 1000;
const CLINICAL = new Set(CLINICAL_WORDS.map(phraseKey));
const STRONG_HEADS = new Set(EPONYM_STRONG_HEADS);

/** Phrases of each kind of post, by first normalised word. */
const KIND_BY_FIRST = new Map<string, Array<{ words: string[]; ids: number[]; kind: string }>>();
for (const [kind, phrases] of Object.entries(POST_KINDS))
  for (const p of phrases) {
    const words = phraseKey(p).split(' ');
    if (!words[0]) continue;
    const list = KIND_BY_FIRST.get(words[0]) ?? [];
    list.push({ words, ids: words.map(wordId), kind });
    KIND_BY_FIRST.set(words[0], list);
  }
const THREAD_WORDS = new Set(THREAD_MARKERS.filter((m) => /\p{L}/u.test(m)).map(phraseKey));
const THREAD_SYMBOLS = THREAD_MARKERS.filter((m) => !/\p{L}/u.test(m));
/**
 * "1/", "1/n", "(1/5)" opening or closing a line: the first post of a thread, what
 * /(?:^|\s)\(?1\/(?:\d{1,2}|n)?\)?(?=\s|$)/ finds. Tried (sticky) only where a match can start
 * around a "1/" (see threadNumber), where the pattern was tried at every position of the text.
 */
const THREAD_NUMBER_AT = /(?:^|\s)\(?1\/(?:\d{1,2}|n)?\)?(?=\s|$)/y;
/**
 * Lettered answer options on their own lines: a board-style question, what
 * /(?:^|\n)[ \t]*\(?[A-Ea-e][).:]\s+\S/g finds. Tried (sticky) only after the text's start and its
 * line breaks (see optionLines).
 */
const OPTION_AT = /[ \t]*\(?[A-Ea-e][).:]\s+\S/y;

/** The text holds a thread number: a match starts at the "1/", or one or two units before it (a space, a bracket). */
function threadNumber(text: string): boolean {
  for (let q = text.indexOf('1/'); q >= 0; q = text.indexOf('1/', q + 1))
    for (let p = Math.max(0, q - 2); p <= q; p++) {
      THREAD_NUMBER_AT.lastIndex = p;
      if (THREAD_NUMBER_AT.test(text)) return true;
    }
  return false;
}

/**
 * How many option lines the text holds, up to two, as the global pattern's scan counts them: its
 * matches start at the text's start or a line break, each after the last match's end.
 */
function optionLines(text: string): number {
  let count = 0;
  let from = 0;
  const at = (p: number): void => {
    OPTION_AT.lastIndex = p;
    if (!OPTION_AT.test(text)) return;
    count++;
    from = OPTION_AT.lastIndex;
  };
  // At the start (^), else after a line break there.
  at(0);
  if (count === 0 && text.charCodeAt(0) === 10) at(1);
  for (let q = text.indexOf('\n', Math.max(from, 1)); q >= 0 && count < 2; q = text.indexOf('\n', Math.max(from, q + 1))) at(q + 1);
  return count;
}

/**
 * One feature, interned: the same object every time a draft has it, so a draft counts it once by
 * a stamp instead of a set of strings, and the model looks its weights up once, not per draft.
 */
export interface Feature {
  name: string;
  /** A feature of the draft's text (all but the author's specialty, `s:`): counts in its length. */
  text: boolean;
  /** A cue of kind or age (`k:`, `a:`): goes into DraftFeatures.cues. */
  cue: boolean;
  /** A cue's bit in DraftFeatures.cueBits (0 for other features). */
  bit: number;
  /** The draft (by draftFeatures' counter) that last had the feature: a hashtag's (fixed features are stamped in FIXED_REC, words' in their token's record). */
  stamp: number;
  /**
   * The model's weights of the feature (its WeightRow), copied onto it by ./model.ts the first
   * time it is scored, so scoring reads one object per feature instead of two. `weighed`: looked
   * up yet; a feature the model has no weights for keeps an empty range and no `g`.
   */
  weighed: boolean;
  start: number;
  end: number;
  g: number;
  hasG: boolean;
  /** Its number among the fixed features (see FREC), or -1 (a word's or a hashtag's feature). */
  no: number;
}

/**
 * A feature's weights in the model: its per-tag weights at [start, end) of the model's pools
 * (./model.ts), and its weight for every tag at once (`g`, 0 when it has none).
 */
export interface WeightRow {
  start: number;
  end: number;
  g: number;
  hasG: boolean;
}

/** Cues made so far: each has its own bit (the kinds of post, the ages and a few more: 15 of 31). */
let cueCount = 0;

/** All features have one shape (fields set up front), which keeps property reads monomorphic. */
function feature(name: string): Feature {
  const cue = name.startsWith('k:') || name.startsWith('a:');
  return { name, text: !name.startsWith('s:'), cue, bit: cue && cueCount < 31 ? 1 << cueCount++ : 0, stamp: 0, weighed: false, start: 0, end: 0, g: 0, hasG: false, no: -1 };
}

// Features from finite sets (kinds, ages, the ontology's tags and specialties) are interned for
// good; the hashtags a draft holds are any text, so theirs live in a bounded map.
const FIXED = new Map<string, Feature>();
/**
 * The fixed features by number, and their records side by side, FS numbers each: the draft that
 * last had it (its stamp: Feature.stamp is not used for them), its cue bit, whether it is a text
 * feature, and its weight block from F_WEIGHTS (see WB_START). A draft's pass and its scoring read
 * these few numbers, where each feature's object was a line of memory read cold.
 */
export const FS = 8;
export const F_STAMP = 0;
export const F_BIT = 1;
export const F_TEXT = 2;
export const F_WEIGHTS = 3;
/**
 * A feature's weight block, the same in a fixed feature's record and a word feature's: its weights
 * as ./model.ts (addWeights) copies them there the first time it is scored. From the block's
 * first slot: the flags (W_WEIGHED, W_HAS_G; 0 before), [start, end) of the model's pools, and the
 * weight for every tag as a double over the next two int32 slots (the Float64Array view's index
 * (block + WB_G) / 2: a block starts at an odd slot, so the double is aligned).
 */
export const WB_START = 1;
export const WB_END = 2;
export const WB_G = 3;
export const W_WEIGHED = 1;
export const W_HAS_G = 2;
export const FIXED_REC = { rec: new Int32Array(256 * FS), g: new Float64Array(0), feature: [] as Feature[] };
FIXED_REC.g = new Float64Array(FIXED_REC.rec.buffer);
function fixed(name: string): Feature {
  let f = FIXED.get(name);
  if (!f) {
    FIXED.set(name, (f = feature(name)));
    const no = (f.no = FIXED_REC.feature.push(f) - 1);
    if ((no + 1) * FS > FIXED_REC.rec.length) {
      FIXED_REC.rec = grow(FIXED_REC.rec, 2 * FIXED_REC.rec.length);
      FIXED_REC.g = new Float64Array(FIXED_REC.rec.buffer);
    }
    FIXED_REC.rec[no * FS + F_BIT] = f.bit;
    FIXED_REC.rec[no * FS + F_TEXT] = f.text ? 1 : 0;
  }
  return f;
}
const HASH_MAX = 1024;
/** What a hashtag of the draft tells, worked out once per hashtag (lower case). */
interface HashInfo {
  lower: string;
  feature: Feature;
  /** Its specialties, when it is a tag of the ontology (null otherwise). */
  specialties: readonly string[] | null;
  /** The specialty of the conference series it names ("#ACC25", "#ASCO2026", "#ESCCongress"), if any. */
  conference: string | undefined;
  /** The draft (by draftFeatures' counter) that last met the hashtag: a repeat only counts in `medical`. */
  stamp: number;
}
// Conference series by a Map: an object's look-up by a draft's word would also find what objects
// inherit ("CONSTRUCTOR" read the constructor function as a specialty, and the suggester threw).
const CONFERENCE_OF = new Map(Object.entries(CONFERENCE_SPECIALTY));
const HASH_INFO = new Map<string, HashInfo>();
/** The same, by the hashtag as written: no lower-casing per hashtag per draft. */
const HASH_BY_TEXT = new Map<string, HashInfo>();
function hashInfo(lower: string): HashInfo {
  const series = /^#([a-z]+?)(?:\d{2}|\d{4})?$/.exec(lower)?.[1];
  const conf = series ? CONFERENCE_OF.get(series) : undefined;
  return {
    lower,
    feature: feature(`h:${lower}`),
    specialties: ENTRY_OF.get(lower)?.specialties ?? null,
    conference: conf && (series !== lower.slice(1) || lower.length > 5) ? conf : undefined,
    stamp: 0,
  };
}

const K_THREAD = fixed('k:thread');
const K_QUESTION = fixed('k:question');
const K_REPLY = fixed('k:reply');
const K_CONFERENCE = fixed('k:conference');
const K_EPONYM = fixed('k:eponym');
/** English function words: no word feature (they say nothing of the topic). */
const STOP = new Set<string>(eng);
/** The language a post is written in, by its function words: colleagues tag it in that language. Each one's bit is 1 << its index. */
const LANGS: ReadonlyArray<{ bit: number; words: readonly string[]; feature: Feature | null }> = [
  { bit: 1, words: eng, feature: null },
  { bit: 2, words: fra, feature: fixed('l:fr') },
  { bit: 4, words: spa, feature: fixed('l:es') },
  { bit: 8, words: por, feature: fixed('l:pt') },
];
const LANG_OF = new Map<string, number>();
for (const l of LANGS) for (const w of l.words) if (w.length > 1) LANG_OF.set(w, (LANG_OF.get(w) ?? 0) | l.bit);
const A_OLD = fixed('a:old');
const A_INFANT = fixed('a:infant');
const A_CHILD = fixed('a:child');
const A_PRETERM = fixed('a:preterm');

/** A trigger's tags, each with its feature and the features of its specialties. */
export interface TagFeatures {
  tag: string;
  t: Feature;
  ts: Feature[];
  /** Its number in TAG_LIST (./model.ts keeps what it works out of the tag by this number). */
  no: number;
}
const TAG_FEATURES = new Map<string, TagFeatures>();
const TAG_LIST: TagFeatures[] = [];
function tagFeatures(tag: string): TagFeatures {
  let f = TAG_FEATURES.get(tag);
  if (!f) {
    const ts = (ENTRY_OF.get(tag.toLowerCase())?.specialties ?? []).map((s) => fixed(`ts:${s}`));
    TAG_FEATURES.set(tag, (f = { tag, t: fixed(`t:${tag}`), ts, no: TAG_LIST.length }));
    TAG_LIST.push(f);
  }
  return f;
}
// The features of each trigger's tags as numbers in one typed array (kept for good: the triggers
// and their tags are): how many tags, then for each its number in TAG_LIST, its `t:` feature's
// number, how many `ts:` features it has and their numbers. A match reads a few numbers side by
// side, where the trigger's list, each tag's object and each feature's object were read cold.
let TAG_PROGRAM = new Int32Array(1024);
let tagProgramSize = 0;
/** Where the program of a trigger's tags starts in TAG_PROGRAM, kept on the trigger itself (no map to probe). */
function triggerTags(tr: Trigger): number {
  if (tr.found !== undefined) return tr.found as number;
  const tags = tr.tags.map(tagFeatures);
  let size = 1;
  for (const tf of tags) size += 3 + tf.ts.length;
  const at = tagProgramSize;
  if (at + size > TAG_PROGRAM.length) TAG_PROGRAM = grow(TAG_PROGRAM, 2 * (at + size));
  let p = at;
  TAG_PROGRAM[p++] = tags.length;
  for (const tf of tags) {
    TAG_PROGRAM[p++] = tf.no;
    TAG_PROGRAM[p++] = tf.t.no;
    TAG_PROGRAM[p++] = tf.ts.length;
    for (const s of tf.ts) TAG_PROGRAM[p++] = s.no;
  }
  tagProgramSize = p;
  tr.found = at;
  return at;
}
/** The `s:` and `hs:` features of a specialty, without building their names per draft. */
const SPECIALTY_FEATURES = { 's:': new Map<string, Feature>(), 'hs:': new Map<string, Feature>() };
function specialtyFeature(prefix: 's:' | 'hs:', specialty: string): Feature {
  const map = SPECIALTY_FEATURES[prefix];
  let f = map.get(specialty);
  if (!f) map.set(specialty, (f = fixed(`${prefix}${specialty}`)));
  return f;
}

/** The draft opens with an @handle (after any white space): a reply. */
export function opensWithMention(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return true;
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f)) return false;
  }
  return false;
}

const KIND_FEATURES = new Map<string, Feature>();
for (const kind of Object.keys(POST_KINDS)) KIND_FEATURES.set(kind, fixed(`k:${kind}`));

export interface DraftFeatures {
  /** Distinct feature names, in order of first appearance. */
  readonly features: string[];
  /** The same features, interned, in the same order. */
  readonly list: Feature[];
  /** The draft's cues of kind and age (`k:` and `a:` features), for look-ups. */
  readonly cues: ReadonlySet<string>;
  /** The same cues as bits (see cueBit): what a keystroke reads, without a set. */
  cueBits: number;
  /** How firmly the draft is about medicine at all (below 0.5: no topic). */
  medical: number;
  /** Tags (canonical) whose trigger phrases the draft holds, with the first such phrase. */
  readonly triggered: Map<string, string>;
  /** The same tags, in the same order (first appearance). */
  triggeredTags: TagFeatures[];
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

/** The bit of a cue (`k:…`, `a:…`) in DraftFeatures.cueBits; 0 for a name that is no cue. */
export function cueBit(name: string): number {
  return FIXED.get(name)?.bit ?? 0;
}

/**
 * A draft's features. The names, the cue set and the triggered tags' map are for the fit script
 * and tests, built when first read; a keystroke reads the interned features, bits and lists.
 */
class Features implements DraftFeatures {
  private objects: Feature[] | null = null;
  private names: string[] | null = null;
  private cueSet: Set<string> | null = null;
  private triggeredMap: Map<string, string> | null = null;
  constructor(
    readonly cueBits: number,
    readonly medical: number,
    readonly triggeredTags: TagFeatures[],
    /** For each triggered tag, its number (TagFeatures.no) and where in `text` its first phrase starts and ends: three numbers per tag. */
    readonly spans: number[],
    private readonly text: string,
    readonly specialties: Set<string>,
    readonly hashSpecialties: Set<string>,
    readonly present: Set<string>,
    readonly words: number,
    readonly ages: boolean,
    /**
     * Each feature, in order, as a number: where its word feature's record starts in TOKENS.rec
     * (a word's), -2 - its number (a fixed feature's, see FIXED_REC), or -1 (a hashtag's: the next
     * one of `hashes`). A keystroke reads these, not the features' objects.
     */
    readonly refs: number[],
    readonly hashes: Feature[],
    /** The caches' generation the numbers belong to. */
    readonly generation: number,
    /** The token records and word features of that generation (kept as they were when the caches are cleared). */
    private readonly rec: Int32Array,
    private readonly wordFeatures: Feature[],
  ) {}
  /** The features' objects, made when first read (by the fit script and tests). */
  get list(): Feature[] {
    if (!this.objects) {
      const { refs, hashes, rec, wordFeatures } = this;
      const objects: Feature[] = [];
      let h = 0;
      for (const r of refs) objects.push(r >= 0 ? wordFeatures[rec[r + T_FID]!]! : r === -1 ? hashes[h++]! : FIXED_REC.feature[-2 - r]!);
      this.objects = objects;
    }
    return this.objects;
  }
  get features(): string[] {
    return (this.names ??= this.list.map((f) => f.name));
  }
  get cues(): ReadonlySet<string> {
    return (this.cueSet ??= new Set(this.list.filter((f) => f.cue).map((f) => f.name)));
  }
  get triggered(): Map<string, string> {
    if (!this.triggeredMap) {
      this.triggeredMap = new Map();
      for (let i = 0; i < this.triggeredTags.length; i++) this.triggeredMap.set(this.triggeredTags[i]!.tag, this.phrase(i));
    }
    return this.triggeredMap;
  }
  /** The first phrase of the draft that triggers the i-th triggered tag. */
  phrase(i: number): string {
    return this.text.slice(this.spans[3 * i + 1]!, this.spans[3 * i + 2]!);
  }
}

/** The draft's features as numbers (see Features.refs) and its hashtags' features; null when the numbers are no longer valid (or not known). */
export function wordRefs(f: DraftFeatures): Features | null {
  return f instanceof Features && f.generation === generation ? f : null;
}

/** The triggered tags' numbers (TagFeatures.no), one in every three numbers from 0, or null when not known. */
export function triggeredNumbers(f: DraftFeatures): readonly number[] | null {
  return f instanceof Features ? f.spans : null;
}

/** A tag's number (TagFeatures.no), or -1 for a tag no trigger has pointed at yet. */
export function tagNumber(tag: string): number {
  return TAG_FEATURES.get(tag)?.no ?? -1;
}

/**
 * The first phrase of the draft that triggers `tag` (canonical), if any: found by the tag's
 * number (`no`, see tagNumber), not by reading each triggered tag's object.
 */
export function triggeredPhrase(f: DraftFeatures, tag: string, no = tagNumber(tag)): string | undefined {
  if (!(f instanceof Features)) return f.triggered.get(tag);
  if (no < 0) return undefined;
  const spans = f.spans;
  for (let i = 0; i < spans.length; i += 3) if (spans[i] === no) return f.phrase(i / 3);
  return undefined;
}

/**
 * What a token that may start a phrase needs, worked out once per distinct token. Its flags, its
 * numbers among the phrases' words and its word feature are in the T_ tables (below), by `id`.
 */
interface TokenInfo {
  /** Its number in the T_ tables. */
  id: number;
  triggers: Trigger[] | undefined;
  /** The trigger when `triggers` is one phrase of one word (most): it matches without a look at the list. */
  only: Trigger | null;
  /** The index of a long list of `triggers` (see matchTrigger), kept here: no map to probe per draft. */
  index: TriggerIndex | null;
  /** A short list of `triggers` as its program: [progStart, progEnd) of PROGRAM (see programOf). */
  progStart: number;
  progEnd: number;
}

// Bounded caches: the same words come back on every keystroke, and hostile input must not grow
// them without end (cleared when full, and only between drafts: a draft's stamps stay on the
// objects it met; everything in them is derived, so clearing changes nothing).
const INFO_MAX = 4096;
const infoOf = new Map<string, TokenInfo>();
const entryOf = new Map<string, WordEntry>();

/** What the features need of one lower-case word, worked out once per distinct word. */
interface WordEntry {
  /** Its tokens: its normalised form, split where it expands to several ("afib"). */
  tokens: TokenInfo[];
  /** Its one token, when it has one (most words): read without the hop through `tokens`. */
  single: TokenInfo | null;
  /** The age it gives ("92yo", "3-month-old"), or null. */
  age: number | null;
  /** A preterm baby by weeks ("24-weeker"). */
  weeker: boolean;
  /** A surname of a medical eponym (with or without "'s"). */
  eponym: boolean;
}
/** Bumped when the caches are cleared: an entry kept on a lexeme is valid only for its generation. */
let generation = 0;
/** Word features by stem, shared by the tokens with that stem (one object per name): its number in TOKENS.feature. */
const wordFeatures = new Map<string, number>();

// A keystroke reads each token's flags and numbers from typed arrays by the token's number (its
// `id`), side by side in a few lines of memory, where its object and its word feature's object are
// each a line of memory read cold: only a token that starts a phrase has its object read.
// Numbered afresh when the caches are cleared.
const T_WORD = 1;
const T_STOP = 2;
const T_WEAK = 4;
const T_CLINICAL = 8;
const T_THREAD = 16;
const T_KINDS = 32;
const T_TRIGGERS = 64;
/** Languages (LANGS bits) from this bit on. */
const T_LANG_SHIFT = 8;
let tokenCount = 0;
const T_INFO: TokenInfo[] = [];
// A token's numbers side by side, TS of them per token (a token's record is one read from memory,
// where five arrays by the token's number were five, each cold after the other stages' work):
// its flags, its numbers among the phrases' words (its normalised form and its alternative), its
// word feature's number, the draft (by draftFeatures' counter) that last counted its medical
// weight, and the token that holds its word feature's record (below).
//
// A word feature's record is kept in the record of the first token with that feature (most
// features have one token): the draft (by draftFeatures' counter) that last had it, and its
// weight block from W_WEIGHTS (see WB_START). The draft's pass reads the token's record for its flags, and
// finds its feature's stamp, and the scoring its weights, in the same line of memory, where a
// record of its own and a boxed weight were each read cold. Numbered afresh when the caches are
// cleared (see wordRefs).
export const TS = 16;
const T_FLAGS = 0;
const T_NID = 1;
const T_ALT = 2;
/** The token's word feature's number. */
export const T_FID = 3;
const T_STAMP = 4;
/** The token whose record holds the word feature's record (the slots below). */
const T_CANON = 5;
/**
 * 1 + the place (placeOf) of the token's one trigger phrase, when its list is one phrase of one
 * word (most): matched without a look at the token's object; else 0.
 */
const T_ONLY = 12;
/** A short list's program, [start, end) of PROGRAM (see programOf), copied from the token's object: an empty range for none. */
const T_PROG_START = 13;
const T_PROG_END = 14;
/** Where the program of the token's kinds of post starts in KIND_PROGRAM (see kindProgramOf), when it has any (T_KINDS). */
const T_KINDS_AT = 15;
export const W_STAMP = 6;
/** Slots 7 to 11. */
export const W_WEIGHTS = 7;
/** The records (Int32Array) and a Float64Array view of the same memory, for the weights (see WB_G). */
export const TOKENS = { rec: new Int32Array(1024 * TS), g: new Float64Array(0), feature: [] as Feature[] };
TOKENS.g = new Float64Array(TOKENS.rec.buffer);
/** By word feature number, the token that holds its record. */
const W_CANON: number[] = [];
// The triggers a match reads by number (a token's one-word phrase, see T_ONLY, and the short
// lists' programs, see programOf), each at one place, numbered the first time: its length, its
// medical weight, the draft that last matched it (its Trigger.stamp is not used) and its tags'
// program (see triggerTags; -1 before its first match). A match reads these numbers, not the
// trigger's object. Kept for good: the triggers are.
const PLACED: Trigger[] = [];
const PT_LEN: number[] = [];
const PT_MEDICAL: number[] = [];
const PT_STAMP: number[] = [];
const PT_TAGS: number[] = [];
const PLACE = new Map<Trigger, number>();
function placeOf(tr: Trigger): number {
  let q = PLACE.get(tr);
  if (q === undefined) {
    PLACE.set(tr, (q = PLACED.push(tr) - 1));
    PT_LEN.push(tr.len);
    PT_MEDICAL.push(tr.medical);
    PT_STAMP.push(0);
    PT_TAGS.push(-1);
  }
  return q;
}

function tokenInfo(n: string): TokenInfo {
  let t = infoOf.get(n);
  if (t) return t;
  const alt = altForm(n);
  const s = stem(n);
  const id = tokenCount++;
  let wid = wordFeatures.get(s);
  if (wid === undefined) {
    wordFeatures.set(s, (wid = TOKENS.feature.push(feature(`w:${s}`)) - 1));
    W_CANON[wid] = id;
  }
  const kinds = KIND_BY_FIRST.get(n) ?? KIND_BY_FIRST.get(alt ?? '');
  const triggers = BY_FIRST.get(n) ?? BY_FIRST.get(alt ?? '');
  const short = triggers !== undefined && triggers.length <= 4;
  const prog = short ? programOf(triggers) : 0;
  t = {
    id,
    triggers,
    only: triggers?.length === 1 && triggers[0]!.len === 1 ? triggers[0]! : null,
    index: triggers && triggers.length > 4 ? indexOf(triggers) : null,
    progStart: prog,
    progEnd: prog + (short ? programLength(triggers) : 0),
  };
  infoOf.set(n, t);
  const r = id * TS;
  if (r >= TOKENS.rec.length) {
    TOKENS.rec = grow(TOKENS.rec, 2 * TOKENS.rec.length);
    TOKENS.g = new Float64Array(TOKENS.rec.buffer);
  }
  const TOK = TOKENS.rec;
  T_INFO[id] = t;
  // The feature's record starts empty (not stamped, not weighed).
  TOK.fill(0, r, r + TS);
  TOK[r + T_FLAGS] =
    (!isNumber(n) && n.length > 1 ? T_WORD : 0) |
    (STOP.has(n) ? T_STOP : 0) |
    (WEAK.has(n) ? T_WEAK : 0) |
    (CLINICAL.has(n) || CLINICAL.has(alt ?? '') ? T_CLINICAL : 0) |
    (THREAD_WORDS.has(n) ? T_THREAD : 0) |
    (kinds ? T_KINDS : 0) |
    (triggers ? T_TRIGGERS : 0) |
    ((LANG_OF.get(n) ?? 0) << T_LANG_SHIFT);
  TOK[r + T_NID] = WORD_ID.get(n) ?? -1;
  TOK[r + T_ALT] = alt === null ? -1 : (WORD_ID.get(alt) ?? -1);
  TOK[r + T_FID] = wid;
  TOK[r + T_CANON] = W_CANON[wid]!;
  if (t.only) TOK[r + T_ONLY] = placeOf(t.only) + 1;
  TOK[r + T_PROG_START] = t.progStart;
  TOK[r + T_PROG_END] = t.progEnd;
  if (kinds) TOK[r + T_KINDS_AT] = kindProgramOf(kinds);
  return t;
}

// The phrases of the kinds of post a token may start, as programs in one typed array (like the
// triggers' programs): how many phrases, then for each its length, the numbers of its words after
// the first, and its kind's feature number. Kept for good (the kinds are fixed); one per list.
let KIND_PROGRAM = new Int32Array(256);
let kindProgramSize = 0;
const KIND_PROGRAM_AT = new Map<readonly unknown[], number>();
function kindProgramOf(list: ReadonlyArray<{ ids: number[]; kind: string }>): number {
  let at = KIND_PROGRAM_AT.get(list);
  if (at !== undefined) return at;
  at = kindProgramSize;
  let size = 1;
  for (const k of list) size += k.ids.length + 1;
  if (at + size > KIND_PROGRAM.length) KIND_PROGRAM = grow(KIND_PROGRAM, 2 * (at + size));
  let p = at;
  KIND_PROGRAM[p++] = list.length;
  for (const k of list) {
    KIND_PROGRAM[p++] = k.ids.length;
    for (let j = 1; j < k.ids.length; j++) KIND_PROGRAM[p++] = k.ids[j]!;
    KIND_PROGRAM[p++] = KIND_FEATURES.get(k.kind)!.no;
  }
  kindProgramSize = p;
  KIND_PROGRAM_AT.set(list, at);
  return at;
}

/** The entry of a plain word: one token, no age, neither a weeker nor an eponym (most words). */
const PLAIN: WordEntry = { tokens: [], single: null, age: null, weeker: false, eponym: false };

/**
 * What a draft's lexeme keeps while the caches below stand: the word's entry, or for a plain word
 * its token's number (whose entry is PLAIN): no object to read per word.
 */
function lexemeEntry(x: Lexeme): WordEntry | number {
  if (x.hashtagGeneration === generation) return x.hashtag as WordEntry | number;
  const e = wordEntry(x.lower);
  const kept = e.single && e.age === null && !e.weeker && !e.eponym ? e.single.id : e;
  x.hashtag = kept;
  x.hashtagGeneration = generation;
  return kept;
}

function wordEntry(lower: string): WordEntry {
  let e = entryOf.get(lower);
  if (e) return e;
  const n = normalizeWord(lower);
  const tokens = n.includes(' ') ? n.split(' ').map(tokenInfo) : [tokenInfo(n)];
  e = {
    tokens,
    single: tokens.length === 1 ? tokens[0]! : null,
    age: ageOf(lower),
    weeker: lower.endsWith('-weeker') || lower.endsWith('-weekers'),
    eponym: EPONYM_NAMES.has(altForm(lower) ?? lower),
  };
  entryOf.set(lower, e);
  return e;
}

// The draft's tokens, in scratch arrays reused from draft to draft (the engine is synchronous).
/** A token's number (TokenInfo.id). */
let tokId = new Int32Array(256);
/** The entry of the word a token's checks read. */
const tokEntry: WordEntry[] = [];
let tokSentence = new Int32Array(256);
/** The word a token's checks read (the last word of "A&E"), and the span of its source text. */
let tokWord = new Int32Array(256);
let tokStart = new Int32Array(256);
let tokEnd = new Int32Array(256);
/** A token's TokenInfo nId and altId, read where phrases are matched. */
let tokN = new Int32Array(256);
let tokAlt = new Int32Array(256);

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** Tokenises the draft into the scratch arrays; returns the number of tokens. */
function tokens(doc: Document): number {
  const words = doc.words;
  const lexemes = lexemesOf(doc);
  const count = Math.min(words.length, MAX_TOPIC_WORDS);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const w = words[i]!;
    let lower = w.lower;
    // "A&E", "L&D", "M&M": two short words joined by "&" are one abbreviation.
    const next = i + 1 < count ? words[i + 1] : undefined;
    const kept = lexemeEntry(lexemes[i]!);
    let checked = typeof kept === 'number' ? PLAIN : kept;
    let source = checked;
    let single = typeof kept === 'number' ? kept : (kept.single?.id ?? -1);
    if (next && next.start === w.end + 1 && doc.text[w.end] === '&' && w.lower.length <= 2 && next.lower.length <= 2) {
      lower = `${w.lower}&${next.lower}`;
      const second = lexemeEntry(lexemes[i + 1]!);
      checked = typeof second === 'number' ? PLAIN : second;
      source = wordEntry(lower);
      single = source.single?.id ?? -1;
      i++;
    }
    const parts = single >= 0 ? 1 : source.tokens.length;
    if (n + parts > tokSentence.length) {
      const size = 2 * (n + parts);
      tokSentence = grow(tokSentence, size);
      tokWord = grow(tokWord, size);
      tokStart = grow(tokStart, size);
      tokEnd = grow(tokEnd, size);
      tokN = grow(tokN, size);
      tokAlt = grow(tokAlt, size);
      tokId = grow(tokId, size);
    }
    const end = words[i]!.end;
    const TOK = TOKENS.rec;
    for (let j = 0; j < parts; j++) {
      const id = single >= 0 ? single : source.tokens[j]!.id;
      tokId[n] = id;
      tokN[n] = TOK[id * TS + T_NID]!;
      tokAlt[n] = TOK[id * TS + T_ALT]!;
      tokEntry[n] = checked;
      tokSentence[n] = w.sentence;
      tokWord[n] = i;
      tokStart[n] = w.start;
      tokEnd[n] = end;
      n++;
    }
  }
  return n;
}

/** The token (its normalised form or its alternative) is the phrase word numbered `want`. */
function tokenMatches(t: number, want: number): boolean {
  return tokN[t] === want || tokAlt[t] === want;
}

// The short lists of triggers as programs in one typed array: for each trigger in the list's
// order, its length, the numbers of its words after the first, and its place (placeOf).
// A draft's matching reads a few numbers side by side, where the lists, their triggers and their
// words' arrays are objects scattered over the heap, each read from a cold cache a line of memory.
let PROGRAM = new Int32Array(1024);
let programSize = 0;
const PROGRAM_AT = new Map<readonly Trigger[], number>();

function programLength(list: readonly Trigger[]): number {
  let size = 0;
  for (const tr of list) size += tr.len + 1;
  return size;
}

/** Where the program of a list of triggers starts in PROGRAM (made the first time it is asked for). */
function programOf(list: readonly Trigger[]): number {
  let at = PROGRAM_AT.get(list);
  if (at !== undefined) return at;
  at = programSize;
  const size = programLength(list);
  if (at + size > PROGRAM.length) PROGRAM = grow(PROGRAM, 2 * (at + size));
  let p = at;
  for (const tr of list) {
    PROGRAM[p++] = tr.len;
    for (let j = 1; j < tr.len; j++) PROGRAM[p++] = tr.ids[j]!;
    PROGRAM[p++] = placeOf(tr);
  }
  programSize = p;
  PROGRAM_AT.set(list, at);
  return at;
}

/** The place (placeOf) of the first trigger of the program [at, end) whose words the tokens from i on hold (as holds() tests each), or -1. */
function runProgram(i: number, n: number, sentence: number, at: number, end: number): number {
  const prog = PROGRAM;
  while (at < end) {
    const len = prog[at]!;
    let ok = i + len <= n;
    for (let j = 1; ok && j < len; j++) ok = tokSentence[i + j] === sentence && tokenMatches(i + j, prog[at + j]!);
    if (ok) return prog[at + len]!;
    at += len + 1;
  }
  return -1;
}

/** The trigger of the token's long list (longest first) whose words the tokens from i on hold, or null (a short list is matched by runProgram). */
function matchTrigger(i: number, n: number, sentence: number, info: TokenInfo): Trigger | null {
  const index = info.index;
  if (!index) return null;
  const list = info.triggers!;
  // A long list (the triggers of "first", "acute", "kidney" ...): only the phrases whose second
  // word is the next token's can match, and the first of them in the list's order wins.
  if (i + 1 >= n || tokSentence[i + 1] !== sentence) return index.single;
  // The next token's words by number (a second word of a phrase is numbered, so a word that is
  // none has no number or another one): no look at the token's object or its strings.
  const nextAlt = tokAlt[i + 1]!;
  const byN = firstHeld(i, n, sentence, index.bySecond.get(tokN[i + 1]!), list.length);
  const byAlt = nextAlt < 0 ? null : firstHeld(i, n, sentence, index.bySecond.get(nextAlt), byN ? byN.order : list.length);
  return (byAlt ?? byN)?.tr ?? index.single;
}

/** The first candidate (in the list's order, before `before`) whose words the tokens hold. */
function firstHeld(i: number, n: number, sentence: number, candidates: ReadonlyArray<{ tr: Trigger; order: number }> | undefined, before: number): { tr: Trigger; order: number } | null {
  if (!candidates) return null;
  for (const c of candidates) {
    if (c.order >= before) return null;
    if (holds(i, n, sentence, c.tr)) return c;
  }
  return null;
}

function holds(i: number, n: number, sentence: number, tr: Trigger): boolean {
  const len = tr.len;
  if (i + len > n) return false;
  const ids = tr.ids;
  for (let j = 1; j < len; j++) if (tokSentence[i + j] !== sentence || !tokenMatches(i + j, ids[j]!)) return false;
  return true;
}

/** A list of triggers by their second word (each with its place in the list), and its one-word trigger. */
interface TriggerIndex {
  /** By the number (WORD_ID) of the second word. */
  bySecond: Map<number, Array<{ tr: Trigger; order: number }>>;
  single: Trigger | null;
}
const TRIGGER_INDEX = new Map<readonly Trigger[], TriggerIndex>();
function indexOf(list: readonly Trigger[]): TriggerIndex {
  let index = TRIGGER_INDEX.get(list);
  if (!index) {
    index = { bySecond: new Map(), single: null };
    for (let order = 0; order < list.length; order++) {
      const tr = list[order]!;
      const second = tr.words[1];
      if (second === undefined) {
        index.single ??= tr;
        continue;
      }
      const id = tr.ids[1]!;
      const group = index.bySecond.get(id) ?? [];
      group.push({ tr, order });
      index.bySecond.set(id, group);
    }
    TRIGGER_INDEX.set(list, index);
  }
  return index;
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

/**
 * The specialties of the conferences the text names as colleagues write them without the hash
 * ("ESMO24", "RSNA 2024", "ACC.25"): in capitals, with the year or of at least four letters
 * (three-letter series are often other abbreviations: ASA, ACS).
 */
function conferencesInText(doc: Document): string[] {
  const out: string[] = [];
  const ws = doc.words;
  const count = Math.min(ws.length, MAX_TOPIC_WORDS);
  for (let i = 0; i < count; i++) {
    const w = ws[i]!;
    if (w.shape !== 'upper') continue;
    // /^([a-z]{3,})(\d{2}|\d{4})?$/ by hand: most capitals ("ICU", "CT", "MI") fail at once.
    const lower = w.lower;
    let letters = 0;
    while (letters < lower.length && isAsciiLower(lower.charCodeAt(letters))) letters++;
    if (letters < 3) continue;
    const digits = lower.length - letters;
    if (digits !== 0 && (digits !== 2 && digits !== 4 || !allDigits(lower, letters))) continue;
    const series = digits === 0 ? lower : lower.slice(0, letters);
    const conf = CONFERENCE_OF.get(series);
    if (!conf || NOT_SERIES.has(series)) continue;
    const next = ws[i + 1];
    const year = digits !== 0 || (next !== undefined && next.sentence === w.sentence && YEAR.test(next.lower));
    if (year || series.length >= 4) out.push(conf);
  }
  return out;
}
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
function allDigits(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const YEAR = /^(?:\d{2}|\d{4})$/;
/** Conference series that are also everyday words or common abbreviations when not tagged. */
const NOT_SERIES = new Set(['chest', 'endo', 'anes']);

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

/** The settings come back with every draft: their specialties are worked out once (bounded). */
const SPECIALTIES_OF = new Map<string, string[]>();
function cachedSpecialtiesOf(setting: string): string[] {
  let list = SPECIALTIES_OF.get(setting);
  if (!list) {
    if (SPECIALTIES_OF.size >= 64) SPECIALTIES_OF.clear();
    SPECIALTIES_OF.set(setting, (list = specialtiesOf(setting)));
  }
  return list;
}

/**
 * The author's specialties and their `s:` features: the settings come back with every draft, so
 * the last ones are kept (compared by value: a settings object may be edited in place).
 */
let lastSetting: string[] = [];
let lastSpecialties: { specialties: Set<string>; features: Feature[] } | null = null;
function authorSpecialties(setting: readonly string[]): { specialties: Set<string>; features: Feature[] } {
  if (lastSpecialties && setting.length === lastSetting.length && setting.every((s, i) => s === lastSetting[i])) return lastSpecialties;
  const specialties = new Set<string>();
  for (const s of setting) for (const name of cachedSpecialtiesOf(s)) specialties.add(name);
  lastSetting = [...setting];
  lastSpecialties = { specialties, features: [...specialties].map((s) => specialtyFeature('s:', s)) };
  return lastSpecialties;
}

const isNumber = (s: string) => /^\d/.test(s);

/** Counter of drafts: a feature or token stamped with the current value is already counted. */
let draftStamp = 0;

export function draftFeatures(doc: Document): DraftFeatures {
  // Caches are cleared only here, between drafts, and together: within a draft each name has one
  // object, so its stamp counts it once.
  if (infoOf.size >= INFO_MAX || entryOf.size >= INFO_MAX || wordFeatures.size >= INFO_MAX) {
    infoOf.clear();
    entryOf.clear();
    wordFeatures.clear();
    tokenCount = 0;
    T_INFO.length = 0;
    // New records and word features: a draft of the last generation keeps the old ones (see Features.list).
    TOKENS.rec = new Int32Array(1024 * TS);
    TOKENS.g = new Float64Array(TOKENS.rec.buffer);
    TOKENS.feature = [];
    W_CANON.length = 0;
    // The entries kept on lexemes belong to the caches just cleared.
    generation++;
  }
  if (HASH_INFO.size >= HASH_MAX || HASH_BY_TEXT.size >= HASH_MAX) {
    HASH_INFO.clear();
    HASH_BY_TEXT.clear();
  }
  const stamp = ++draftStamp;
  const hashes: Feature[] = [];
  const refs: number[] = [];
  let cueBits = 0;
  let words = 0;
  /** add() for the fixed feature numbered `no`, by its record: refs holds -2 - no for it. */
  const addFixed = (no: number) => {
    // Read afresh: a feature made during the draft (a tag's, a specialty's) may have grown the records.
    const FREC = FIXED_REC.rec;
    const r = no * FS;
    if (FREC[r + F_STAMP] !== stamp) {
      FREC[r + F_STAMP] = stamp;
      refs.push(-2 - no);
      if (FREC[r + F_TEXT] !== 0) words++;
      cueBits |= FREC[r + F_BIT]!;
    }
  };
  const add = (f: Feature) => {
    if (f.no >= 0) addFixed(f.no);
    else if (f.stamp !== stamp) {
      f.stamp = stamp;
      hashes.push(f);
      refs.push(-1);
      if (f.text) words++;
      cueBits |= f.bit;
    }
  };
  let medical = 0;
  let ages = false;
  const triggeredTags: TagFeatures[] = [];
  const spans: number[] = [];
  const { specialties, features: specialtyFeatures } = authorSpecialties(doc.settings.specialty);
  for (let i = 0; i < specialtyFeatures.length; i++) add(specialtyFeatures[i]!);

  const present = new Set<string>();
  const hashSpecialties = new Set<string>();
  for (const e of doc.entities) {
    if (e.kind !== 'hashtag') continue;
    let h = HASH_BY_TEXT.get(e.text);
    if (!h) {
      const lower = e.text.toLowerCase();
      h = HASH_INFO.get(lower);
      if (!h) HASH_INFO.set(lower, (h = hashInfo(lower)));
      HASH_BY_TEXT.set(e.text, h);
    }
    if (h.stamp === stamp) {
      // Met already in this draft: its sets and features hold it; each one still counts as medical.
      if (h.specialties) medical += 0.5;
      continue;
    }
    h.stamp = stamp;
    present.add(h.lower);
    add(h.feature);
    if (h.specialties) {
      medical += 0.5;
      for (const s of h.specialties) hashSpecialties.add(s);
    }
    if (h.conference) {
      add(K_CONFERENCE);
      hashSpecialties.add(h.conference);
    }
  }
  for (const conf of conferencesInText(doc)) {
    add(K_CONFERENCE);
    hashSpecialties.add(conf);
  }
  for (const s of hashSpecialties) add(specialtyFeature('hs:', s));

  const n = tokens(doc);
  const TOK = TOKENS.rec;
  const langCount = [0, 0, 0, 0];
  const words_ = doc.words;
  let prev = -1;
  // The end of the last trigger phrase matched: a phrase's own words start none ("syndrome" in "acute coronary syndrome").
  let matchedTo = 0;
  for (let i = 0; i < n; i++) {
    const sentence = tokSentence[i]!;
    const wi = tokWord[i]!;
    const w = words_[wi]!;
    const entry = tokEntry[i]!;
    const age = entry.age;
    if (age !== null) {
      if (age >= 80) add(A_OLD);
      else if (age < 1) add(A_INFANT);
      else if (age < 18) add(A_CHILD);
      if (age >= 80 || age < 18) ages = true;
      if (age >= 80 || age < 13) medical += 0.5;
    }
    if (entry.weeker) {
      add(A_PRETERM);
      ages = true;
      medical += 0.5;
    }
    // A medical eponym ("Virchow's node", "Kernig sign"): a teaching topic.
    if (entry.eponym && w.shape === 'cap') {
      const next = words_[wi + 1];
      if (next && next.sentence === w.sentence) {
        if (STRONG_HEADS.has(next.lower) || (w.lower.endsWith("'s") && EPONYM_HEAD_WORDS.has(next.lower))) {
          add(K_EPONYM);
          medical += 0.5;
        }
      }
    }
    const id = tokId[i]!;
    const r = id * TS;
    const flags = TOK[r + T_FLAGS]!;
    if (flags & T_WORD) {
      // Function words say nothing of the topic; they still count in the draft's length, and so
      // does each pair of neighbouring words (the length a draft's words are weighed against).
      // A word feature is a text feature with no cue bit: add() by its number.
      if (!(flags & T_STOP)) {
        const c = TOK[r + T_CANON]! * TS;
        if (TOK[c + W_STAMP] !== stamp) {
          TOK[c + W_STAMP] = stamp;
          refs.push(c);
          words++;
        }
      }
      if (prev >= 0 && tokSentence[prev] === sentence) words++;
      prev = i;
    } else prev = -1;
    if (TOK[r + T_STAMP] !== stamp) {
      TOK[r + T_STAMP] = stamp;
      if (flags & T_WEAK) medical += 0.3;
      else if (flags & T_CLINICAL) medical += 0.5;
      if (flags & T_THREAD) add(K_THREAD);
      const lang = flags >>> T_LANG_SHIFT;
      // LANGS[l].bit is 1 << l (see LANGS): the bits in turn, without reading the table's objects.
      for (let l = 0, b = lang; b !== 0; l++, b >>>= 1) if (b & 1) langCount[l]!++;
    }
    // Kinds of post: any phrase of the kind, by its program. (The token's object is read only for
    // a long list of trigger phrases to match: see T_ONLY.)
    if (flags & T_KINDS) {
      const kp = KIND_PROGRAM;
      let p = TOK[r + T_KINDS_AT]!;
      for (let phrases = kp[p++]!; phrases > 0; phrases--) {
        const len = kp[p++]!;
        let ok = i + len <= n;
        for (let j = 1; ok && j < len; j++) ok = tokSentence[i + j] === sentence && tokenMatches(i + j, kp[p + j - 1]!);
        p += len - 1;
        const kind = kp[p++]!;
        if (ok) addFixed(kind);
      }
    }
    // The ontology's trigger phrases, longest first at each word.
    if (!(flags & T_TRIGGERS) || i < matchedTo) continue;
    // Its one phrase of one word, matched by its place alone; a short list by its program, from
    // the token's record; a long one by its index.
    let q = TOK[r + T_ONLY]! - 1;
    let p: number;
    let len: number;
    const start = TOK[r + T_PROG_START]!;
    const end = TOK[r + T_PROG_END]!;
    if (q < 0 && end > start && (q = runProgram(i, n, sentence, start, end)) < 0) continue;
    if (q >= 0) {
      // As below, by the trigger's place.
      len = PT_LEN[q]!;
      matchedTo = i + len;
      medical += PT_MEDICAL[q]!;
      if (PT_STAMP[q] === stamp) continue;
      PT_STAMP[q] = stamp;
      p = PT_TAGS[q]!;
      if (p < 0) p = PT_TAGS[q] = triggerTags(PLACED[q]!);
    } else {
      const tr = matchTrigger(i, n, sentence, T_INFO[id]!);
      if (!tr) continue;
      len = tr.len;
      matchedTo = i + len;
      // A context word (or a weak one) adds 0, which leaves the sum as it is.
      medical += tr.medical;
      // Matched before in this draft: its tags and their specialties are all in already.
      if (tr.stamp === stamp) continue;
      tr.stamp = stamp;
      p = triggerTags(tr);
    }
    const prog = TAG_PROGRAM;
    const FREC = FIXED_REC.rec;
    for (let tags = prog[p++]!; tags > 0; tags--) {
      const tag = prog[p++]!;
      const t = prog[p++]!;
      // A tag's `t:` feature comes only from here: not yet stamped, the tag is new to the draft.
      if (FREC[t * FS + F_STAMP] !== stamp) {
        triggeredTags.push(TAG_LIST[tag]!);
        spans.push(tag, tokStart[i]!, tokEnd[i + len - 1]!);
      }
      addFixed(t);
      for (let ts = prog[p++]!; ts > 0; ts--) addFixed(prog[p++]!);
    }
  }
  // Ages the token forms above miss ("she's 92", "is 104", "Mrs. K, 93,", "ninety-four"): the
  // privacy rules' age finder, whose answer for this document is already made.
  for (const m of findAges(doc)) {
    if (m.form === 'unit' || m.form === 'infant') continue;
    const years = m.years;
    if (years >= 80) add(A_OLD);
    else if (years < 1) add(A_INFANT);
    else if (years < 18) add(A_CHILD);
    else continue;
    ages = true;
    if (years >= 80 || years < 13) medical += 0.5;
  }
  if (tokEntry.length > 256) tokEntry.length = 256;
  for (const sym of THREAD_SYMBOLS) if (doc.text.includes(sym)) add(K_THREAD);
  if (threadNumber(doc.text)) add(K_THREAD);
  // Two option lines need a line break.
  if (doc.text.includes('\n') && optionLines(doc.text) >= 2) add(K_QUESTION);
  if (opensWithMention(doc.text)) add(K_REPLY);
  // Written in another language: three of its function words, more than of any other.
  let best = 0;
  for (let l = 1; l < LANGS.length; l++) if (langCount[l]! > langCount[best]!) best = l;
  if (best > 0 && langCount[best]! >= 3) add(LANGS[best]!.feature!);
  // A story about a patient (the privacy rules' context) with a word of care is a medical topic,
  // in whatever words it is told ("Mrs. Alvarez in room 412 went home…", "Busy night in the ED"):
  // the trigger and clinical word lists know only the words the labelled drafts used.
  if (medical > 0 && doc.context.patientCase) medical += 0.5;
  return new Features(cueBits, medical, triggeredTags, spans, doc.text, specialties, hashSpecialties, present, words, ages, refs, hashes, generation, TOKENS.rec, TOKENS.feature);
}
