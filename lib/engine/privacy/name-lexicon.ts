// Word sets the name rules share: given names (two public-domain lists plus our additions),
// English words (to tell "Grace" the name from "grace" the word), eponyms, colleagues' titles.
import { COMMON_ENGLISH_WORDS } from '../data/packed/common-words.ts';
import { GIVEN_NAMES } from '../data/packed/given-names.ts';
import { unpackWords } from '../data/packed/pack.ts';
import { ACRONYMS, BIG_CITIES, CLINICAL_ABBREVIATIONS, COUNTRIES, EMPLOYER_WORDS, EPONYM_HEADS, EPONYMS, FACILITY_WORDS, HISTORICAL_FULL_NAMES, HISTORICAL_PHYSICIANS, NAME_WORDS_COMMON, PLACE_SUFFIXES, RELATIVE_WORDS, SCHOOL_WORDS, STAFF_ROLES, STREET_SUFFIXES, US_STATES } from '../data/packed/lists.ts';
import { NICKNAME_PREFIXES } from '../data/relatives.ts';
import { PATIENT_TITLE_WORDS, PET_WORDS, PLACEHOLDER_NAMES, PROFESSIONAL_TITLE_WORDS } from '../data/name-cues.ts';
import { buildPhraseIndex, findPhrases, perDocument, toSet, wordFlags, type PhraseMatch } from '../phrases.ts';
import type { Document } from '../types.ts';
import { numberedLexemes } from './word-numbers.ts';
import { OCCASIONS } from '../data/occasions.ts';
import { NUMBER_WORDS } from '../data/number-words.ts';
import { MONTH_ABBREVIATIONS, MONTHS, NAME_LIKE_HOLIDAYS, WEEKDAYS } from '../data/calendar.ts';
import { DRAFT_CUES } from '../data/privacy-cues.ts';

// The packed list holds our additions too (scripts/pack-wordlists.ts), lower-cased.
export const FIRST_NAMES = new Set(unpackWords(GIVEN_NAMES));

/** Frequent English words (lower case). A capitalised one is only a name with strong context. */
export const COMMON_WORDS = new Set<string>([...unpackWords(COMMON_ENGLISH_WORDS), ...NAME_WORDS_COMMON]);

export const EPONYM_SET = toSet(EPONYMS);
export const EPONYM_HEAD_SET = toSet(EPONYM_HEADS);
export const HISTORICAL = toSet(HISTORICAL_PHYSICIANS);
export const HISTORICAL_FULL = toSet(HISTORICAL_FULL_NAMES);
export const RELATIVES = toSet(RELATIVE_WORDS);
/** Big cities, states and countries (lower case, as the lists are). */
export const REGIONS = new Set([...BIG_CITIES, ...US_STATES, ...COUNTRIES]);
export const NICKNAMES = toSet(NICKNAME_PREFIXES);
export const STAFF = toSet(STAFF_ROLES);
/** Words that end a place's name ("Larch Ave", "Tulloch Creek"): not given names there. */
export const PLACE_WORDS = toSet([...STREET_SUFFIXES, ...PLACE_SUFFIXES, ...SCHOOL_WORDS, ...FACILITY_WORDS, ...EMPLOYER_WORDS]);

/** Titles that mark a colleague, not a patient: the words after them are skipped. */
export const PROFESSIONAL_TITLES = new Set(PROFESSIONAL_TITLE_WORDS);

/** Titles that introduce a (lay) person: in a clinician's post, almost always a patient. */
export const PATIENT_TITLES = new Set(PATIENT_TITLE_WORDS);

export const MONTHS_AND_DAYS = new Set([...MONTHS, ...WEEKDAYS, ...NAME_LIKE_HOLIDAYS]);
/** Months' short names ("jan", "sept"): a month only beside a day or a word of time, since Jan is a name too. */
export const MONTH_SHORT = new Set(MONTH_ABBREVIATIONS);

/** Festivals and named days as phrases: some read like a person's name ("Ganesh Chaturthi"). */
const OCCASION_INDEX = buildPhraseIndex(OCCASIONS);
/** The festivals and named days of a document, found once for the rules that read them. */
export const occasionsIn: (doc: Document) => PhraseMatch[] = perDocument((doc) => findPhrases(doc, OCCASION_INDEX));

// Placeholders and history's full names ("Henrietta Lacks"): names that stand for no patient.
const PLACEHOLDER_INDEX = buildPhraseIndex([...PLACEHOLDER_NAMES, ...HISTORICAL_FULL_NAMES]);

// "In 1846", "since 1799", "(1820–1910)", "16 October 1846", "Oct 16, 1846": a year before 1900 as
// history dates it; so does "On this day in 1928". Not "from 1030" or "until 1700" (clock times),
// not "1500 mL", not a "(1800) …" phone number.
const OLD_YEAR = /\bthis day in 1\d\d\d\b|\b(?:in|since|circa)\s+1[5-8]\d\d\b(?![.,]\d|\s?(?:mg|mcg|ml|l|g|kg|units?|cc|k?cal|hrs?|hours|h)\b)|\(1[5-8]\d\d\s?[–-]\s?1[5-9]\d\d\)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d{1,2}(?:st|nd|rd|th)?)?,? 1[5-8]\d\d\b(?![.,]\d)/gi;
const MODERN_YEAR = /\b19[0-6]\d\b/g;
const HISTORY_WORDS = /\b(?:first|nobel|invented|discovered|introduced|described|pioneered|founded|coined)\b/i;
/**
 * The sentences (by index) that a year before 1900 dates: history, where nobody named is a patient
 * ("In 1846 at Massachusetts General, William Morton demonstrated ether"). Once per document.
 */
export const historicalSentences: (doc: Document) => ReadonlySet<number> = perDocument((doc) => {
  const out = new Set<number>();
  if (!/1[5-9]\d\d/.test(doc.text)) return out;
  // A year before 1970 in a sentence that tells a first, a discovery or a prize is history too
  // ("the first human heart transplant, 3 December 1967", "Gerty Cori, 1947: first American woman to win the Nobel").
  // (Matches come left to right, so one pointer walks the sentences once; each sentence is read once.)
  let s = 0;
  let read = -1;
  MODERN_YEAR.lastIndex = 0;
  for (let m = MODERN_YEAR.exec(doc.text); m; m = MODERN_YEAR.exec(doc.text)) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= m.index) s++;
    const x = doc.sentences[s];
    if (!x || s === read || x.start > m.index) continue;
    read = s;
    if (HISTORY_WORDS.test(doc.text.slice(x.start, x.end))) out.add(s);
  }
  OLD_YEAR.lastIndex = 0;
  s = 0;
  for (let m = OLD_YEAR.exec(doc.text); m; m = OLD_YEAR.exec(doc.text)) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= m.index) s++;
    // "On this day in 1854…" tells history in every sentence: nothing is left to find.
    if (/^this/i.test(m[0])) return new Set(doc.sentences.keys());
    if (s < doc.sentences.length && doc.sentences[s]!.start <= m.index) out.add(s);
  }
  return out;
});

/**
 * A pet's name: the capitalised word after an animal ("our cat Mango", "station dog Biscuit", "a
 * horse named Duke"), by word index, and where each ends (an age right after it is the pet's too).
 */
const PET_TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'sir', 'lady', 'dr', 'captain', 'professor', 'lord', 'princess', 'prince']);

export const petNamesIn: (doc: Document) => { words: ReadonlySet<number>; ends: ReadonlySet<number> } = perDocument((doc) => {
  const words = new Set<number>();
  const ends = new Set<number>();
  const ws = doc.words;
  const bits = listBits(doc);
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!(bits[i]! & PET_BIT)) continue;
    let k = i + 1;
    if ((ws[k]!.lower === 'named' || ws[k]!.lower === 'called') && k + 1 < ws.length) k++;
    let w = ws[k]!;
    if (w.sentence !== ws[i]!.sentence || !/^\p{Lu}/u.test(w.text)) continue;
    // "our practice cat, Mr Pickles", "my cat Mr. Pickens": a title is part of a pet's name.
    if (PET_TITLES.has(w.lower) && k + 1 < ws.length && ws[k + 1]!.sentence === w.sentence && /^\p{Lu}/u.test(ws[k + 1]!.text)) {
      words.add(k);
      w = ws[++k]!;
    }
    words.add(k);
    ends.add(w.end);
  }
  return { words, ends };
});

/**
 * Words that name no patient whatever the story, as 1 by word index: a festival named like a person
 * ("Ganesh Chaturthi", the occasion rule's date), a placeholder ("John Doe", "Doe, Jane") or a famous
 * physician's full name ("Henrietta Lacks"), a sentence
 * that history dates ("In 1846 … William Morton"), a pet ("our cat Mango"). Once per document.
 */
export const notPatientNames: (doc: Document) => Uint8Array = perDocument((doc) => {
  const out = new Uint8Array(doc.words.length);
  for (const m of occasionsIn(doc)) out.fill(1, m.first, m.end);
  for (const m of findPhrases(doc, PLACEHOLDER_INDEX)) out.fill(1, m.first, m.end);
  for (const s of historicalSentences(doc)) out.fill(1, doc.sentences[s]!.firstWord, doc.sentences[s]!.endWord);
  for (const k of petNamesIn(doc).words) out[k] = 1;
  return out;
});

/** Function words of Spanish, French and Portuguese ("de", "la", "que", "pour"): the privacy model's foreign cue. */
const FOREIGN_WORDS: ReadonlySet<string> = new Set(DRAFT_CUES.foreign);
// Their other short words, never a name in a post in those languages ("Si te llega la carta", "Le patient").
const FUNCTION_WORDS_ABROAD: ReadonlySet<string> = new Set([...FOREIGN_WORDS, 'si', 'se', 'te', 'lo', 'le', 'al', 'mi', 'en', 'je', 'il', 'ce', 'ne', 'ma', 'mon', 'ton', 'mes', 'tes', 'ses', 'um', 'os', 'ao', 'em']);
/** Articles and clitics that a sentence's first word comes before ("Ola de calor", "Si tu hijo"); a name comes before a verb or "con". */
const OPENING_NEXT: ReadonlySet<string> = new Set(['de', 'du', 'des', 'la', 'el', 'los', 'las', 'le', 'les', 'tu', 'te', 'se']);
/** The word at i opens a sentence of a post in Spanish, French or Portuguese before an article or a clitic and a plain word: no name. */
export const openingAbroad = (doc: Document, i: number): boolean => {
  const [next, then] = [doc.words[i + 1], doc.words[i + 2]];
  return !!next && !!then && OPENING_NEXT.has(next.lower) && !FUNCTION_WORDS_ABROAD.has(then.lower) && /^\p{Ll}+$/u.test(then.text) && foreignDraft(doc);
};
/** A function word of Spanish, French or Portuguese in a post written in one of them. */
export const functionWordAbroad = (doc: Document, lower: string): boolean => FUNCTION_WORDS_ABROAD.has(lower) && foreignDraft(doc);
/** The draft is written in Spanish, French or Portuguese: three of their function words (as the model's cue counts). */
export const foreignDraft: (doc: Document) => boolean = perDocument((doc) => {
  let n = 0;
  for (const w of doc.words) if (FOREIGN_WORDS.has(w.lower) && ++n >= 3) return true;
  return false;
});

// A colleague named with a credential, with the author or from their team: "Ana, RN", "Jen and I",
// "Sam from our ICU team".
export const COLLEAGUE_AFTER = /^(?:,? (?:RN|MD|DO|NP|PA|PA-C|PharmD|PhD|MSN|BSN|CNA|RT|MBBS|FRCS|FRCP|MRCP|FRACS|FRACP)\b|,? and (?:I|me|the team)\b| from (?:our|the) (?:\w+ ){0,2}(?:team|unit|lab|clinic|office|department|dept|residency|program|crew)\b)/;

/** "Linda, our unit clerk", "Sam, the night nurse": a role word right after the apposition to word i. */
export function staffAfter(doc: Document, i: number): boolean {
  for (let k = i + 2; k <= i + 4 && k < doc.words.length; k++) if (STAFF.has(doc.words[k]!.lower)) return true;
  return false;
}

/** The name ending at word i is a colleague's: a credential, "and I", their team, or their role in apposition ("Priya Raman, our chief resident"). */
export function colleagueAfter(doc: Document, i: number): boolean {
  const end = doc.words[i]!.end;
  const tail = doc.text.slice(end, end + 40);
  return COLLEAGUE_AFTER.test(tail) || (/^,\s*(?:our|the|a|an|my)\b/.test(tail) && staffAfter(doc, i));
}

const THIRD_PERSON = /\b(?:he|she|him|his|her)\b/i;
/** Whether the draft speaks of someone as he or she: a story about a person. Once per document. */
export const toldOfSomeone: (doc: Document) => boolean = perDocument((doc) => THIRD_PERSON.test(doc.text));

/**
 * Each word's bits in `flags`, a table of phrases.ts' wordFlags (by the word's number among the
 * phrase indexes' first words): one array read per word where each list was a set look-up.
 */
export function wordBits(doc: Document, flags: Uint8Array): Uint8Array {
  const lexemes = numberedLexemes(doc);
  const bits = new Uint8Array(lexemes.length);
  for (let i = 0; i < lexemes.length; i++) {
    const id = lexemes[i]!.firstId;
    if (id >= 0 && id < flags.length) bits[i] = flags[id]!;
  }
  return bits;
}

// encounter-date: the relative times in Spanish, French, Portuguese and German posts ("hoy", "ce matin", "ontem"),
// found word by word. French "hier" only with its part of the day: alone it is German "here".
// With the words colleagues mix into English: Hindi and Urdu "aaj", Tagalog "kagabi" and "kahapon", Dutch
// "vandaag" and "gisteren", Italian "oggi" and "ieri" (in the read drafts, 35 risky, 10 clean hold one).
export const ABROAD_ALONE = new Set(['hoy', 'ayer', 'anoche', 'anteayer', "aujourd'hui", 'aujourd’hui', 'hoje', 'ontem', 'heute', 'gestern', 'aaj', 'kagabi', 'kahapon', 'vandaag', 'gisteren', 'oggi', 'ieri']);
// Days of the week in Spanish, French and Portuguese, written in lower case as those languages write
// them ("el sábado", "samedi passé", "no domingo"; "Domingo" capitalised is a name).
export const WEEKDAYS_ABROAD = new Set([
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
  'samedi', 'dimanche', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
]);
// A Map, not an object: a draft's words must never reach Object.prototype ("constructor").
export const ABROAD_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['esta', new Set(['mañana', 'tarde', 'noche', 'semana', 'manhã'])],
  ['hier', new Set(['soir', 'matin'])],
  ['ce', new Set(['matin', 'soir'])],
  ['cette', new Set(['nuit', 'semaine'])],
  ['cet', new Set(['après-midi'])],
  ['heute', new Set(['nacht', 'morgen', 'früh'])],
  ['gestern', new Set(['abend'])],
  ['letzte', new Set(['nacht'])],
  ['kal', new Set(['raat'])],
  ['hari', new Set(['ini'])],
  ['jana', new Set(['usiku'])],
]);

// The lists some rules read for every word, as bits by the word's number (their own words, so the
// bits say what the sets do): one table read per word where each list was a hash and a set probe.
export const TITLE_BIT = 1;
export const STAFF_BIT = 2;
export const PATIENT_TITLE_BIT = 4;
export const PET_BIT = 8;
export const RELATIVE_BIT = 16;
/** patient, patients, pt, pts, patient's, pt's */
export const PATIENT_BIT = 32;
/** A number written as a word ("ninety"). */
export const NUMBER_BIT = 64;
/** A relative time abroad alone, or its first word (encounter-date). */
export const ABROAD_BIT = 128;
const LIST_FLAGS = wordFlags([
  [[...PROFESSIONAL_TITLES], TITLE_BIT],
  [[...STAFF], STAFF_BIT],
  [[...PATIENT_TITLES].map((w) => w.toLowerCase()), PATIENT_TITLE_BIT],
  [PET_WORDS, PET_BIT],
  [[...RELATIVES], RELATIVE_BIT],
  [['patient', 'patients', 'pt', 'pts', "patient's", "pt's"], PATIENT_BIT],
  [Object.keys(NUMBER_WORDS), NUMBER_BIT],
  [[...ABROAD_ALONE, ...ABROAD_PAIRS.keys(), ...WEEKDAYS_ABROAD], ABROAD_BIT],
]);
/** Each word's bits of the lists above, once per document (read only). */
export const listBits: (doc: Document) => Uint8Array = perDocument((doc) => wordBits(doc, LIST_FLAGS));

/** nameClass bits: in FIRST_NAMES, COMMON_WORDS, HISTORICAL, EPONYM_SET. */
export const GIVEN_NAME = 1;
export const COMMON_WORD = 2;
export const HISTORICAL_NAME = 4;
export const EPONYM_WORD = 8;
// The classes of the words seen lately: a draft's capitalised words are looked up in the big
// sets once, then in this small map (a keystroke asks the same words again). Bounded: cleared when full.
const CLASSES = new Map<string, number>();

/** Which of the big word sets hold this lower-cased word (GIVEN_NAME | COMMON_WORD | HISTORICAL_NAME | EPONYM_WORD). */
export function nameClass(lower: string): number {
  let c = CLASSES.get(lower);
  if (c === undefined) {
    if (CLASSES.size >= 4096) CLASSES.clear();
    c = (FIRST_NAMES.has(lower) ? GIVEN_NAME : 0) | (COMMON_WORDS.has(lower) ? COMMON_WORD : 0) | (HISTORICAL.has(lower) ? HISTORICAL_NAME : 0) | (EPONYM_SET.has(lower) ? EPONYM_WORD : 0);
    CLASSES.set(lower, c);
  }
  return c;
}

/** Capitalises a replacement that lands at the start of a sentence (the name rules' fixes). */
export function capitalise(doc: Document, start: number, s: string): string {
  const before = doc.text.slice(Math.max(0, start - 3), start);
  return start === 0 || /[.!?\n]\s*$/.test(before) ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Every acronym and clinical abbreviation (data/acronyms.ts), upper case: no name, place or plate. */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([...ACRONYMS, ...CLINICAL_ABBREVIATIONS]);
