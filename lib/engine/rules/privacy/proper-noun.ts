// Capitalised words no other rule explains: a first name in passing ("Marisol from the bakery"),
// a surname, an unusual given name, a small place ("from Gort"), an employer or a unit. The rule
// proposes each run of capitalised words that is not only common English; the privacy model
// weighs its lexicon classes (given name, known city, common word) and the words around it.
import { entityAt, isCapitalised, startsSentence, withoutPossessive } from '../../phrases.ts';
import { PUBLICATION_WORDS } from '../../data/name-cues.ts';
import { RANK_ABBREVIATIONS } from '../../data/ranks.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { capitalise, COMMON_WORD, EPONYM_WORD, GIVEN_NAME, MONTH_SHORT, MONTHS_AND_DAYS, nameClass, notPatientNames, functionWordAbroad, colleagueAfter, listBits, PATIENT_TITLE_BIT, TITLE_BIT } from '../../privacy/name-lexicon.ts';

// After a word opening a sentence, what makes it someone: addressed ("Terry, I"), placed in a room or
// a unit ("Grace in 412", "Faith on 5 West"), or set off ("Faith (the patient…").
const ADDRESSED = /^(?:, |,$| from\b| if\b| (?:in|on) (?:room |bed |rm )?\d| \((?:the|my|our|\d))/;
const PUBLICATIONS = new Set(PUBLICATION_WORDS);
// A saint, a mount or a rank: "St. Columba's", "Lt. Cmdr. Rana" are one name.
const JOINS_NAME = new Set(['st', 'mt', ...RANK_ABBREVIATIONS]);
// A month's short name after a word of time or before a day ("in Feb", "since Oct", "Jan 5") is the month.
const TIME_BEFORE = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'every']);
// Only after a place word is a word that may be a name or a place read as the place ("from Gort"):
// elsewhere "nearby" is a guess ("34, Samoan, plays", "played Amazing Grace"), and a fix is exact or none.
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'near', 'outside', 'around', 'to', 'into']);
const APPOSITION = /^, (?:(?:the|a|an|our) )?\d/;
// A greeting or a cheer opening the run is no part of the name ("Congrats Priya", "RIP Bernie").
const GREETING = new Set(['congrats', 'congratulations', 'thanks', 'thank', 'hi', 'hey', 'hello', 'dear', 'welcome', 'happy', 'merry', 'cheers', 'shoutout', 'kudos', 'rip', 'bravo', 'goodbye', 'farewell']);

const CREW_UNITS = new Set(['medic', 'engine', 'ladder', 'truck', 'rescue', 'squad', 'ambulance', 'station', 'battalion', 'tower', 'unit']);

export const rule: Rule = {
  id: 'privacy/proper-noun',
  category: 'privacy',
  severity: 'warn',
  description: 'Capitalised names no other rule explains: a first name in passing, a surname, a small place.',
  why: 'A name or a small place in a story is often all a neighbour needs to recognise the patient.',
  check(doc: Document): RawFinding[] {
    const { words } = doc;
    const out: RawFinding[] = [];
    // (nameClass: the big sets' answers for recent words, from a small map.)
    const given = (k: number) => !!(nameClass(withoutPossessive(words[k]!.lower)) & GIVEN_NAME);
    // "I'm", "I've", "I'll" are the author, not a name.
    const cap = (k: number) => isCapitalised(words[k]) && !/^I['’]/.test(words[k]!.text);
    const calendar = (k: number) => {
      const l = withoutPossessive(words[k]!.lower);
      if (MONTHS_AND_DAYS.has(l)) return true;
      // ("Jan 5", "in Jan", "Jan–Jun": a day, a time word or another month beside it.)
      return MONTH_SHORT.has(l) && ((k > 0 && TIME_BEFORE.has(words[k - 1]!.lower)) || /^\.? ?(?:\d|[–-] ?\p{Lu})/u.test(doc.text.slice(words[k]!.end, words[k]!.end + 4)));
    };
    // "Addisonian crisis", "Cushingoid habitus": an eponym made an adjective names a sign, not a person.
    const eponymic = (l: string) => (l.endsWith('ian') || l.endsWith('oid')) && !!(nameClass(l.slice(0, -3)) & EPONYM_WORD);
    // ("La clinique…", "El cribado…": an article of a post in Spanish, French or Portuguese is a word too.)
    const common = (k: number) => !!(nameClass(withoutPossessive(words[k]!.lower)) & COMMON_WORD) || calendar(k) || eponymic(words[k]!.lower) || functionWordAbroad(doc, words[k]!.lower);
    // Festivals, placeholders, history and pets name no patient (name-lexicon.ts).
    const notNames = notPatientNames(doc);
    for (let i = 0; i < words.length; i++) {
      if (!cap(i) || notNames[i] || entityAt(doc, words[i]!.start, words[i]!.end)) continue;
      let j = i;
      // "St. Columba's", "Mt. Hood", "Sgt. Ramos": the abbreviation's full stop does not end the name.
      const joined = (k: number) => {
        const g = doc.text.slice(words[k]!.end, words[k + 1]!.start);
        return g === ' ' || (g === '. ' && JOINS_NAME.has(words[k]!.lower));
      };
      // A placeholder after an opening capital ("The John Doe board") is left out of the run as it is on its own.
      while (j + 1 < words.length && j - i < 2 && cap(j + 1) && !notNames[j + 1] && joined(j)) j++;
      const next = j;
      // "Saw Joy", "Happy Monday": a capital that only starts the sentence, or a day, is not part of the name.
      let a = i;
      let b = j;
      while (a <= b && (calendar(a) || (a === i && a < b && (GREETING.has(words[a]!.lower) || (common(a) && startsSentence(doc, a)))))) a++;
      while (b >= a && calendar(b)) b--;
      let named = false;
      for (let k = a; k <= b; k++) if (given(k) || !common(k)) named = true;
      for (let k = a; k <= b; k++) if (PUBLICATIONS.has(words[k]!.lower) || (k > a && words[k]!.lower === 'reports' && words[k - 1]!.lower === 'case')) named = false;
      // "Medic 3", "Engine 7", "Ladder 12": a crew's unit and its number, no one's name.
      if (a === b && CREW_UNITS.has(words[a]!.lower) && /^ \d{1,3}\b/.test(doc.text.slice(words[a]!.end, words[a]!.end + 5))) named = false;
      // "Dr.", "Mrs.": a title with its full stop, before the name (a run of its own), is none.
      if (a === b && listBits(doc)[a]! & (TITLE_BIT | PATIENT_TITLE_BIT) && doc.text[words[a]!.end] === '.') named = false;
      // One word that starts a sentence is capitalised anyway: only a given name counts there, or a
      // word addressed or described right after ("Terry, I have an MRCP", "Godswill, the 9 yo", "Sunny from room 12").
      let opening = false;
      if (a === b && startsSentence(doc, a) && (!given(a) || common(a))) {
        const after = doc.text.slice(words[a]!.end, words[a]!.end + 8);
        // An unknown word needs an apposition: many English words are missing from the common list.
        opening = given(a) ? ADDRESSED.test(after) : !common(a) && APPOSITION.test(after);
        if (!opening) named = false;
      }
      // "Ana, RN", "Priya Raman, our chief resident": a colleague, as patient-name reads them.
      if (named && colleagueAfter(doc, b)) named = false;
      if (named) {
        const start = words[a]!.start;
        const message = opening ? 'Name opening a sentence' : given(a) ? 'Possible name' : 'Possible name or place';
        const person = given(a) || opening;
        const place = !person && a > 0 && PLACE_BEFORE.has(words[a - 1]!.lower);
        const fix = person ? { fix: { replacement: capitalise(doc, start, 'a patient') } } : place ? { fix: { replacement: 'nearby' } } : {};
        out.push({ start, end: words[b]!.end, message, ...fix });
      }
      i = next;
    }
    return out;
  },
};
