// Draft-level context shared by the privacy rules. The same detail means different things in
// different posts: "Oct 24" in a conference post is fine, in a case narrative it is an
// encounter date; "555-0100" is a clinic's line in a notice and a family's phone in a story.
import { buildPhraseIndex, findPhrases } from './phrases.ts';
import type { Context, Document } from './types.ts';

// Words that, on their own, tell of one particular patient's encounter.
const CASE_WORDS = new Set([
  'pt', "pt's", 'born', 'chart', 'admitted', 'discharged', 'diagnosed', 'intubated', 'extubated', 'coded', 'resuscitated',
  'stitched', 'sutured', 'reattached', 'transferred', 'triaged', 'hpi', 'curbside', 'biopsied',
  'amputated', 'rosc', 'reintubated', 'died', 'treated', 'saw', 'seen', 'interrogated', 'scoped', 'wheezing',
  'yo', 'y/o', 'pod1', 'stabilized', 'tubed', 'coding', 'admit', 'admitting', 'bedside',
]);

// Multi-word cues of a particular patient.
const CASE_PHRASES = buildPhraseIndex([
  'my patient', 'my pt', 'our patient', 'a patient of mine', 'this patient', 'the pt', 'a pt',
  'our first pt', 'my longtime patient', 'came in', 'came back', 'came into', 'walked into', 'walked in',
  'brought in', 'rolled in', 'flew her out', 'flew him out', 'the family', 'his wife', 'her husband', 'his son',
  'her son', 'his daughter', 'her daughter', 'her parents', 'his parents', 'his mom', 'her mom', 'his dad',
  'her dad', 'rang the bell', 'teaching case', 'the case', "friday's case", 'case of', 'we had a',
  'presented with', 'presented to', 'saw a', 'treated a', 'lost a', 'coded a', 'intubated a', 'delivered a', 'diagnosed a',
  'came through', 'in the ed', 'in our ed', 'to the ed', 'to our ed', 'in the er', 'to the er', 'in our icu', 'in the icu', 'our icu',
  'notes for', 'review notes', 'in clinic', 'to clinic', 'into clinic', 'back to clinic', 'in my clinic', 'came to', 'on my unit', 'in the or',
  'our appointment', 'went home', 'fundraising for', 'fundraiser for', 'medical bills', 'needs a donor', 'tore her', 'tore his', 'broke her',
  'broke his', 'his biopsy', 'her biopsy', 'his scan', 'her scan', 'her surgery', 'his surgery', 'on hospice',
]);

// Cues of a practice notice or an event: hours, hiring, conferences, awareness days.
const NOTICE_WORDS = new Set([
  'hiring', 'apply', 'résumé', 'resume', 'closed', 'reopen', 'reopens', 'walk-ins', 'rsvp', 'register',
  'registration', 'webinar', 'poster', 'posters', 'session', 'plenary', 'keynote', 'symposium', 'workshop',
  'presenting', 'moderate', 'moderating', 'panel', 'slides', 'conference', 'meeting', 'congress', 'summit',
  'awareness', 'portal', 'refill', 'refills', 'recruiting', 'candidates', 'loan', 'cme', 'attendings',
]);
const NOTICE_PHRASES = buildPhraseIndex([
  'our office', 'our clinic', 'our practice', 'our urgent care', 'our team will', 'we are open', "we're open",
  'will be closed', 'will open', 'is closed', 'is open', 'accepting new patients', 'new patients',
  'join us', 'come say hi', 'grand rounds', 'now hiring', "we're hiring", 'we are hiring', 'flu shot',
  'holiday hours', 'office hours', 'clinic hours', 'regular hours', 'extended hours', 'new hours', 'nurse line', 'call us', 'tweet camp', 'live-tweeting', 'heading to', 'see you at',
  'current patients', 'no appointment needed', 'joins our', 'welcome dr', 'sign up', 'we moved', "we've moved",
  'we have moved', 'new location', 'same phone', 'accepting patients', 'free screening',
]);
// #ASCO24, #AHA2024, #ESMO24: conference tags mark an event post.
const CONFERENCE_TAG = /^#[A-Za-z]{2,}\d{2}(?:\d{2})?$/;

const SELF_PHRASES = buildPhraseIndex([
  'my mom', 'my dad', 'my mother', 'my father', 'my wife', 'my husband', 'my son', 'my daughter', 'my kid',
  'my kids', 'my brother', 'my sister', 'my grandma', 'my grandpa', 'i was diagnosed', 'my own', 'got my',
  'i was admitted', 'i was hospitalized', 'i had surgery', 'my surgery', 'my appendix', 'moving back', 'my practice',
]);

// "58M", "24F", "44yo", "97-year-old": demographics of one person.
const DEMOGRAPHIC = /^(?:\d{1,3}(?:yo|y\/o|[mf]|-year-old|-month-old|-week-old|-day-old|mo|yr|yrs|-yr-old|-yo)|G\d{1,2}P\d{1,4})$/i;

const NAME_INITIAL = /(?<!\b(?:Dr|Prof|Mr|Mrs|Ms)\.? |\p{Lu}\p{Ll}* )\b\p{Lu}\p{Ll}{2,} \p{Lu}\.(?=[\s,;:)]|$)/u;
const NAME_WITH_AGE = /(?:\p{Lu}\.|\p{Lu}\p{Ll}+),? (?:age |aged )?\d{1,3},/u;
const MONTH_DAY_COMMA = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Room|Bed|Bay|Suite|Level|Stage|Grade|Phase|Day|Week|Step|Part) \d{1,3},/g;

export function detectContext(doc: Document): Context {
  let patientCase = false;
  let announcement = false;
  for (const w of doc.words) {
    const l = w.lower;
    if (!patientCase && (CASE_WORDS.has(l) || DEMOGRAPHIC.test(w.text))) patientCase = true;
    if (!announcement && NOTICE_WORDS.has(l)) announcement = true;
    if (patientCase && announcement) break;
  }
  if (!patientCase) {
    patientCase =
      findPhrases(doc, CASE_PHRASES).length > 0 ||
      /\b(?:Mrs?|Ms|Mx)\.? \p{Lu}/u.test(doc.text) ||
      /\b\d{1,3} ?(?:y\/o|y\.o\.|yrs? old|years? old)/i.test(doc.text) ||
      // "L.M., age 7", "Ruth, 96,": an individual's age beside initials or a name (not "Nov 4,").
      NAME_WITH_AGE.test(doc.text.replace(MONTH_DAY_COMMA, '')) ||
      // "Anna S.", "Kevin D.": a given name with a surname initial, the way charts and consults name patients.
      NAME_INITIAL.test(doc.text);
  }
  if (!announcement) {
    announcement =
      findPhrases(doc, NOTICE_PHRASES).length > 0 ||
      doc.entities.some((e) => e.kind === 'hashtag' && CONFERENCE_TAG.test(e.text));
  }
  const selfStory = findPhrases(doc, SELF_PHRASES).length > 0;
  return { patientCase, announcement, selfStory };
}
