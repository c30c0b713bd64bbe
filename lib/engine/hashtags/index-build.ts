// The trigger index, built once at module load: every trigger phrase of the ontology and its
// supplement, keyed by its first word, pointing at the tags it signals.
import { HASHTAGS, SPECIALTIES, SPECIALTY_COMMUNITY, type HashtagEntry } from '../data/hashtag-communities.ts';
import { CONTEXT_WORDS, EXTRA_TRIGGERS } from '../data/hashtags.ts';
import { CLASS_CONTEXT_WORDS, CLASS_TRIGGERS, DRUG_TRIGGERS, FIELD_TRIGGERS, LOCAL_LANGUAGE_TRIGGERS, LOCAL_PUBLIC_HEALTH_TRIGGERS, SCORE_TRIGGERS } from '../data/hashtag-classes.ts';
import { EPONYM_HEADS, EPONYMS } from '../data/eponyms.ts';
import { WEAK_MEDICAL_WORDS } from '../data/hashtag-cues.ts';
import { RARE_CONDITIONS, RARITY_PHRASES } from '../data/rare-conditions.ts';
import { phraseWords } from '../phrases.ts';
import { normalizeWords } from './normalize.ts';

export interface Trigger {
  /** The phrase's words as the tokenizer lower-cases them, their numbers (see wordId), and how many there are. */
  words: string[];
  ids: number[];
  len: number;
  phrase: string;
  /** Tags (canonical) the phrase points at. */
  tags: string[];
  /** An everyday word: adds to a tag once the draft is medical, never makes it medical. */
  context: boolean;
  /** Named only by the list of rare conditions: a lighter signal. */
  rare: boolean;
  /** What the phrase adds to how medical a draft is: 0 for a context word or a weak one, 0.7 if rare, else 1. */
  medical: number;
  /** Where ./features.ts's program of the trigger's tags starts (a number), made the first time a draft holds it. */
  found: unknown;
  /** The draft (by ./features.ts's counter) that last matched the phrase: a repeat adds no feature (for a trigger of a long list; a short list's are stamped by number). */
  stamp: number;
}

/**
 * The words of the phrases matched word by word (triggers here, kinds of post in ./features.ts),
 * numbered when the modules load: a draft's token is matched against a phrase's word by number,
 * without reading either string.
 */
export const WORD_ID = new Map<string, number>();
export function wordId(w: string): number {
  let id = WORD_ID.get(w);
  if (id === undefined) WORD_ID.set(w, (id = WORD_ID.size));
  return id;
}

/** Canonical tag, lower-cased -> its ontology entry. */
export const ENTRY_OF = new Map<string, HashtagEntry>();
for (const e of HASHTAGS) ENTRY_OF.set(e.tag.toLowerCase(), e);

/** A phrase as the suggester sees it: tokenised, then spelling and abbreviations normalised. */
export function phraseKey(phrase: string): string {
  return normalizeWords(phraseWords(phrase)).join(' ');
}

const CONTEXT = new Set(CONTEXT_WORDS.map(phraseKey));
/** Everyday words that hint at medicine without making a draft medical. */
export const WEAK = new Set(WEAK_MEDICAL_WORDS.map(phraseKey));

const tagsOf = new Map<string, Set<string>>();
function addTrigger(phrase: string, tag: string): void {
  const key = phraseKey(phrase);
  if (!key) return;
  let set = tagsOf.get(key);
  if (!set) tagsOf.set(key, (set = new Set()));
  set.add(tag);
}
for (const e of HASHTAGS) for (const t of e.triggers) addTrigger(t, e.tag);
for (const [tag, triggers] of Object.entries(EXTRA_TRIGGERS)) {
  const entry = ENTRY_OF.get(tag.toLowerCase());
  if (!entry) continue; // only tags the ontology knows
  for (const t of triggers) addTrigger(t, entry.tag);
}
// The class vocabularies: their everyday words are context words, unless the ontology already
// counts them as medical.
const CLASS_CONTEXT = new Set(CLASS_CONTEXT_WORDS.map(phraseKey));
for (const [tag, triggers] of [CLASS_TRIGGERS, SCORE_TRIGGERS, DRUG_TRIGGERS, FIELD_TRIGGERS, LOCAL_LANGUAGE_TRIGGERS, LOCAL_PUBLIC_HEALTH_TRIGGERS].flatMap((m) => Object.entries(m))) {
  const entry = ENTRY_OF.get(tag.toLowerCase());
  if (!entry) continue;
  for (const t of triggers) {
    const key = phraseKey(t);
    if (CLASS_CONTEXT.has(key) && !tagsOf.has(key)) CONTEXT.add(key);
    addTrigger(t, entry.tag);
  }
}

// Rare conditions point at the rare-disease community; phrases of rarity ("never seen one in
// 20 years") add to it once the draft is medical.
const RARE_TAG = ENTRY_OF.get('#rarediseases') ?? ENTRY_OF.get('#raredisease');
const rarity = new Set<string>();
const rareOnly = new Set<string>();
if (RARE_TAG) {
  // Only conditions no other community claims ("measles" is the ID community's), and lightly.
  for (const c of RARE_CONDITIONS) {
    const key = phraseKey(c);
    if (c.length < 5 || !/[a-z]/.test(c) || tagsOf.has(key)) continue;
    rareOnly.add(key);
    addTrigger(c, RARE_TAG.tag);
  }
  for (const p of RARITY_PHRASES) {
    const key = phraseKey(p);
    if (!key || !/[a-z]/.test(key)) continue;
    if (!tagsOf.has(key)) rarity.add(key);
    addTrigger(p, RARE_TAG.tag);
  }
}

/** Eponym surnames and the heads that make them a medical eponym ("Virchow's node"). */
export const EPONYM_NAMES = new Set(EPONYMS);
export const EPONYM_HEAD_WORDS = new Set(EPONYM_HEADS);

/** First word -> triggers starting with it, longest first. */
export const BY_FIRST = new Map<string, Trigger[]>();
for (const [key, tags] of tagsOf) {
  const words = key.split(' ');
  const context = CONTEXT.has(key) || rarity.has(key);
  const rare = rareOnly.has(key);
  const medical = context || WEAK.has(key) ? 0 : rare ? 0.7 : 1;
  const t: Trigger = { words, ids: words.map(wordId), len: words.length, phrase: key, tags: [...tags], context, rare, medical, found: undefined, stamp: 0 };
  const list = BY_FIRST.get(words[0]!) ?? [];
  list.push(t);
  BY_FIRST.set(words[0]!, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Specialty names and synonyms, lower case, to the canonical specialty. */
export const SPECIALTY_OF = new Map<string, string>();
for (const [name, synonyms] of Object.entries(SPECIALTIES)) {
  SPECIALTY_OF.set(name, name);
  for (const s of synonyms) if (!SPECIALTY_OF.has(s.toLowerCase())) SPECIALTY_OF.set(s.toLowerCase(), name);
}

/** Specialty -> its community tag (canonical), when the ontology holds it. */
export const COMMUNITY_OF = new Map<string, string>();
for (const [s, tag] of Object.entries(SPECIALTY_COMMUNITY)) {
  const e = ENTRY_OF.get(tag.toLowerCase());
  if (e) COMMUNITY_OF.set(s, e.tag);
}
