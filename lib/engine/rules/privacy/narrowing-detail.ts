// Details that identify no one alone and are fine in most posts (a colleague's name, a big city)
// but, in a post that already names a patient or a record number, narrow it further: the
// treating doctor and the city where the patient was seen.
import { BIG_CITIES } from '../../data/packed/lists.ts';
import { buildPhraseIndex, findPhrases, matches } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const CITIES = buildPhraseIndex(BIG_CITIES.filter((c) => c.length > 3));
const DOCTOR = /\bDr\.? (?:[A-Z]\. ?)?[A-Z][A-Za-z\u00C0-\u024F'’-]+(?: [A-Z][A-Za-z\u00C0-\u024F'’-]+)?(?: [A-Z]\.?(?![A-Za-z\u00C0-\u024F]))?/g;

export const rule: Rule = {
  id: 'privacy/narrowing-detail',
  category: 'privacy',
  severity: 'info',
  description: 'The treating doctor or the city, in a post that already identifies a patient.',
  why: 'With a name or record number present, the care team and the city narrow the patient down further.',
  check(doc: Document): RawFinding[] {
    if (!doc.context.patientCase) return [];
    const out: RawFinding[] = [];
    for (const m of matches(doc.text, DOCTOR)) out.push({ start: m.index, end: m.index + m[0].length, message: "Treating doctor's name", companion: true });
    for (const m of findPhrases(doc, CITIES)) {
      // Only capitalised mentions: "Denver", not "denver" in a hashtag-like aside.
      if (!/^\p{Lu}/u.test(doc.text.slice(m.start, m.start + 1))) continue;
      out.push({ start: m.start, end: m.stop, message: 'City where the patient was seen', companion: true });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
