// Draft-level context shared by the privacy rules. The same detail means different things in
// different posts: "Oct 24" in a conference post is fine, in a case narrative it is an
// encounter date; "555-0100" is a clinic's line in a notice and a family's phone in a story.
import { buildPhraseIndex, findPhrases } from './phrases.ts';
import type { Context, Document } from './types.ts';
import { CASE_PHRASES_LIST, CASE_WORDS_LIST, NOTICE_PHRASES_LIST, NOTICE_WORDS_LIST, SELF_PHRASES_LIST } from './data/context-cues.ts';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from './data/calendar.ts';

// Words that, on their own, tell of one particular patient's encounter.
const CASE_WORDS = new Set(CASE_WORDS_LIST);

// Multi-word cues of a particular patient.
const CASE_PHRASES = buildPhraseIndex(CASE_PHRASES_LIST);

// Cues of a practice notice or an event: hours, hiring, conferences, awareness days.
const NOTICE_WORDS = new Set(NOTICE_WORDS_LIST);
const NOTICE_PHRASES = buildPhraseIndex(NOTICE_PHRASES_LIST);
// #ASCO24, #AHA2024, #ESMO24: conference tags mark an event post.
const CONFERENCE_TAG = /^#[A-Za-z]{2,}\d{2}(?:\d{2})?$/;

const SELF_PHRASES = buildPhraseIndex(SELF_PHRASES_LIST);

// "58M", "24F", "44yo", "97-year-old": demographics of one person.
const DEMOGRAPHIC = /^(?:\d{1,3}(?:yo|y\/o|[mf]|-year-old|-month-old|-week-old|-day-old|mo|yr|yrs|-yr-old|-yo)|G\d{1,2}P\d{1,4})$/i;

// "my MS patient", "our oldest TAVR patient": one patient, described (not "our patients", "our patient portal").
const DESCRIBED_PATIENT = /\b(?:my|our) (?:[\w-]+ ){1,2}(?:patient|pt)\b(?!s\b|(?:'s)? (?:portal|experience|care|safety|education|satisfaction|advocate))/i;

const NAME_INITIAL = /(?<!\b(?:Dr|Prof|Mr|Mrs|Ms)\.? |\p{Lu}\p{Ll}* )\b\p{Lu}\p{Ll}{2,} \p{Lu}\.(?=[\s,;:)]|$)/u;
const DIGIT_COMMA = /\d,/;
const SPACE_INITIAL = / \p{Lu}\./u;
const NAME_WITH_AGE = /(?:\p{Lu}\.|\p{Lu}\p{Ll}+),? (?:age |aged )?\d{1,3},/u;
const CALENDAR = [...MONTHS, ...MONTH_ABBREVIATIONS, ...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS].map((w) => w.charAt(0).toUpperCase() + w.slice(1));
const MONTH_DAY_COMMA = new RegExp(`\\b(?:${CALENDAR.join('|')}|Room|Bed|Bay|Suite|Level|Stage|Grade|Phase|Day|Week|Step|Part|Station|Ward|Unit|Pod|Team|Engine|Medic|Ladder|Exit|Gate|Lot|Floor|Building|Bldg|Site|Zone) \\d{1,3},`, 'g');

/** DEMOGRAPHIC can match: the word opens with a digit or a G. */
function mayBeDemographic(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 71 || c === 103;
}

export function detectContext(doc: Document): Context {
  let patientCase = false;
  let announcement = false;
  for (const w of doc.words) {
    const l = w.lower;
    if (!patientCase && (CASE_WORDS.has(l) || (mayBeDemographic(w.text) && DEMOGRAPHIC.test(w.text)))) patientCase = true;
    if (!announcement && NOTICE_WORDS.has(l)) announcement = true;
    if (patientCase && announcement) break;
  }
  if (!patientCase) {
    patientCase =
      findPhrases(doc, CASE_PHRASES).length > 0 ||
      DESCRIBED_PATIENT.test(doc.text) ||
      /\b(?:Mrs?|Ms|Mx)\.? \p{Lu}/u.test(doc.text) ||
      /\b\d{1,3} ?(?:y\/o|y\.o\.|yrs? old|years? old)/i.test(doc.text) ||
      // "31-jährige", "una niña de 4 años": one person's age in German, Spanish or Portuguese.
      /\b\d{1,3}[- ]?(?:jährige[rn]?|años|anos)\b/i.test(doc.text) ||
      // "L.M., age 7", "Ruth, 96,": an individual's age beside initials or a name (not "Nov 4,").
      // Each match holds a digit before a comma (the months it is run without never end in a
      // digit), and each NAME_INITIAL match a capital initial after a space: cheap tests first.
      (DIGIT_COMMA.test(doc.text) && NAME_WITH_AGE.test(doc.text.replace(MONTH_DAY_COMMA, ''))) ||
      // "Anna S.", "Kevin D.": a given name with a surname initial, the way charts and consults name patients.
      (SPACE_INITIAL.test(doc.text) && NAME_INITIAL.test(doc.text));
  }
  if (!announcement) {
    announcement =
      findPhrases(doc, NOTICE_PHRASES).length > 0 ||
      doc.entities.some((e) => e.kind === 'hashtag' && CONFERENCE_TAG.test(e.text));
  }
  const selfStory = findPhrases(doc, SELF_PHRASES).length > 0;
  return { patientCase, announcement, selfStory };
}
