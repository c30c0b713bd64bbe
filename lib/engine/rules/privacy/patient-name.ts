// Patient and family names: "Mrs. Alvarez", "my patient Grace", "Will, 8, came in", "J.T.",
// "Nana Bea", "#PrayForJake", "HALVERSON, REIDUN". Not eponyms (Parkinson's, Graves'), not
// colleagues named with Dr. or a staff role, not famous historical physicians.
import { Coverage, gap, inEntity, isAllCaps, isCapitalised, matches, matchesNotAfter, startsSentence, withoutPossessive, wordIndexAt } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { WEAK_NICKNAME_WORDS } from '../../data/relatives.ts';
import { MONTH_SHORT_NAMES } from '../../data/calendar.ts';
import { ABBREVIATED_TITLES_WORDS, ADDRESS_BEFORE_WORDS, INITIALS_NOT_NAMES_WORDS, PRAISE_BEFORE_WORDS, STRONG_BEFORE_WORDS } from '../../data/name-cues.ts';
import {
  COMMON_WORDS,
  EPONYM_HEAD_SET,
  EPONYM_SET,
  FIRST_NAMES,
  HISTORICAL_FULL,
  MONTH_SHORT,
  MONTHS_AND_DAYS,
  NICKNAMES,
  notPatientNames,
  toldOfSomeone,
  capitalise,
  listBits,
  ABROAD_BIT,
  TITLE_BIT,
  STAFF_BIT,
  PATIENT_TITLE_BIT,
  nameClass,
  GIVEN_NAME,
  COMMON_WORD,
  HISTORICAL_NAME,
  EPONYM_WORD,
  PATIENT_TITLES,
  PLACE_WORDS,
  REGIONS,
  RELATIVES,
  functionWordAbroad,
  openingAbroad,
  COLLEAGUE_AFTER,
  colleagueAfter,
  staffAfter,
} from '../../privacy/name-lexicon.ts';

// Months' short names as a sentence writes them ("Jan", "May", "Sep"), from the one calendar list.
const MONTHS_AS_WRITTEN = MONTH_SHORT_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
// A day or a year after a month's short name ("Jan 5", "Jun 2024"), or another month after a dash ("Jan–Jun").
const DAY_AFTER = new RegExp(`^\\.? ?(?:\\d{1,2}|(?:19|20)\\d\\d)(?!\\d)|^\\.? ?[–-] ?(?:${MONTHS_AS_WRITTEN})`);
// Words before a name that make it a patient's (or their family's) name even if it is also a word.
const STRONG_BEFORE = new Set(STRONG_BEFORE_WORDS);
// An age right after a name: "Will, 8,", "Dani (31", "Jane Hollis, 101". Not a number no one is old
// enough to be: the street number of "Dentistry, 401 Ridge Rd", the area code of "Call (555) 015-2200";
// not a time or a decimal ("Thursdays, 09:00").
const AGE_AFTER = new RegExp(`^(?:,\\s*\\(?| \\()(?:1[01]\\d|120|[1-9]\\d?)\\b(?![:.,]\\d| (?:${MONTHS_AS_WRITTEN}))`);
// "San Isidro", "Santa Rosa", "São Paulo", "Sainte-Foy": a saint names a town in many languages.
const SAINTS = new Set(['san', 'santa', 'santo', 'são', 'sao', 'sainte', 'sankt']);
/** "in Hall A", "at Gate B": where a word and a letter name a part of a venue. */
const VENUE_BEFORE = new Set(['in', 'at', 'inside', 'near']);
const PLACE_BEFORE = new Set(['in', 'from', 'to', 'at', 'near', 'outside', 'around', 'via', 'across']);
// Greetings and thanks address a colleague or staff member ("Hi Deb,", "Thanks Sarah").
const ADDRESS_BEFORE = new Set(ADDRESS_BEFORE_WORDS);
// Praise words that, outside a patient story, address colleagues ("Shoutout to Maria and the night team").
const PRAISE_BEFORE = new Set(PRAISE_BEFORE_WORDS);
// Titles written as abbreviations may be followed by a period ("Dr. Lee"); others only by a space ("Judge Lee").
const ABBREVIATED_TITLES = new Set(ABBREVIATED_TITLES_WORDS);
const PARTICLE = /^(?:d[aeo]s?|del?|la|van|von|der|di|bin|binti)$/;
const INITIALS_NOT_NAMES = new Set(INITIALS_NOT_NAMES_WORDS);
const NAME_TAG = /^#(?:PrayFor|Team|Pray4|Justice4|JusticeFor|Love4|Go)([A-Z][a-z]+)(?:[A-Z][a-z]+)?$|^#([A-Z][a-z]+)(?:Strong|Tough|Warrior|Fights|Army|Nation)$/;
// A nickname in quotes: "'Captain' Lou", "'Sunny'", "the 'sock guy'", "'hot sauce lady'". Found in
// code from each quote mark, so the scan stays linear.
const NICKNAME = /^(?:\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?|\p{Ll}+(?: \p{Ll}+){0,2} (?:guy|lady|man|woman|kid|girl|boy|dude|grandma|grandpa))$/u;
const QUOTE_OPEN = /['‘"“]/g;
const QUOTE_CLOSE: Readonly<Record<string, string>> = { "'": "'", '‘': '’', '"': '"', '“': '”' };
// One upper-case word of a "SURNAME, FIRSTNAME" header, tested on single tokens (a pattern over the
// whole text would backtrack on long runs of "O'O'O'…").
const WEAK_NICKNAMES = new Set(WEAK_NICKNAME_WORDS);
const HONORIFIC_AFTER = /^(?:aunty|auntie|uncle|ji|bhai|didi|sahab|garu)$/;
// A word in capitals as a record prints a name, accents and all ("GARCÍA LÓPEZ, M."); a surname has four letters or more.
const HEADER_WORD = /^\p{Lu}[\p{Lu}'’-]{2,}$/u;
const CAPS_SURNAME = /^\p{Lu}[\p{Lu}'’-]{3,}$/u;
const ENCOUNTER_AFTER = /^ (?:came (?:in|back (?:to|in|for|today|again))|presented|returned to|walked in|rolled in|showed up|was admitted|got admitted|is back)\b/;
// After a name: "et al." (an author), or capitalised words ending in what is named after a person.
const NAMED_THING = 'Award|Awards|Prize|Medal|Lecture|Lectureship|Foundation|Institute|Scholarship|Fellowship|Professorship|Chair|Center|Centre|Building|Pavilion|Library|Auditorium|Hall|School|College|University|Trust|Fund|Syndrome|Disease|Sign|Test|Score|Criteria|Rule|Maneuver|Manoeuvre|Classification';
const NAMED_AFTER = new RegExp(`^(?:,? et al\\b|(?: (?:[A-Z]\\.|\\p{Lu}[\\p{L}'’-]+)){0,3} (?:${NAMED_THING})\\b)`, 'u');
/** A word that ends a name given to a thing ("the Robert Wood Johnson Foundation"): no surname. */
const NAMED_THING_WORD = new RegExp(`^(?:${NAMED_THING})$`);
// "Tom's chart", "Maria's A1c", "Ama's journey": a possessive on a patient's record, care or illness.
const ON_RECORD = /^['’]s (?:chart|notes|labs?|results?|scans?|mri|ct|x-?rays?|echo|ecg|ekg|a1c|hba1c|bp|sugars?|levels?|numbers|biopsy|surgery|op|operation|transplant|chemo|treatment|diagnosis|dx|tumou?r|cancer|leukemia|leukaemia|case|journey|recovery|appointment|visit|admission|discharge|meds|medications?|wife|husband|mom|dad|mum|family|parents)\b/;
// "the Millbrook family", "the Abernethy-Cole sisters": a family, or siblings, by their surname.
// (Surnames with O', D', Mc or accents too: "the O'Driscoll family", "the Núñez twins".)
const FAMILY_NAME = /\b([Tt]he) ((?:O['’]|D['’]|Mc|Mac)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (family|sisters|brothers|twins|triplets|siblings|boys|girls|kids)\b/gu;
const INITIALS = /(?:[A-Z]\. ?){1,2}[A-Z]\.(?![A-Za-z\u00C0-\u024F])/g;

export const rule: Rule = {
  id: 'privacy/patient-name',
  category: 'privacy',
  severity: 'block',
  description: 'Names, nicknames and initials of patients and their family members.',
  why: 'A name, even a first name or initials, is the most direct identifier there is.',
  check(doc: Document): RawFinding[] {
    const { words, text } = doc;
    const { patientCase, announcement, selfStory } = doc.context;
    const out: RawFinding[] = [];
    const used = notPatientNames(doc).slice();
    // Everything found so far, so a later pass checks overlap in constant time, not against every finding.
    const taken = new Coverage(text.length);
    const push = (f: RawFinding) => {
      out.push(f);
      taken.fill(f.start, f.end);
    };
    let colleagueUntil = -1; // index of the last given name read as a colleague's
    // A titled name in a patient story is a direct identifier in unambiguous form.
    const titled = doc.context.patientCase ? ({ floor: 'block' } as const) : {};
    const add = (first: number, last: number, message: string, fixText?: string, start?: number, end?: number, floor: { floor?: 'block' | 'warn' } = {}) => {
      for (let k = first; k <= last; k++) if (used[k]) return;
      for (let k = first; k <= last; k++) used[k] = 1;
      const s = start ?? words[first]!.start;
      const e = end ?? words[last]!.end;
      push({ start: s, end: e, message, fix: { replacement: fixText ?? replacementFor(doc, s) }, ...floor });
    };
    const isEponymAt = (i: number): boolean => {
      const w = words[i]!;
      const base = withoutPossessive(w.lower);
      const baseClass = nameClass(base);
      // Most words hold no hyphen, and are their only part.
      if (!(base.includes('-') ? base.split('-').some((p) => EPONYM_SET.has(p)) : (baseClass & EPONYM_WORD) !== 0)) return false;
      const next = words[i + 1];
      // A given name that is also an eponym (Grace, Bell, Wilson) is an eponym only before a medical noun.
      if ((baseClass & GIVEN_NAME) !== 0) return !!next && EPONYM_HEAD_SET.has(next.lower) && gap(doc, i).trim() === '';
      // "Parkinson's", "Bell's palsy", "Graves' disease", "Down syndrome", "Apgar score", "Whipple".
      return /['’]s?$/.test(w.text) || /^['’]/.test(text.slice(w.end, w.end + 1)) || (!!next && EPONYM_HEAD_SET.has(next.lower)) || !next || !isCapitalised(next);
    };
    // Words that follow a professional title are a colleague's name.
    const bits = listBits(doc);
    for (let i = 0; i < words.length; i++) {
      const l = words[i]!.lower;
      if ((bits[i]! & TITLE_BIT) !== 0 || ((bits[i]! & STAFF_BIT) !== 0 && isCapitalised(words[i + 1]))) {
        const g = gap(doc, i);
        // A role and then, set off by a comma, a courtesy title: "our nursing director, Ms. Al-Balushi,".
        const apposed = (bits[i]! & STAFF_BIT) !== 0 && g === ', ' && (bits[i + 1]! & PATIENT_TITLE_BIT) !== 0;
        if (!(g === ' ' || apposed || (ABBREVIATED_TITLES.has(l) && /^\. ?$/.test(g)))) continue;
        let j = i + 1;
        while (j < words.length && j <= i + 4 && (isCapitalised(words[j]) || /^[A-Z]$/.test(words[j]!.text)) && (j === i + 1 ? apposed || g === ' ' || ABBREVIATED_TITLES.has(l) : !/[,;:!?]/.test(gap(doc, j - 1)))) used[j++] = 2;
      }
    }

    for (let i = 0; i < words.length; i++) {
      if (used[i]) continue;
      const w = words[i]!;
      const next = words[i + 1];

      // 1. Mr./Mrs./Ms./Miss/Mx + a capitalised name or an initial.
      if ((bits[i]! & PATIENT_TITLE_BIT) !== 0 && PATIENT_TITLES.has(w.text) && next && /^\.? $|^ $/.test(gap(doc, i)) && (isCapitalised(next) || /^[A-Z]$/.test(next.text) || isAllCaps(next))) {
        if (w.text === 'Miss' && !isCapitalised(next)) continue;
        let last = i + 1;
        for (;;) {
          // A surname's particle goes with it, and says the word after it is a name: "Dona Maria da
          // Penha", "Sr. Juan de la Cruz".
          let k = last + 1;
          while (k < last + 3 && PARTICLE.test(words[k]?.text ?? '') && gap(doc, k - 1) === ' ') k++;
          if (!(last - i < 3 && k < words.length && isCapitalised(words[k]) && gap(doc, k - 1) === ' ' && (k > last + 1 || !COMMON_WORDS.has(words[k]!.lower) || (last === i + 1 && FIRST_NAMES.has(words[last]!.lower))))) break;
          last = k;
        }
        // A credential after it: a colleague ("Mr Rajiv Menon FRCS", as British surgeons are titled).
        if (COLLEAGUE_AFTER.test(text.slice(words[last]!.end, words[last]!.end + 40))) {
          i = last;
          continue;
        }
        const tail = /^,? \d{1,3}(?: (?:ans|años|anos|tahun))?,/.exec(text.slice(words[last]!.end, words[last]!.end + 13));
        if (tail) {
          const end = words[last]!.end + tail[0].length;
          // The age goes with the name: a decade in a story is still an identifying detail ("in her
          // 50s" is labelled as one, and the age rules flag it), and over 89 even the decade is.
          // (With its age, a titled name is someone's in any post: "Mme Diatta, 61 ans,".)
          // "our new patient, Mrs. Patel, 88, came in" -> "our new patient came in".
          if (i > 0 && /^(?:patient|pt)$/.test(words[i - 1]!.lower) && gap(doc, i - 1) === ', ' && text[end - 1] === ',') add(i, last, 'Patient name with title and age', '', words[i - 1]!.end, end, { floor: 'block' });
          else add(i, last, 'Patient name with title and age', capitalise(doc, w.start, 'a patient,'), w.start, end, { floor: 'block' });
          while (i + 1 < words.length && words[i + 1]!.end <= end) used[++i] = 1;
        } else if (i > 0 && /^(?:patient|pt)$/.test(words[i - 1]!.lower) && gap(doc, i - 1) === ' ') {
          // "my patient Mrs. Alvarez" -> "my patient": drop the name with its space.
          add(i, last, 'Patient name', '', words[i - 1]!.end, words[last]!.end, titled);
        } else add(i, last, 'Patient name', undefined, undefined, undefined, titled);
        continue;
      }

      // Three capitals or more are a word of shape 'upper': the regex runs on those alone.
      if (!isCapitalised(w) && !(w.shape === 'upper' && /^[A-Z]{3,}$/.test(w.text))) continue;
      if (inEntity(doc, w.start, w.end)) continue;
      if (used[i] === 2) continue;
      const l = w.lower;
      const prev = i > 0 ? words[i - 1]!.lower : '';
      const prev2 = i > 1 ? words[i - 2]!.lower : '';

      // 2. Nickname prefixes: "Nana Bea", "Big Earl", "Baby Wren", "Coach Brannigan".
      if (next && isCapitalised(next) && NICKNAMES.has(l) && gap(doc, i) === ' ' && (patientCase || !announcement)) {
        const strongPrefix = !WEAK_NICKNAMES.has(l);
        if (strongPrefix || FIRST_NAMES.has(next.lower) || !COMMON_WORDS.has(next.lower)) {
          if (!EPONYM_SET.has(next.lower) && !MONTHS_AND_DAYS.has(next.lower)) {
            // In the learning drafts 17 of the 18 drafts with one (invented cases aside) are risky: a
            // nickname is how a clinician's story names its patient. Left to the model: the author's
            // own "my Nana Rose", a title that may be a colleague's ("Sister Bernadette", "Aunty
            // Doctor"), and a prefix that is also a word unless a given name follows ("Little League").
            const sure = prev !== 'my' && !(bits[i]! & TITLE_BIT) && !(bits[i + 1]! & (TITLE_BIT | STAFF_BIT)) && (strongPrefix || FIRST_NAMES.has(next.lower));
            add(i, i + 1, 'Patient nickname', undefined, undefined, undefined, sure ? { floor: 'warn' } : {});
            continue;
          }
        }
      }

      if (!isCapitalised(w)) continue;
      // "Baby G", "Baby boy Pemberton": how a ward names a newborn, by the family's initial or name.
      // Not "Baby A" and "Baby B" (twins in order, as teaching cases name them).
      if (l === 'baby' && next && gap(doc, i) === ' ' && (patientCase || !announcement)) {
        const sex = /^(?:boy|girl)$/.test(next.lower) && isCapitalised(words[i + 2]) && gap(doc, i + 1) === ' ' && !COMMON_WORDS.has(words[i + 2]!.lower);
        if (sex || /^[D-HJ-WZ]$/.test(next.text)) {
          add(i, sex ? i + 2 : i + 1, 'Patient nickname');
          i += sex ? 2 : 1;
          continue;
        }
      }
      // "Sharma aunty", "Verma ji": a family name with an elder's honorific after it.
      // ("Aunty ji" is an address, no name.)
      if (next && HONORIFIC_AFTER.test(next.text) && gap(doc, i) === ' ' && !COMMON_WORDS.has(l) && !HONORIFIC_AFTER.test(l) && !RELATIVES.has(l) && !(bits[i]! & (STAFF_BIT | TITLE_BIT)) && (patientCase || !announcement)) {
        add(i, i + 1, 'Patient name');
        continue;
      }
      // "I", "I've", "I'm": the author. "Hoy", "Ontem", "Heute": the time of a post in another
      // language (encounter-date reads it), not a name.
      if (MONTHS_AND_DAYS.has(l) || /^i(?:$|')/.test(l) || bits[i]! & ABROAD_BIT) continue;
      // "Jan 5", "Aug. 12th": a month's short name before a day is a date, though Jan is a name too.
      if (MONTH_SHORT.has(l) && DAY_AFTER.test(text.slice(w.end, w.end + 7))) continue;
      // "Merry Christmas", "Happy Easter": a word before a holiday or a day greets; "4 West": a word
      // after a bare number names a unit.
      if (next && MONTHS_AND_DAYS.has(next.lower) && gap(doc, i) === ' ') continue;
      if (i > 0 && /^\d+$/.test(words[i - 1]!.text) && gap(doc, i - 1) === ' ') continue;
      if (isCapitalised(words[i - 1]) && PLACE_WORDS.has(l) && gap(doc, i - 1) === ' ') continue;
      // "Jackson Memorial", "Lincoln Elementary": a name that starts a place's name.
      if (isCapitalised(next) && PLACE_WORDS.has(next!.lower) && gap(doc, i) === ' ') continue;
      // "residents Jordan, Priya, Malik and Sofia": the rest of a list of colleagues.
      if (colleagueUntil >= 0 && i - colleagueUntil <= 2 && /^(?:,\s*|,? and |\s*&\s*)$/.test(text.slice(words[colleagueUntil]!.end, w.start))) {
        colleagueUntil = i;
        continue;
      }
      const base = withoutPossessive(l);
      const baseClass = nameClass(base);
      // "Osler", "Nightingale": a famous surname alone is history; "Thomas" may still be a given name.
      if ((baseClass & HISTORICAL_NAME) !== 0 && (nameClass(l) & GIVEN_NAME) === 0) continue;
      if (isEponymAt(i)) continue;
      // In Spanish, French or Portuguese a function word is no name ("El cribado…"), nor is the word
      // that opens a sentence before an article and a plain word ("Ola de calor…", "Si tu hijo…"; not
      // "María de la Cruz", "Rosa de 45 años", "Constance est rentrée").
      if (functionWordAbroad(doc, l) || (startsSentence(doc, i) && openingAbroad(doc, i))) continue;
      if ((i > 0 && (bits[i - 1]! & (STAFF_BIT | TITLE_BIT)) !== 0) || (i > 1 && (bits[i - 2]! & STAFF_BIT) !== 0)) {
        colleagueUntil = i;
        continue;
      }
      // "St. Elspeth's", "Mount Sinai": a saint or a mountain names a place.
      if (prev === 'st' || prev === 'saint' || prev === 'mt' || prev === 'mount' || SAINTS.has(prev)) continue;
      // "in Denver", "from Florence": a known city or region after a place word is the place.
      if (PLACE_BEFORE.has(prev) && REGIONS.has(base)) continue;
      const firstKnown = (baseClass & GIVEN_NAME) !== 0;
      const isWord = (baseClass & COMMON_WORD) !== 0;
      const tail = text.slice(w.end, w.end + 12);
      // "Will, 8, came in", "Dani (31, mom of two)": a name with an age beside it.
      const withAge = AGE_AFTER.test(tail);
      const afterPatientWord = (prev === 'patient' || prev === 'pt') && gap(doc, i - 1) === ' ';
      // Not "Poster Hall B", not "in Hall A." (a venue's hall), not "Hope I see": the initial follows
      // a lone given name, and "I"/"A" need a period.
      const withInitial =
        firstKnown && /^ (?:[A-Z]\.|[B-HJ-Z](?![\p{L}\p{N}.'’-]))/u.test(tail) && !isCapitalised(next) && !isCapitalised(words[i - 1]) && !VENUE_BEFORE.has(prev);
      // "Tom's chart", "Maria's A1c", "Ama's journey": a possessive on a patient's record, care or illness.
      const onRecord = firstKnown && ON_RECORD.test(text.slice(w.end - 2, w.end + 16));
      // "Joy came back to clinic", "Constance presented with": a name that is also a word, doing what patients do.
      const encounter = firstKnown && ENCOUNTER_AFTER.test(text.slice(w.end, w.end + 20));
      const strong =
        withAge ||
        withInitial ||
        onRecord ||
        encounter ||
        afterPatientWord ||
        // "her daughter Tamsin": after someone's relative, a name no list holds is still one.
        (RELATIVES.has(prev) && /^(?:his|her|their|the|pt's|patient's)$/.test(prev2) && (firstKnown || !isWord)) ||
        (firstKnown &&
          (STRONG_BEFORE.has(prev) ||
            (/^,\s*(?:our|the|a|an|my)\b/.test(tail) && !staffAfter(doc, i))));
      if (!firstKnown && !strong) continue;
      if (isWord && !strong) continue;
      if (!strong) {
        // A given name alone: only in a patient story, never in a greeting or about one's own family.
        if (ADDRESS_BEFORE.has(prev) || ADDRESS_BEFORE.has(prev2)) continue;
        const fullName = isCapitalised(next) && gap(doc, i) === ' ' && !COMMON_WORDS.has(next!.lower);
        if (!patientCase && !fullName && (PRAISE_BEFORE.has(prev) || PRAISE_BEFORE.has(prev2))) continue;
        if (RELATIVES.has(prev) && (prev2 === 'my' || prev2 === 'our')) continue;
        // "Jen and I", "Sam from our ICU team", "Ana, RN": a colleague, not a patient.
        if (colleagueAfter(doc, i)) continue;
        if (!patientCase && (announcement || selfStory)) continue;
        if (!patientCase && startsSentence(doc, i) && next && !isCapitalised(next) && COMMON_WORDS.has(l)) continue;
      }
      // Extend over a surname: "Eulalie Marchbanks", "Gordon Ellery Vantassel".
      let last = i;
      // A surname that is also a word ("Jane Hollis, 58,") belongs to the name when the age follows it.
      // A month, a day or a holiday is no surname ("Merry Christmas", "Happy Easter").
      const surname = (k: number) =>
        !MONTHS_AND_DAYS.has(words[k]!.lower) && (!COMMON_WORDS.has(words[k]!.lower) || AGE_AFTER.test(text.slice(words[k]!.end, words[k]!.end + 8)));
      // A possessive ends the name: "Maria's A1c" is Maria's.
      while (last + 1 < words.length && last - i < 2 && !/['’]s$/.test(words[last]!.text) && isCapitalised(words[last + 1]) && gap(doc, last) === ' ' && surname(last + 1) && !EPONYM_HEAD_SET.has(words[last + 1]!.lower) && !NAMED_THING_WORD.test(words[last + 1]!.text)) last++;
      // "William Osler", "Florence Nightingale": history, not a patient.
      if (last > i && HISTORICAL_FULL.has(words.slice(i, last + 1).map((x) => x.lower).join(' '))) continue;
      // "Thomas et al.": an author; "the Walter J. McDonald Award", "Ruth Lilly Center": named after someone.
      // "Bernadette O'Keefe, RN": a colleague, as a given name alone with a credential is.
      const afterName = text.slice(words[last]!.end, words[last]!.end + 40);
      if (NAMED_AFTER.test(afterName) || (last > i && !strong && COLLEAGUE_AFTER.test(afterName))) continue;
      // "Anna S.", "Robert G": a given name with a surname initial.
      let end: number | undefined;
      const initial = /^ (?:[A-Z]\.|[B-HJ-Z](?![\p{L}\p{N}.'’-]))/u.exec(text.slice(words[last]!.end, words[last]!.end + 4));
      if (initial && firstKnown && last === i && !isCapitalised(words[i - 1])) end = words[last]!.end + initial[0].length;
      const afterPatient = afterPatientWord;
      if (afterPatient) {
        // "my patient Grace, who" -> "my patient, who": drop the name with its space. A name, not a
        // word ("patient zero"), right after "patient" is one in its unambiguous form: at least warned.
        add(i, last, 'Patient name', '', words[i - 1]!.end, end ?? words[last]!.end, isWord ? {} : { floor: 'warn' });
      } else add(i, last, last > i || end ? 'Full name' : 'First name in a patient story', undefined, undefined, end);
    }

    // "the Millbrook family", "the Okafors": a family named, in a patient story or (for the model to weigh) elsewhere.
    for (const m of matches(text, FAMILY_NAME)) {
      const name = m[2]!.toLowerCase();
      if (COMMON_WORDS.has(name) || PLACE_WORDS.has(name) || EPONYM_SET.has(name) || MONTHS_AND_DAYS.has(name)) continue;
      if (taken.free(m.index, m.index + m[0].length)) push({ start: m.index, end: m.index + m[0].length, message: patientCase ? 'Family name' : 'A family by name', fix: { replacement: `${m[1]} ${m[3]}` } });
    }
    // 3. Initials with context: "Pt R.M.", "J.T., the 34yo", "A.K., 17,".
    for (const m of matchesNotAfter(text, INITIALS, /[\p{L}.]/u)) {
      if (INITIALS_NOT_NAMES.has(m[0].replace(/ /g, '').toUpperCase())) continue;
      // Words that name no patient (notPatientNames: "William T.G. Morton" in a sentence history dates).
      const k = wordIndexAt(doc, m.index);
      if (k >= 0 && used[k] === 1) continue;
      const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      const afterText = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      if (/\bdr\.?\s*$/.test(before)) continue;
      // Without a patient cue nearby they are still a candidate ("R.B. on 4 West"): the model weighs the post.
      const told = patientCase || /(?:pt|patient|to|for)\s*$/.test(before) || /^,\s*(?:\d|the|a|our)/.test(afterText);
      push({ start: m.index, end: m.index + m[0].length, message: told ? 'Patient initials' : 'Initials', fix: { replacement: replacementFor(doc, m.index) } });
    }
    // 4. Nicknames in quotes, for the model to weigh with the story around them.
    if (patientCase || toldOfSomeone(doc)) {
      // From one quote mark to the next, found by a regex scan rather than a step per character.
      for (let q = nextQuote(text, 0); q >= 0; q = nextQuote(text, q + 1)) {
        const open = text[q]!;
        if (q > 0 && /[\p{L}\p{N}]/u.test(text[q - 1]!)) continue;
        // Looked for within the next 30 characters only, so a text of unclosed quotes stays linear.
        const k = text.slice(q + 1, q + 31).indexOf(QUOTE_CLOSE[open]!);
        if (k < 0) continue;
        const close = q + 1 + k;
        const inner = text.slice(q + 1, close);
        if (/[\p{L}\p{N}]/u.test(text[close + 1] ?? '') || !NICKNAME.test(inner)) continue;
        // "CHF", "DNR": an acronym in quotes is a term, not a nickname.
        if (/^[A-Z\d]{2,6}$/.test(inner)) continue;
        // "'Captain' Lou": the name after the quoted part belongs to it.
        const after = /^ \p{Lu}[\p{L}'’-]*/u.exec(text.slice(close + 1, close + 30));
        const lower = inner.toLowerCase();
        // One ordinary word in quotes is a word ('nurse', 'Good'), unless a name or a name follows.
        if (!/\s/.test(inner) && COMMON_WORDS.has(lower) && !FIRST_NAMES.has(lower) && !after) continue;
        const end = close + 1 + (after ? after[0].length : 0);
        if (taken.free(q, end)) push({ start: q, end, message: 'Nickname', fix: { replacement: 'a patient' } });
        q = close;
      }
    }
    // 5. Name hashtags: #PrayForJake, #TeamLily, #SamStrong.
    for (const e of doc.entities) {
      if (e.kind !== 'hashtag') continue;
      const m = NAME_TAG.exec(e.text);
      const name = m && (m[1] ?? m[2]);
      if (name && FIRST_NAMES.has(name.toLowerCase())) push({ start: e.start, end: e.end, message: 'Patient name in a hashtag', fix: { replacement: '' } });
    }
    // 6. "SURNAME, FIRSTNAME" as printed on ECGs, scans and wristbands.
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i]!;
      const b = words[i + 1]!;
      // gap(doc, i) === ', ', read by character.
      if (b.start - a.end !== 2 || text.charCodeAt(a.end) !== 44 || text.charCodeAt(a.end + 1) !== 32 || !HEADER_WORD.test(a.text)) continue;
      // "VANTERPOOL, E": a surname in capitals with the first initial, as on a wristband.
      const initial = /^[A-Z]$/.test(b.text) && CAPS_SURNAME.test(a.text) && !COMMON_WORDS.has(a.lower);
      if (!initial && (!HEADER_WORD.test(b.text) || (!FIRST_NAMES.has(b.lower) && !FIRST_NAMES.has(a.lower)))) continue;
      if (taken.free(a.start, b.end)) push({ start: a.start, end: b.end, message: 'Patient name as printed on a record', fix: { replacement: '[name removed]' } });
    }
    // 7. "HARGREAVES T 78F", "K. OYELARAN 12/05/1961": a surname in capitals with an initial, as a
    // board, a scan label or a wristband prints it, known by what the label prints next.
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i]!;
      const b = words[i + 1]!;
      // One of the two is a single letter: a length test spares the patterns on every other pair.
      if (a.text.length !== 1 && b.text.length !== 1) continue;
      const surnameFirst = b.start - a.end === 1 && /^[A-Z]$/.test(b.text) && CAPS_SURNAME.test(a.text) && !COMMON_WORDS.has(a.lower);
      const initialFirst = b.start - a.end === 2 && /^[A-Z]$/.test(a.text) && text[a.end] === '.' && CAPS_SURNAME.test(b.text) && !COMMON_WORDS.has(b.lower);
      if ((!surnameFirst && !initialFirst) || text.charCodeAt(b.start - 1) !== 32) continue;
      LABEL_AFTER.lastIndex = b.end;
      if (!LABEL_AFTER.test(text)) continue;
      if (taken.free(a.start, b.end)) push({ start: a.start, end: b.end, message: 'Patient name as printed on a record', fix: { replacement: '[name removed]' } });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** What a label prints after a name, in columns or after a bar: an age and sex ("78F", "M 54y"), a birth date, or a record's label. */
const LABEL_AFTER = /\.?,? {1,3}(?:[|·/–—-] {1,2})?(?:\d{1,3} ?[MF]\b|[MF],? \d{1,3} ?(?:y|yo|yrs?)?\b|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b|(?:DOB|MRN|NHS|ACC|UHID|CR|IP)\b)/y;

/** The first quote mark at or after `from`, or -1. */
function nextQuote(text: string, from: number): number {
  QUOTE_OPEN.lastIndex = from;
  return QUOTE_OPEN.exec(text)?.index ?? -1;
}

function replacementFor(doc: Document, start: number): string {
  return capitalise(doc, start, 'a patient');
}
