// Places smaller than a state in a patient's story: towns, neighbourhoods, streets, highways,
// schools, employers, venues and small hospitals. Big cities (conference cities), states and
// countries are fine, and so is a practice naming its own office in a notice.
import { STATE_CODES, STATE_CODES_AFTER_COMMA } from '../../data/places.ts';
import { BIG_CITIES, EMPLOYER_WORDS, FACILITY_WORDS, PLACE_SUFFIXES, SCHOOL_WORDS, STREET_SUFFIXES, VENUE_WORDS } from '../../data/packed/lists.ts';
import { Coverage, matchesNotAfter, gap, isAllCaps, isCapitalised, matches, startsSentence, toSet, withoutPossessive, wordIndexAt } from '../../phrases.ts';
import type { Document, RawFinding, Rule, Word } from '../../types.ts';
import { gate, gated, hasDigit, hasDigitRun } from '../../privacy/text-facts.ts';
import { KNOWN_ACRONYMS } from '../../privacy/name-lexicon.ts';
import { GENERIC_MODIFIERS_WORDS, PLACE_PREPOSITIONS_WORDS, TEAM_WORDS_LIST, UNIT_WORDS_LIST } from '../../data/place-cues.ts';
import { COMMON_WORD, COMMON_WORDS, EPONYM_WORD, GIVEN_NAME, historicalSentences, listBits, MONTH_SHORT, MONTHS_AND_DAYS, nameClass, PATIENT_TITLE_BIT, PATIENT_TITLES, PLACE_WORDS, REGIONS, toldOfSomeone } from '../../privacy/name-lexicon.ts';

const CITIES = toSet(BIG_CITIES);
const PLACE_END = toSet(PLACE_SUFFIXES);
const STREET_END = toSet(STREET_SUFFIXES);
const SCHOOL_END = toSet(SCHOOL_WORDS);
const FACILITY_END = toSet(FACILITY_WORDS);
const EMPLOYER_END = toSet(EMPLOYER_WORDS);
const VENUE_END = toSet(VENUE_WORDS);

// Prepositions that introduce a place: "from Fernmoor", "in Brisbeck", "outside Quillby".
// Words that describe a kind of facility rather than name one: "Cancer Center", "Community Hospital".
const GENERIC_MODIFIERS = new Set(GENERIC_MODIFIERS_WORDS);
// Hospitals known by name alone, and saints' hospitals: "Johns Hopkins", "St. Luke's", "Mt. Sinai".
const NAMED_HOSPITAL =
  /\b(?:Johns? Hopkins|Mayo Clinic|Cleveland Clinic|Mass General|MGH|MD Anderson|NYU Langone|Cedars[- ]Sinai|Mount Sinai|Mt\.? Sinai|Sloan[- ]Kettering|MSKCC|Dana[- ]Farber|Brigham(?: and Women's)?|UCSF|UCLA Health|UPMC|Penn Medicine|Duke Health|Stanford Health|Vanderbilt|Northwestern Medicine|Kaiser(?: Permanente)?|Intermountain|Geisinger|Ochsner|Baylor Scott|Parkland|Bellevue|Jackson Memorial|Grady)\b|\b(?:St|Saint|Mt|Mount)\.? [A-Z][a-z]+(?:'s|’s)?(?: (?:Hospital|Medical Center|Med Ctr|Health|Clinic|Regional|Mercy|General))?/g;
const TEAM_WORDS = new Set(TEAM_WORDS_LIST);
const UNIT_WORDS = new Set(UNIT_WORDS_LIST);
// A hospital's or health system's @handle named in a patient's story.
const ORG_HANDLE = /(?:mem|memorial|health|hospital|hosp|medical|med|clinic|children'?s?|healthcare|er|ed|icu)$/i;
const PLACE_PREPOSITIONS = new Set(PLACE_PREPOSITIONS_WORDS);
// "US", "CR" and "SR" take two digits or more ("US 41", not "abd US 2 days ago", "CR 2.1" creatinine).
// And a numbered exit off one ("exit 161"): as local as the road.
const ROAD = /\b(?:(?:Hwy|Highway|Route|Rte|Rt\.?|Interstate|I-|County Road|State Road)[ -]?\d{1,4}|(?:CR|SR|US)[ -]?\d{2,4}|[Ee]xit \d+[A-Z]?)\b(?![.,]\d)/y;
// ROAD's first word holds one of these (text-facts.ts gated).
const ROADS = gate('Hwy|Highway|Route|Rt|Interstate|I-|County|State|CR|SR|US|exit');
// Not the start of a longer hyphenated number ("CNIC 42101-4567891-3").
const ZIP = /\d{5}(?:-\d{4})?(?![\d.,%-])/g;
const STREET_NUMBER = /\b(?:\d{1,5} (?:[A-Z][a-z]+ ){1,3}|\d{1,3}(?:st|nd|rd|th) )(?:St|Street|Rd|Road|Ave|Avenue|Ln|Lane|Blvd|Boulevard|Dr|Drive|Ct|Court|Way|Pl|Place|Terrace|Pkwy|Parkway)\b\.?/g;
/** A full name and a comma end the text before an address: a given name, then a surname that is no word ("Gwendolyn Pryce, "; not "Northfield Neurology, "). */
const FULL_NAME_BEFORE = /(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+), $/u;
function nameBefore(text: string): boolean {
  const m = FULL_NAME_BEFORE.exec(text);
  if (!m || !(nameClass(m[1]!.toLowerCase()) & GIVEN_NAME)) return false;
  const last = m[2]!.toLowerCase();
  return !(nameClass(last) & ~GIVEN_NAME) && !PLACE_WORDS.has(last) && !VENUE_END.has(last);
}
const STREET_ABROAD = /\b(?:[Cc]alle|[Aa]venida|[Rr]ua|[Rr]ue|[Jj]alan|[Cc]arrer) (?:(?:de|del|la|las|los|do|da|dos|das|du|des) )*\p{Lu}[\p{L}'’-]+(?: (?:(?:de|del|la|do|da|du) )?\p{Lu}[\p{L}'’-]+){0,3}/gu;
// A place told by how few live there: "a town of 900", "our county of 6,000 people".
const SMALL_PLACE = /\b(town|village|hamlet|township|county|island|settlement|community) of (?:about |around |only |just |~)?(\d{1,3}(?:,\d{3})?|\d{4,5})(?: (?:people|souls|residents|folks))?(?![\d,]|\.\d)/g;
// A GPS point ("44.3102, -71.2234") is as precise as a street address.
const COORDINATES = /-?\d{1,2}\.\d{3,7}°?(?: ?[NS])?, ?-?\d{1,3}\.\d{3,7}°?(?: ?[EW]\b)?(?![\d.])/g;
// An acronym that is no known one (organisations, tests, clinical abbreviations) after "at", "to"
// or "in" in a patient story is most often a hospital ("at KNH", "to VGH").
const ACRONYM = /^[A-Z]{3,6}$/;
// A town written with its state code: "Hay NSW", "Pell City, AL". One or two capitalised words.
const STATE_CODE = `, (?:${STATE_CODES_AFTER_COMMA.join('|')})| (?:${STATE_CODES.join('|')})`;
const TOWN_STATE = new RegExp(`\\b((?:[A-Z][a-z'’-]+ )?[A-Z][a-z'’-]+)(?:${STATE_CODE})(?![\\p{L}\\d])`, 'gu');
// "the Stellhaven area", "Kettle County", "tri-county area".
const AREA_WORD = 'area|County|Parish|Township|neighbou?rhood';
const AREA = new RegExp(`\\b(?:the )?(?:[A-Z][a-z]+ ){1,2}(?:${AREA_WORD})\\b`, 'y');
// What every TOWN_STATE match holds, found far faster than the pattern is tried at each
// capitalised word: most drafts hold none, and skip the full scan.
const HAS_STATE_CODE = new RegExp(STATE_CODE);
// AREA's last word (text-facts.ts gated: its match starts at most three words before it).
const AREA_WORDS = gate('area|County|Parish|Township|neighbo');

type Kind = 'street' | 'school' | 'facility' | 'employer' | 'venue' | 'town' | 'small';

const MESSAGES: Record<Kind, string> = {
  street: 'Street or road',
  school: 'School',
  facility: 'Hospital or facility name',
  employer: 'Employer or workplace',
  venue: 'Venue',
  town: 'Town or neighbourhood',
  small: 'Small place by its size',
};

/** Kinds of place whose own word can stand for them ("the local gym"), and the words to say for a few. */
const LOCAL_KINDS = new Set<Kind>(['school', 'employer', 'venue']);
const KIND_NOUNS: Readonly<Record<string, string>> = { high: 'high school', elementary: 'elementary school', middle: 'middle school', prep: 'school', primary: 'primary school' };

function properWord(w: Word | undefined, bits: number): boolean {
  if (!isCapitalised(w)) return false;
  const l = withoutPossessive(w!.lower);
  // "at Friday's game": a day in the possessive is still the day.
  return !MONTHS_AND_DAYS.has(l) && !(bits & PATIENT_TITLE_BIT && PATIENT_TITLES.has(w!.text)) && l !== 'dr' && l !== 'prof' && !(nameClass(l) & EPONYM_WORD);
}

/** The run but its last word is a known city, state or country ("Boston Harbor"). */
function firstCity(run: string[]): boolean {
  return REGIONS.has(run.slice(0, -1).join(' '));
}


export const rule: Rule = {
  id: 'privacy/place',
  category: 'privacy',
  severity: 'block',
  description: 'Towns, streets, highways, ZIP codes, schools, employers, venues and small hospitals in a patient story.',
  why: 'Any place smaller than a state narrows a story to a community where someone will recognise the patient.',
  check(doc: Document): RawFinding[] {
    const { patientCase, announcement, selfStory } = doc.context;
    if (announcement && !patientCase) return [];
    const { words } = doc;
    // A story about someone (he, she, you) rather than a notice about an office or the author's own news.
    // (he, she, him, his, her: the test the name rules share, run once per document.) Every use
    // below reads it beside patientCase, which settles the question first in a patient's story.
    const aboutSomeone = patientCase || toldOfSomeone(doc) || /\b(?:you|your)\b/i.test(doc.text);
    // The author's own story ("I was admitted to St. Luke's", "moving back home to …") names no patient.
    if (selfStory && !/\b(?:pt|patient|he|she|his|her|him)\b/i.test(doc.text)) return [];
    const out: RawFinding[] = [];
    // properWord of each word, worked out once (1: no, 2: yes) though three loops ask.
    const marks = new Uint8Array(words.length);
    // (A title's bit first: its word in the case it is written is a string not hashed yet.)
    const bits = listBits(doc);
    const proper = (i: number) => (marks[i] ||= properWord(words[i], bits[i]!) ? 2 : 1) > 1;
    const cover = new Coverage(doc.text.length);
    // A sentence that history dates ("On this day in 1854, John Snow … Broad Street") names no patient's place.
    const history = historicalSentences(doc);
    const add = (start: number, end: number, kind: Kind, severity?: 'warn', floor?: 'block', replacement = kind === 'facility' ? 'our hospital' : 'nearby') => {
      if ((history.size && history.has(words[wordIndexAt(doc, start)]?.sentence ?? -1)) || !cover.take(start, end)) return;
      out.push({ start, end, message: MESSAGES[kind], ...(severity ? { severity } : {}), ...(floor ? { floor } : {}), fix: { replacement } });
    };
    // A street address with its house number ("14 Larkspur Ln") is a direct identifier: first, so
    // the street name alone does not take its place, and never below block in a patient's story
    // (clinics and events give theirs in notices).
    // House numbers, ZIP codes, coordinates and highway numbers are digits.
    // Outside a story about someone, an address right after a name ("— Gwendolyn Pryce, 14 Larkspur
    // Ln" signing a card, a referral's "Peter Kowalski, 27 Elmtree Road") is still that person's.
    const digits = hasDigit(doc);
    if (digits) {
      for (const m of matches(doc.text, STREET_NUMBER))
        if (patientCase || aboutSomeone || nameBefore(doc.text.slice(Math.max(0, m.index - 40), m.index)))
          add(m.index, m.index + m[0].trimEnd().length, 'street', undefined, patientCase && !announcement ? 'block' : undefined);
      // "a town of 900": a place small enough that its people know who is ill (under 20,000).
      if (patientCase || aboutSomeone)
        for (const m of matches(doc.text, SMALL_PLACE)) {
          if (Number(m[2]!.replace(',', '')) >= 20000) continue;
          const plain = /(?:little|small|tiny) $/.test(doc.text.slice(Math.max(0, m.index - 7), m.index));
          add(m.index, m.index + m[0].length, 'small', 'warn', undefined, plain ? m[1]! : `small ${m[1]!}`);
        }
    }
    // Capitalised runs ending with a place word: "Tulloch Creek", "Alder Lane", "Wrenfield High",
    // "Stellhaven Glassworks", "Harrow Valley Medical Center", "Varnum Tire plant".
    for (let i = 0; i < words.length; i++) {
      if (!proper(i)) continue;
      let j = i;
      while (j + 1 < words.length && j - i < 3 && gap(doc, j) === ' ' && (proper(j + 1) || isAllCaps(words[j + 1]))) j++;
      // The place word may be the last capitalised word or the lower-case word after the run.
      let endWord = j;
      let head = withoutPossessive(words[j]!.lower);
      const nextLower = words[j + 1];
      if (nextLower && gap(doc, j) === ' ' && !isCapitalised(nextLower)) {
        const n = nextLower.lower;
        if (EMPLOYER_END.has(n) || VENUE_END.has(n) || SCHOOL_END.has(n) || UNIT_WORDS.has(n)) {
          endWord = j + 1;
          head = n;
        }
      }
      // One capitalised word at the start of a sentence says nothing ("Science works", "Med school").
      if ((endWord === i && endWord === j) || (j === i && startsSentence(doc, i)) || isAllCaps(words[endWord])) {
        i = j;
        continue;
      }
      // The run's lower-cased words, joined only for a run that names a kind of place.
      const runWords = () => words.slice(i, endWord + 1).map((w) => w.lower);
      let kind: Kind | null = null;
      if (STREET_END.has(head)) kind = 'street';
      else if (SCHOOL_END.has(head)) kind = 'school';
      else if (FACILITY_END.has(head) || UNIT_WORDS.has(head) || head === "children's") kind = 'facility';
      else if (EMPLOYER_END.has(head)) kind = 'employer';
      else if (VENUE_END.has(head)) kind = 'venue';
      else if (PLACE_END.has(head)) kind = 'town';
      // "Cancer Center", "Community Hospital": generic words only, no proper name in them.
      if ((kind === 'facility' || kind === 'town') && runWords().slice(0, -1).every((x) => GENERIC_MODIFIERS.has(withoutPossessive(x)))) kind = null;
      // Outside a patient story a place is the author's or a colleague's, unless the post is about someone.
      if (!patientCase && (kind === 'facility' || kind === 'employer' || !aboutSomeone)) kind = null;
      if (kind && !(kind === 'town' && firstCity(runWords())) && !CITIES.has(runWords().join(' '))) {
        // "at the Tyson plant" -> "at the local plant": after a determiner, the kind of place reads
        // where "nearby" cannot ("the nearby").
        const local = LOCAL_KINDS.has(kind) && i > 0 && words[i - 1]!.lower === 'the' ? `local ${KIND_NOUNS[head] ?? head}` : undefined;
        add(words[i]!.start, words[endWord]!.end, kind, patientCase ? undefined : 'warn', undefined, local);
      }
      i = endWord;
    }
    // "the Kestrelvale night team": an unknown proper noun naming a hospital's staff.
    if (patientCase) {
      for (let i = 1; i + 1 < words.length; i++) {
        const w = words[i]!;
        const l = w.lower;
        // The team word first: most proper nouns have none after them.
        if (!proper(i) || !TEAM_WORDS.has(words[i + 1]!.lower) || startsSentence(doc, i) || (nameClass(l) & (COMMON_WORD | GIVEN_NAME)) !== 0 || REGIONS.has(l)) continue;
        if (gap(doc, i) === ' ') add(w.start, w.end, 'facility');
      }
    }
    // Hospitals known by name first: "at St. Mary's" is one place, not "St" after a preposition.
    if (patientCase) {
      for (const m of matches(doc.text, NAMED_HOSPITAL)) {
        if (CITIES.has(m[0].toLowerCase()) || CITIES.has(m[0].toLowerCase().replace('.', ''))) continue;
        add(m.index, m.index + m[0].length, 'facility', 'warn');
      }
    }
    // A town with its state code first, so the preposition's reading below does not cut it short.
    for (const m of HAS_STATE_CODE.test(doc.text) ? matches(doc.text, TOWN_STATE) : []) {
      const town = m[1]!.toLowerCase();
      if (REGIONS.has(town) || MONTHS_AND_DAYS.has(town.split(' ').pop()!)) continue;
      // After a comma an ordinary word is an item in a list ("Labs, NY results"), not a town.
      if (m[0].includes(',') && COMMON_WORDS.has(town)) continue;
      add(m.index, m.index + m[0].length, 'town', patientCase ? undefined : 'warn');
    }
    // "from Fernmoor", "in Brisbeck", "outside Quillby": a proper noun after a preposition that is
    // not a known city, state, country, given name or common word.
    if (patientCase) {
      for (let i = 1; i < words.length; i++) {
        // The proper noun first: most words are not, and it is remembered for the loops above.
        if (!proper(i) || !PLACE_PREPOSITIONS.has(words[i - 1]!.lower) || gap(doc, i - 1) !== ' ') continue;
        let j = i;
        while (j + 1 < words.length && j - i < 2 && gap(doc, j) === ' ' && proper(j + 1)) j++;
        const name = words.slice(i, j + 1).map((w) => w.lower).join(' ');
        const l = words[i]!.lower;
        if (REGIONS.has(name) || REGIONS.has(l)) continue;
        if (j === i && ((nameClass(l) & (COMMON_WORD | GIVEN_NAME)) !== 0 || startsSentence(doc, i))) continue;
        // "in Nov 2023": a month's short name before a year or a day is a date (encounter-date's).
        if (j === i && MONTH_SHORT.has(withoutPossessive(l)) && /^[ .]+\d/.test(doc.text.slice(words[i]!.end, words[i]!.end + 3))) continue;
        add(words[i]!.start, words[j]!.end, 'town');
      }
    }
    if (patientCase) {
      for (const e of doc.entities) if (e.kind === 'mention' && ORG_HANDLE.test(e.text)) add(e.start, e.end, 'facility', 'warn');
      for (let i = 1; i < words.length; i++) {
        const w = words[i]!;
        // An acronym is all capitals (shape 'upper'): the regex runs on those alone.
        // Not after "of": "a case of CJD" is a disease (of 9 such acronyms in the labelled and outside drafts, 2 were places).
        if (w.shape !== 'upper' || !ACRONYM.test(w.text) || KNOWN_ACRONYMS.has(w.text) || !PLACE_PREPOSITIONS.has(words[i - 1]!.lower) || words[i - 1]!.lower === 'of' || gap(doc, i - 1) !== ' ') continue;
        add(w.start, w.end, 'facility', 'warn');
      }
    }
    // A street named the way Spanish, Portuguese, French, Malay and Indonesian write it: "calle Cruz
    // de Mayo", "Rua Augusta", "Jalan Ampang".
    for (const m of /(?:alle|venida|ua|ue|alan|arrer) /i.test(doc.text) ? matches(doc.text, STREET_ABROAD) : []) add(m.index, m.index + m[0].length, 'street');
    // Coordinates and ZIP codes hold three digits in a row.
    const runs = hasDigitRun(doc);
    for (const m of runs ? matchesNotAfter(doc.text, COORDINATES, /[\d.-]/) : []) add(m.index, m.index + m[0].length, 'street');
    // A highway or an exit is proposed in any post: a crash near one names the patients' town.
    // "Pileup on I-95" -> "Pileup on a highway".
    for (const m of digits ? gated(doc, ROAD, ROADS) : []) add(m.index, m.index + m[0].length, 'street', patientCase || aboutSomeone ? undefined : 'warn', undefined, 'a highway');
    for (const m of patientCase || aboutSomeone ? gated(doc, AREA, AREA_WORDS, 3) : []) {
      const name = m[0].replace(/^the /, '').split(' ').slice(0, -1).join(' ').toLowerCase();
      if (REGIONS.has(name) || name === 'bay' || name === 'tri-county') continue;
      add(m.index, m.index + m[0].length, 'town', patientCase ? undefined : 'warn');
    }
    if (patientCase && runs) {
      for (const m of matchesNotAfter(doc.text, ZIP, /[\d.,$#-]/)) {
        const before = doc.text.slice(Math.max(0, m.index - 12), m.index);
        if (/(?:n\s*=|\$|#|mrn|id|acct|member|room|rm|\d)\s*$/i.test(before)) continue;
        const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
        if (/^\s*(?:patients|people|cases|deaths|visits|mg|kg|ml|units|steps|cells|copies|\/)/i.test(after)) continue;
        add(m.index, m.index + m[0].length, 'town');
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
