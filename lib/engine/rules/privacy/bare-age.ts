// A number that may be a person's age though no unit says so: "Ruth, 96, came in", "(14)",
// "he was 34.", "ninety-six and still teaching", "in his 60s", "83 ans". The rule proposes every
// such number; the privacy model weighs the punctuation and words around it.
import { Coverage, matches, wordIndexAt } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { hasDigit } from '../../privacy/text-facts.ts';
import { findAges, LABEL_BEFORE, MEASURE_BEFORE, NUMBER_WORD, STREET_BEFORE } from '../../privacy/ages.ts';
import { listBits, NUMBER_BIT, petNamesIn } from '../../privacy/name-lexicon.ts';
import { MONTH_ABBREVIATIONS, MONTHS } from '../../data/calendar.ts';

// A standalone number of up to three digits, or a decade ("60s", "70-something", "70ish").
// Not one already in an age group ("90+", "65+"), as the fixes write them.
const NUMBER = /\d{1,3}(?:s|-something|ish)?(?![\d.,:/%°]\d|[\d%°+]|[.,]\d|:\d)/g;
// Units and nouns after a number that make it a count or a measure, not an age.
const NOT_AN_AGE_AFTER = /^[ -]?(?:mg|mcg|g|kg|lbs?|ml|mL|l|cm|mm|m|km|mi|miles?|min|mins|minutes?|hrs?|hours?|h|d|days?|wks?|weeks?|months?|mo|yrs? (?:ago|later)|years? (?:ago|later)|x|times|pts|patients|people|cases|beds|units|am|pm|AM|PM|bpm|mmHg|%|°|st|nd|rd|th)\b/;
const RANGE_AFTER = /^ ?(?:to|–|-) ?\d{1,4}/;
// A span of years ("after 41 years on Ward 4", "my patient for 12 yrs", "congrats on 25 years"): a career or a tie, not an
// age (no such number is labelled an age in the labelled or outside drafts). Not after "of": "a lady
// of 94 years" is her age.
const DURATION_BEFORE = /\b(?:for|after|over|nearly|almost|past|last|spanning|on|celebrating|marking)$/i;
const YEARS_AFTER = /^ (?:years?|yrs?)\b/i;
// A day of the month ("28 Feb", "the 3 of March"), not an age.
const MONTH_AFTER = new RegExp(`^ (?:of )?(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\b`, 'i');

// A numbered list's marker: "1. Don't anchor 2. Re-examine", "1) … 2) …".
const LIST_MARKER = /(?<![\p{L}\p{N}.,/:#$£€+-])(\d{1,2})[.)] (?=\S)/gu;

/** The numbers that mark a list's items: each marker whose neighbour in the count (n - 1 or n + 1) marks an item too. */
function listMarkers(text: string): Set<number> {
  const seen = new Set<number>();
  for (const m of matches(text, LIST_MARKER)) seen.add(parseInt(m[1]!, 10));
  const out = new Set<number>();
  for (const n of seen) if (seen.has(n - 1) || seen.has(n + 1)) out.add(n);
  return out;
}

export const rule: Rule = {
  id: 'privacy/bare-age',
  category: 'privacy',
  severity: 'warn',
  description: 'A number that may be an age without a unit: "Ruth, 96,", "(14)", "he was 34", "ninety-six and still".',
  why: 'An age beside a story narrows it to one person; ages over 89 identify by themselves.',
  check(doc: Document): RawFinding[] {
    const { text } = doc;
    const ages = new Coverage(text.length);
    for (const a of findAges(doc)) ages.take(a.start, a.end);
    const out: RawFinding[] = [];
    // Worked out at the first number followed by "." or ")" (most drafts have none).
    let list: Set<number> | undefined;
    for (const m of hasDigit(doc) ? matches(text, NUMBER) : []) {
      if (m.index > 0 && /[\p{L}\p{N}.,/:#$£€+-]/u.test(text[m.index - 1]!)) continue;
      const end = m.index + m[0].length;
      if (/^[\p{L}\p{N}]/u.test(text.slice(end, end + 1))) continue;
      const years = parseInt(m[0], 10);
      if (years > 115 || !ages.free(m.index, end)) continue;
      if (/^[.)] \S/.test(text.slice(end, end + 3)) && (list ??= listMarkers(text)).has(years)) continue;
      if (NOT_AN_AGE_AFTER.test(text.slice(end, end + 12)) || MONTH_AFTER.test(text.slice(end, end + 14))) continue;
      if (YEARS_AFTER.test(text.slice(end, end + 7)) && DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index).trimEnd())) continue;
      // The first number of a range of measures ("from 94 to 41 minutes", "94–41 min").
      const range = RANGE_AFTER.exec(text.slice(end, end + 10));
      if (range && NOT_AN_AGE_AFTER.test(text.slice(end + range[0].length, end + range[0].length + 12))) continue;
      if (MEASURE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index).trimEnd())) continue;
      // "Medic 9", "Engine 3", "Station 4": a crew's or a place's number, not an age.
      const before = text.slice(Math.max(0, m.index - 10), m.index).trimEnd();
      // A threshold of a group ("under 5s", "over 65s", "aged 40"): no one's age.
      // (And the minutes of a time as French writes it: "8 h 30".)
      if (LABEL_BEFORE.test(before) || /\b(?:under|over|above|below|aged?|ages)$/i.test(before) || /\b\d{1,2} h$/.test(before) || STREET_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "My dog Biscuit, 14,", "our cat Mango (14)": the pet's age.
      const petEnd = /(?: ?\(|, ?)$/.exec(text.slice(Math.max(0, m.index - 2), m.index));
      if (petEnd && petNamesIn(doc).ends.has(m.index - petEnd[0].length)) continue;
      out.push(years >= 90 ? { start: m.index, end, message: 'Possible age of 90 or over', fix: { replacement: '90+' } } : { start: m.index, end, message: 'Possible age' });
    }
    const bits = listBits(doc);
    for (let i = 0; i < doc.words.length; i++) {
      const w = doc.words[i]!;
      // The part before a hyphen ("ninety-six"), without splitting every word into an array; a
      // word without one is a number word only if its bit says so (no look-up).
      const dash = w.lower.indexOf('-');
      if (dash < 0 && !(bits[i]! & NUMBER_BIT)) continue;
      const n = NUMBER_WORD.get(dash < 0 ? w.lower : w.lower.slice(0, dash));
      if (n === undefined || (n < 20 && dash >= 0) || !ages.free(w.start, w.end)) continue;
      if (NOT_AN_AGE_AFTER.test(text.slice(w.end, w.end + 12))) continue;
      // "one of", "two weeks": only numbers followed by punctuation, "and", or the end read as ages.
      const after = text.slice(w.end, w.end + 6);
      const next = doc.words[i + 1];
      if (!(/^\s*(?:[,.)!?;—–]|$)/.test(after) || next?.lower === 'and' || next?.lower === 'years')) continue;
      if (wordIndexAt(doc, w.start) !== i) continue;
      // Part of a longer number ("a hundred and ten"): replacing one word of it would not read.
      const inNumber = /^(?:a|one)$/.test(doc.words[i - 1]?.lower ?? '') || (next?.lower === 'and' && NUMBER_WORD.has(doc.words[i + 2]?.lower ?? ''));
      out.push(n >= 90 ? { start: w.start, end: w.end, message: 'Possible age of 90 or over', ...(inNumber ? {} : { fix: { replacement: /^\p{Lu}/u.test(w.text) ? 'Over 90' : 'over 90' } }) } : { start: w.start, end: w.end, message: 'Possible age' });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
