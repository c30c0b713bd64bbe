// Dates tied to an encounter: numeric and written dates, weekdays, holidays, times and
// relative days ("last night", "this morning"). A year alone is fine (Safe Harbor keeps years).
import { Coverage, matches, matchesNotAfter, wordIndexAt } from '../../phrases.ts';
import { ABROAD_ALONE, ABROAD_BIT, ABROAD_PAIRS, historicalSentences, listBits, WEEKDAYS_ABROAD } from '../../privacy/name-lexicon.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { gate, gated, hasDigit } from '../../privacy/text-facts.ts';
import { MONTH_ABBREVIATIONS, MONTH_SHORT_NAMES, MONTHS, ORDINAL_DAYS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../../data/calendar.ts';

// Longest names first, so "September" is read whole rather than as "Sep".
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(cap).join('|');
const MONTH = `(?:${alternation([...MONTHS, ...MONTH_ABBREVIATIONS])})`;
const ORD = '(?:st|nd|rd|th)?';
const TIME = '(?:,? (?:at )?\\d{1,2}(?::\\d{2})? ?(?:[ap]\\.?m\\.?|[AP]M)(?![A-Za-z]))?';

// The patterns below are tried only in and before the words that hold what they need (gates of
// text-facts.ts): a month (every month and short month begins with one of these), a day of the
// week, a holiday's first word, a word of each relative time.
const MONTH_STARTS = gate(MONTH_SHORT_NAMES.join('|'));
const WEEKDAY_STARTS = gate(WEEKDAY_ABBREVIATIONS.join('|'));

const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/%]|\.\d)/g;
const ISO = /(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/g;
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.? \\d{1,2}${ORD}(?!\\d|:\\d)(?:,? (?:19|20)\\d\\d|,? '\\d\\d)?${TIME}`, 'y');
// "January 2024": a month and year still date an encounter.
const MONTH_YEAR = new RegExp(`\\b(?:${alternation([...MONTHS, ...MONTH_ABBREVIATIONS].filter((m) => m !== 'may'))})\\.? (?:of )?(?:19|20)\\d\\d\\b`, 'y');
const DAY_MONTH = new RegExp(`\\b\\d{1,2}${ORD} (?:of )?${MONTH}\\b(?:,? (?:19|20)\\d\\d)?`, 'y');
// A day written as an ordinal word beside its month: "June the third", "the fourteenth of June".
// (Capitalised as the months are: SPELLED_DATE ignores case. Among words of one length, whichever comes first, only one can match.)
const ORDINAL_WORD = `(?:${alternation(ORDINAL_DAYS)})`;
const SPELLED_DATE = new RegExp(`\\b(?:${MONTH} (?:the )?${ORDINAL_WORD}|(?:the )?${ORDINAL_WORD} (?:of )?${MONTH})\\b`, 'iy');
// "on the 4th", "the 17th!": a day of the month alone, when no noun follows it ("the 4th floor").
const DAY_ORDINAL = /\b(?:on )?the (?:[12]?\d|3[01])(?:st|nd|rd|th)\b/gi;
const DAY_ORDINAL_THEN = /^ (?:at|night|morning|afternoon|evening|when|and|we|I|she|he|they)\b/;
// (And in French, Spanish and Portuguese: "né le", "date de naissance", "fecha de nacimiento", "nascido em".)
const DOB = /\b(?:DOB|D\.O\.B\.?|date of birth|birthdate|birthday(?: is)?|born(?: on)?|née? le|fecha de nac(?:imiento|\.)|f\. ?nac\.|nacid[oa] el|data de nascimento|nascid[oa] em|date de naissance)[:\s]{0,3}(?=\d|[A-Z][a-z])/gi;
const WEEKDAY = new RegExp(
  `\\b(?:(?:last|this|on|since|next|by|until|early|late) )?(?:${alternation([...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS])})(?:'s|’s)?(?: (?:night|morning|afternoon|evening|overnight|AM|PM))?(?![A-Za-z\\u00C0-\\u024F0-9])(?:,? \\d{1,2}[/.]\\d{1,2}(?!\\d))?`,
  'y',
);
// Lower-case full day names ("on monday night") are common in posts too.
const WEEKDAY_LOWER = new RegExp(`\\b(?:(?:last|this|on|since|next) )?(?:${WEEKDAYS.join('|')})(?:'s)?(?: (?:night|morning|afternoon|evening))?(?![A-Za-z\\u00C0-\\u024F])`, 'y');
const HOLIDAY =
  /\b(?:on )?(?:Christmas|Xmas|Thanksgiving|Easter|Halloween|New Year's|New Year’s|Hanukkah|Diwali|Passover|Valentine's Day|Mother's Day|Father's Day|Labor Day|Memorial Day|Independence Day|July 4th|Fourth of July|Leap Day|the Fourth(?![A-Za-z]| [A-Z]| of))(?: (?:Eve|Day|morning|night|afternoon|evening))?(?: at \d{1,2}(?::\d{2})? ?(?:am|pm))?/iy;
const HOLIDAY_STARTS = gate('Christmas|Xmas|Thanksgiving|Easter|Halloween|New|Hanukkah|Diwali|Passover|Valentine|Mother|Father|Labor|Memorial|Independence|July|Fourth|Leap');
const RELATIVE =
  /\b(?:today|tonight|yesterday|overnight|right now|just now|earlier today|(?:this|yesterday) arvo|this (?:morning|afternoon|evening|AM|PM|week|wk|weekend|past weekend|month|spring|summer|fall|autumn|winter)|last (?:night|evening|week|wk|weekend|month|spring|summer|fall|autumn|winter)|all weekend|the other day|(?:a|an|\d{1,2}|two|three|few) (?:hours?|days?|weeks?) ago|tomorrow|tmrw|tonite|last nite|(?:in|since|last|early|late|mid-?|until) (?:January|February|March|April|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\.? \d)))(?:'s|’s)?(?![A-Za-z\u00C0-\u024F])/iy;
// A word of each relative time (or its month), the match starting at most two words before it ("a few days ago").
const RELATIVE_WORDS = gate('today|tonight|yesterday|overnight|now|this|week|other|ago|tomorrow|tmrw|tonite|last');
/** Calls `found` with each time abroad, left to right. */
function timesAbroad(doc: Document, found: (start: number, end: number) => void): void {
  const w = doc.words;
  const bits = listBits(doc);
  for (let i = 0; i < w.length; i++) {
    if (!(bits[i]! & ABROAD_BIT)) continue;
    const next = w[i + 1];
    if (next && ABROAD_PAIRS.get(w[i]!.lower)?.has(next.lower) && doc.text.slice(w[i]!.end, next.start) === ' ') {
      found(w[i]!.start, next.end);
      i++;
    } else if (ABROAD_ALONE.has(w[i]!.lower) || WEEKDAYS_ABROAD.has(w[i]!.text)) found(w[i]!.start, w[i]!.end);
  }
}
// Every branch starts with a digit (the "at 1430" branch looks back for its "at " after the hour's
// two digits), so the regex engine looks for a match only where a digit stands.
const CLOCK = /(?:\d{1,2}:\d{2}(?: ?(?:[ap]\.?m\.?|[AP]M)(?![A-Za-z]))?|\d{1,2} ?(?:[ap]m|AM|PM)(?![A-Za-z])|(?:[01]\d|2[0-3])(?<=\bat \d\d)[0-5]\d(?: ?h(?:rs)?)?)(?!\d|:\d)/g;

// Words next to "n/m" that make it a score, a ratio or a fraction, not a date.
const FRACTION_NEIGHBOURS = new Set([
  'bp', 'pain', 'strength', 'murmur', 'grade', 'score', 'gcs', 'apgar', 'apgars', 'vision', 'ratio', 'of', 'scale',
  'mmhg', 'split', 'rating', 'odds', 'times', 'visual', 'acuity', 'power', 'reflexes', 'motor', 'pulses', 'for', 'at',
  'sbp', 'dbp', 'hr', 'rr', 'g', 'p', 'gravida', 'para', 'rule', 'stars', 'star', 'chance', 'coverage', 'wears',
]);

function numericIsDate(doc: Document, m: RegExpExecArray): boolean {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = m[4];
  const sep = m[2];
  if (sep === '.' && !year) return false; // 3.5 is a number
  if (sep === '-' && !year) return false; // 3-5 is a range
  const md = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  const dm = b >= 1 && b <= 12 && a >= 1 && a <= 31;
  if (!md && !dm) return false;
  if (year) return true;
  // "24/7", "20/20", "5/5", "10/10": common non-dates.
  if (a === b && a >= 4) return false;
  if ((a === 24 && b === 7) || (a === 20 && b === 20) || (a === 50 && b === 50)) return false;
  const wi = wordIndexAt(doc, m.index);
  // The word before the number and the word after it (the number is two words: "3", "4").
  const before = doc.words[wi - 1]?.lower;
  const after = doc.words[wi + 2]?.lower;
  // "for" before a number makes it a share ("for 3/4 of"); after it ("on 11/02 for a couple") it does not.
  if (FRACTION_NEIGHBOURS.has(before!) || (after !== 'for' && FRACTION_NEIGHBOURS.has(after!))) return false;
  // Thread numbering "1/3" at the start, after a thread emoji or a line break, or before ":". Not
  // "03/04" (a count has no leading zero), nor a number after a word that dates ("seen 3/4.").
  if (a <= b && b <= 30 && m[1]![0] !== '0' && m[3]![0] !== '0' && !/^(?:on|since|from|until|seen|admitted|discharged|dated|born)$/.test(before ?? '')) {
    const head = doc.text.slice(Math.max(0, m.index - 3), m.index);
    const tail = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (m.index <= 2 || /🧵|\n|\(\s*$/.test(head) || /^[:)]|^\s*$|^ 🧵/.test(tail) || m.index + m[0].length >= doc.text.length - 1) return false;
  }
  return true;
}

const FULL_DATE = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}(?:st|nd|rd|th)?,? (?:\p{L}+ )?(?:19|20)\d\d\b/u;

const OLD_YEAR = /(?:^|\D)(1\d\d\d)(?!\d)/;
// Not a quantity: "March 3, 1500 mL out".
const OLD_YEAR_AFTER = /^,? (1\d\d\d)(?!\d|[.,]\d| ?(?:mg|mcg|ml|l|g|kg|units?|cc|cal|kcal)\b)/i;
const NAMED_DAY_BEFORE = /\p{Lu}[\p{L}'’]* (?:Day|Week|Month),? (?:is |was |falls on )?(?:on |[—–:-] ?)?$/u;
const NAMED_DAY_AFTER = /^,? (?:is|was|marks) (?:World|International|National|Global)\b/;
/** A month and a dash before a date: the date ends a period ("Jan–Jun 2024"), a study's or an audit's, not a visit. */
const MONTH_RANGE_BEFORE = new RegExp(`\\b(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\.? ?[–-] ?$`, 'i');
/** No one alive was born this many years before the post. */
const LIFETIME = 120;
const MONTH_END = new RegExp(`\\b(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\.?$|\\d$`, 'i');

/** A full date whose year is within the last ten years of the post (two-digit years count as recent). */
function recentFullDate(doc: Document, span: string): boolean {
  if (!FULL_DATE.test(span)) return false;
  const year = /(?:19|20)\d\d/.exec(span);
  return !year || Number(year[0]) >= new Date(doc.now).getUTCFullYear() - 10;
}

export const rule: Rule = {
  id: 'privacy/encounter-date',
  category: 'privacy',
  severity: 'block',
  description: 'Dates and times tied to an encounter: 3/14, March 14th, Tuesday, Christmas Eve, last night.',
  why: "With the post's timestamp, a visit date or a 'last night' points at one admission (Safe Harbor dates).",
  check(doc: Document): RawFinding[] {
    const { patientCase, announcement } = doc.context;
    const notice = announcement && !patientCase;
    const out: RawFinding[] = [];
    const cover = new Coverage(doc.text.length);
    // "23 January 1849", a placeholder "01/01/1900": a date from before anyone now alive was born
    // is history, no patient's.
    const historyBefore = new Date(doc.now).getUTCFullYear() - LIFETIME;
    const history = historicalSentences(doc);
    const old = (m: RegExpExecArray | null) => !!m && Number(m[1]) < historyBefore;
    // (Asked only of a draft that names a day, a week or a month.)
    const namedDays = /Day|Week|Month/.test(doc.text);
    const add = (s: number, e: number, message: string, exact: boolean) => {
      const span = doc.text.slice(s, e);
      if (old(OLD_YEAR.exec(span)) || (MONTH_END.test(span) && old(OLD_YEAR_AFTER.exec(doc.text.slice(e, e + 14))))) return;
      // An awareness day's date: "World Sickle Cell Day, 19 June", "3/21 is World Down Syndrome Day".
      if (namedDays && (NAMED_DAY_BEFORE.test(doc.text.slice(Math.max(0, s - 40), s)) || NAMED_DAY_AFTER.test(doc.text.slice(e, e + 24)))) return;
      if (MONTH_RANGE_BEFORE.test(doc.text.slice(Math.max(0, s - 12), s))) return;
      // A date in a sentence that tells history ("First human heart transplant, 3 December 1967").
      if (history.size && /\b19[0-6]\d\b/.test(span) && history.has(doc.words[wordIndexAt(doc, s)]!.sentence)) return;
      if (!cover.take(s, e)) return;
      // A full date with its year, in a patient story, is a Safe Harbor date in unambiguous form.
      // Only a recent one: an old full date in a story is history (a date of birth comes with its label).
      const full = recentFullDate(doc, span) ? ({ floor: 'block' } as const) : {};
      if (exact && patientCase) out.push({ start: s, end: e, message, fix: { replacement: 'recently' }, ...full });
      else out.push({ start: s, end: e, message, quasi: 'time' });
    };
    // Patterns that need a digit (every date and time below but the spelled ones, the weekdays,
    // the holidays and the relative times) are skipped in a text without one.
    const digits = hasDigit(doc);
    // A date of birth is an identifier in any post.
    for (const m of digits ? matches(doc.text, DOB) : []) {
      const rest = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      const d = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})/.exec(rest);
      if (!d) continue;
      const e = m.index + m[0].length + d[0].length;
      cover.take(m.index, e);
      // "her birthday is 7/4/1976": the sentence needs its words, only the date goes.
      if (/^birthday/i.test(m[0])) out.push({ start: e - d[0].length, end: e, message: 'Date of birth', fix: { replacement: '[date removed]' }, floor: 'block' });
      else out.push({ start: m.index, end: e, message: 'Date of birth', fix: { replacement: '' }, floor: 'block' });
    }
    if (!notice) {
      if (digits) {
        for (const m of matchesNotAfter(doc.text, ISO, /\d/)) add(m.index, m.index + m[0].length, 'Date', true);
        for (const m of matchesNotAfter(doc.text, NUMERIC, /[\d/.:,-]/)) {
          if (numericIsDate(doc, m)) add(m.index, m.index + m[0].length, 'Date', true);
        }
      }
      // The month is the match's first word, its third ("4th of July") or its fourth ("the fourteenth of June").
      for (const re of digits ? [MONTH_DAY, DAY_MONTH, MONTH_YEAR, SPELLED_DATE] : [SPELLED_DATE]) {
        for (const m of gated(doc, re, MONTH_STARTS, 3)) add(m.index, m.index + m[0].length, 'Date', true);
      }
      for (const m of digits ? matches(doc.text, DAY_ORDINAL) : []) {
        const end = m.index + m[0].length;
        const then = doc.text.slice(end, end + 12);
        // Followed by punctuation, the end, or a word that goes on about the day.
        if (/^\s*(?:$|[.,;:!?)—–-])/.test(then) || DAY_ORDINAL_THEN.test(then)) add(m.index, end, 'Day of the month', false);
      }
      for (const m of gated(doc, HOLIDAY, HOLIDAY_STARTS, 1)) {
        // "on the Fourth" is the holiday only as a name, capitalised ("the fourth time" is none).
        if (/the fourth/i.test(m[0]) && !m[0].includes('Fourth')) continue;
        add(m.index, m.index + m[0].length, 'Holiday date', false);
      }
      for (const m of gated(doc, WEEKDAY, WEEKDAY_STARTS, 1)) {
        // "Sun", "Sat", "Wed" alone are too ambiguous unless followed by a date.
        // "Mothering Sunday", "Good Friday", "Black Friday": a named day of the year, no visit's weekday.
        if (/^(?:Sun|Sat|Wed|Mon)$/.test(m[0]) || /\b(?:Mothering|Palm|Easter|Good|Black) $/.test(doc.text.slice(Math.max(0, m.index - 10), m.index))) continue;
        add(m.index, m.index + m[0].length, 'Day of the week', /\d/.test(m[0]));
      }
      for (const m of gated(doc, WEEKDAY_LOWER, WEEKDAY_STARTS, 1)) add(m.index, m.index + m[0].length, 'Day of the week', false);
      for (const m of gated(doc, RELATIVE, RELATIVE_WORDS | MONTH_STARTS, 2)) add(m.index, m.index + m[0].length, 'Time of the encounter', false);
      timesAbroad(doc, (a, b) => add(a, b, 'Time of the encounter', false));
      for (const m of digits ? matchesNotAfter(doc.text, CLOCK, /[\d:]/) : []) add(m.index, m.index + m[0].length, 'Time of day', false);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
