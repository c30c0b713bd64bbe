// Clock times and occasions that date an encounter: "0217", "1612 hrs", "Sat", "on Holi",
// "Sinulog weekend". The privacy model weighs them with the story around them.
import { matches, wordIndexAt } from '../../phrases.ts';
import { historicalSentences, occasionsIn } from '../../privacy/name-lexicon.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

// A 24-hour time: 0000–2359, optionally with "hrs" or "h".
const MILITARY = /\b(?:[01]\d|2[0-3])[0-5]\d(?: ?(?:hrs?|h)\b)?(?![\d%]|[.,/:]\d)/g;
const SHORT_DAY = /\b(?:Mon|Wed|Sat|Sun)\b(?![\p{L}.'’])/gu;
// Opening a sentence before a lower-case word that is no part of the day, "Sat" and "Sun" are a
// verb and a noun ("Sat with Ms. Bertha while she died", "Sun came out"), not days.
const SENTENCE_START = /(?:^|[.!?\n]\s*)$/;
const NOT_DAY_AFTER = /^ (?!(?:night|morning|afternoon|evening|eve|am|pm)\b)\p{Ll}/u;

export const rule: Rule = {
  id: 'privacy/occasion',
  category: 'privacy',
  severity: 'warn',
  description: 'Clock times and occasions that date an encounter: 0217, 1612 hrs, Sat, on Holi, Sinulog weekend.',
  why: "With the post's timestamp, the hour or the festival points at one admission.",
  check(doc: Document): RawFinding[] {
    const { text } = doc;
    const out: RawFinding[] = [];
    for (const m of matches(text, MILITARY)) {
      // A year ("in 2019") is no clock time unless "at", "around" or "hrs" says so; nor is an
      // earlier year that "in", "since" or "of" introduces ("in 1847", "since 1994").
      const year = /^(?:19|20)\d\d$/.test(m[0]);
      if (m.index > 0 && /[\p{L}\p{N}#$£€.,/:-]/u.test(text[m.index - 1]!)) continue;
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      if (year && !/\b(?:at|around|by|@)\s$/i.test(before)) continue;
      // Nor is one in a sentence history dates ("On 16 October 1846, …": name-lexicon.ts).
      if (/^1[5-9]\d\d$/.test(m[0]) && (/\b(?:in|since|of|circa|c\.)\s$/i.test(before) || historicalSentences(doc).has(doc.words[wordIndexAt(doc, m.index)]!.sentence))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: 'Time of day', fix: { replacement: '' } });
    }
    for (const m of matches(text, SHORT_DAY)) {
      const end = m.index + m[0].length;
      if (SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index)) && NOT_DAY_AFTER.test(text.slice(end, end + 12))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: 'Day of the week', fix: { replacement: 'recently' } });
    }
    for (const m of occasionsIn(doc)) out.push({ start: m.start, end: m.stop, message: 'Occasion that dates the encounter', fix: { replacement: 'recently' } });
    return out.sort((a, b) => a.start - b.start);
  },
};
