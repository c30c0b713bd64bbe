// Capitalised words no other rule explains: a first name in passing ("Marisol from the bakery"),
// a surname, an unusual given name, a small place ("from Gort"), an employer or a unit. The rule
// proposes each run of capitalised words that is not only common English; the privacy model
// weighs its lexicon classes (given name, known city, common word) and the words around it.
import { entityAt, isCapitalised, startsSentence } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { COMMON_WORDS, FIRST_NAMES, MONTHS_AND_DAYS } from '../../privacy/name-lexicon.ts';

export const rule: Rule = {
  id: 'privacy/proper-noun',
  category: 'privacy',
  severity: 'warn',
  description: 'Capitalised names no other rule explains: a first name in passing, a surname, a small place.',
  why: 'A name or a small place in a story is often all a neighbour needs to recognise the patient.',
  check(doc: Document): RawFinding[] {
    const { words } = doc;
    const out: RawFinding[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!isCapitalised(words[i]) || entityAt(doc, words[i]!.start, words[i]!.end)) continue;
      let j = i;
      while (j + 1 < words.length && j - i < 2 && isCapitalised(words[j + 1]) && doc.text.slice(words[j]!.end, words[j + 1]!.start) === ' ') j++;
      const run = words.slice(i, j + 1);
      const bare = (l: string) => l.replace(/'s$/, '');
      // Common words and calendar names alone are not names ("Happy", "Monday"), unless a given name ("Joy").
      const named = run.some((w) => FIRST_NAMES.has(bare(w.lower)) || (!COMMON_WORDS.has(bare(w.lower)) && !MONTHS_AND_DAYS.has(bare(w.lower))));
      if (named && !(j === i && startsSentence(doc, i) && COMMON_WORDS.has(bare(words[i]!.lower)) && !FIRST_NAMES.has(bare(words[i]!.lower)))) {
        const given = FIRST_NAMES.has(bare(run[0]!.lower));
        out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, message: given ? 'Possible name' : 'Possible name or place', fix: { replacement: given ? 'a patient' : 'nearby' } });
      }
      i = j;
    }
    return out;
  },
};
