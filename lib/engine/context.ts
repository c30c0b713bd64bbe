// Draft-level context shared by the privacy rules. The same detail means different things in
// different posts: "Oct 24" in a conference post is fine, in a case narrative it is an
// encounter date; "555-0100" is a clinic's line in a notice and a family's phone in a story.
import { lexemesOf } from './lexemes.ts';
import { buildPhraseIndex, findPhrases, wordFlags } from './phrases.ts';
import type { Context, Document } from './types.ts';
import { CASE_PHRASES_LIST, CASE_WORDS_LIST, NOTICE_PHRASES_LIST, NOTICE_WORDS_LIST, SELF_PHRASES_LIST } from './data/context-cues.ts';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './data/calendar.ts';
import { NUMBER_LABELS } from './data/number-labels.ts';

// Multi-word cues of a particular patient.
const CASE_PHRASES = buildPhraseIndex(CASE_PHRASES_LIST);

// Cues of a practice notice or an event: hours, hiring, conferences, awareness days.
const NOTICE_PHRASES = buildPhraseIndex(NOTICE_PHRASES_LIST);
// #ASCO24, #AHA2024, #ESMO24: conference tags mark an event post.
const CONFERENCE_TAG = /^#[A-Za-z]{2,}\d{2}(?:\d{2})?$/;

const SELF_PHRASES = buildPhraseIndex(SELF_PHRASES_LIST);

// What each word tells, by its number among the phrase indexes' first words (phrases.ts numbers a
// document's words once, for every index): a case word, a notice word, the first word of a case
// or notice phrase. One array read per word, where the words were looked up in two sets and
// walked twice more for the phrases. A listed word that is no single word as the tokenizer cuts
// them ('y/o') never equals a word's lower case, so it is left out.
const CASE_WORD = 1;
const NOTICE_WORD = 2;
const CASE_FIRST = 4;
const NOTICE_FIRST = 8;
const WORD_BITS = wordFlags([
  [CASE_WORDS_LIST, CASE_WORD],
  [NOTICE_WORDS_LIST, NOTICE_WORD],
  [[...CASE_PHRASES.byFirst.keys()], CASE_FIRST],
  [[...NOTICE_PHRASES.byFirst.keys()], NOTICE_FIRST],
]);

// "58M", "24F", "44yo", "97-year-old": demographics of one person.
const DEMOGRAPHIC = /^(?:\d{1,3}(?:yo|y\/o|[mf]|-year-old|-month-old|-week-old|-day-old|mo|yr|yrs|-yr-old|-yo)|G\d{1,2}P\d{1,4})$/i;

// "my MS patient", "our oldest TAVR patient": one patient, described (not "our patients", "our patient portal").
const DESCRIBED_PATIENT = /\b(?:my|our) (?:[\w-]+ ){1,2}(?:patient|pt)\b(?!s\b|(?:'s)? (?:portal|experience|care|safety|education|satisfaction|advocate))/i;

const NAME_INITIAL = /(?<!\b(?:Dr|Prof|Mr|Mrs|Ms)\.? |\p{Lu}\p{Ll}* )\b\p{Lu}\p{Ll}{2,} \p{Lu}\.(?=[\s,;:)]|$)/u;
const DIGIT_COMMA = /\d,/;
const SPACE_INITIAL = / \p{Lu}\./u;
const NAME_WITH_AGE = /(?:\p{Lu}\.|\p{Lu}\p{Ll}+),? (?:age |aged )?\d{1,3},/u;
const CALENDAR = [...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS].map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const MONTH_DAY_COMMA = new RegExp(`\\b(?:${[...CALENDAR, ...NUMBER_LABELS].join('|')}) \\d{1,3},`, 'g');

// A bed, bay or room by its number, in English and the languages clinicians post in ("bed 4", "Rm 12", "cama 6").
const BED_NUMBER = /\b(?:[Rr]oom|[Rr]m|[Bb]ed|[Bb]ay|[Cc]ubicle|[Cc]ama|[Ll]eito|[Ll]etto|[Cc]hambre|[Hh]abitaci[oó]n)\.? ?#?\d{1,4}[A-Za-z]?\b/;

/** DEMOGRAPHIC can match: the word opens with a digit or a G. */
function mayBeDemographic(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 71 || c === 103;
}

export function detectContext(doc: Document): Context {
  // First: it numbers the document's words (see WORD_BITS).
  const selfStory = findPhrases(doc, SELF_PHRASES).length > 0;
  const lexemes = lexemesOf(doc);
  const words = doc.words;
  let patientCase = false;
  let seen = 0;
  for (let i = 0; i < words.length; i++) {
    const id = lexemes[i]!.firstId;
    if (id >= 0 && id < WORD_BITS.length) seen |= WORD_BITS[id]!;
    if (!patientCase && (seen & CASE_WORD) === 0) {
      const text = words[i]!.text;
      if (mayBeDemographic(text) && DEMOGRAPHIC.test(text)) patientCase = true;
    }
    // Past this, the phrases' first words are not needed.
    if ((patientCase || (seen & CASE_WORD) !== 0) && (seen & NOTICE_WORD) !== 0) break;
  }
  let announcement = (seen & NOTICE_WORD) !== 0;
  if ((seen & CASE_WORD) !== 0) patientCase = true;
  if (!patientCase) {
    patientCase =
      ((seen & CASE_FIRST) !== 0 && findPhrases(doc, CASE_PHRASES).length > 0) ||
      DESCRIBED_PATIENT.test(doc.text) ||
      /\b(?:Mrs?|Ms|Mx)\.? \p{Lu}/u.test(doc.text) ||
      // "58 y/o", "31-jährige", "una niña de 4 años": one person's age in English, German, Spanish or Portuguese (one pass).
      // Not the end of a range, which sets who a notice is for ("de 50 a 69 anos", "aged 50 to 74 years old").
      /(?<!(?:\b(?:a|to|y|e|até|and)|[-–]) ?)\b\d{1,3}(?: ?(?:y\/o|y\.o\.|yrs? old|years? old)|[- ]?(?:jährige[rn]?|años|anos)\b)/i.test(doc.text) ||
      // "L.M., age 7", "Ruth, 96,": an individual's age beside initials or a name (not "Nov 4,").
      // Each match holds a digit before a comma (the months it is run without never end in a
      // digit), and each NAME_INITIAL match a capital initial after a space: cheap tests first.
      // Every MONTH_DAY_COMMA match ("Nov 4,") is itself a NAME_WITH_AGE match, so a text with
      // none is one the replace leaves as it is: the text is copied only when it holds one.
      (DIGIT_COMMA.test(doc.text) && NAME_WITH_AGE.test(doc.text) && NAME_WITH_AGE.test(doc.text.replace(MONTH_DAY_COMMA, ''))) ||
      // "Anna S.", "Kevin D.": a given name with a surname initial, the way charts and consults name patients.
      (SPACE_INITIAL.test(doc.text) && NAME_INITIAL.test(doc.text));
  }
  if (!announcement) {
    announcement =
      ((seen & NOTICE_FIRST) !== 0 && findPhrases(doc, NOTICE_PHRASES).length > 0) ||
      doc.entities.some((e) => e.kind === 'hashtag' && CONFERENCE_TAG.test(e.text));
  }
  // "Rm 5 is a retired librarian": a bed or a room by its number places one patient, outside a notice
  // (a support group "meets in Room 218"). Of the labelled and outside drafts that hold one and no
  // other cue of a case, 177 were risky and 10 clean.
  if (!patientCase && !announcement) patientCase = BED_NUMBER.test(doc.text);
  return { patientCase, announcement, selfStory };
}
