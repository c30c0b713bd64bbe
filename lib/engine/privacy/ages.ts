// Finds the ages of individuals ("94yo", "a 41-year-old", "58M", "She's 91", "Mrs. K, 93,",
// "100th birthday", "nonagenarian"), leaving out population ages ("adults 75+", "ages 1–19",
// "65-year-olds", "under 3 months"). Shared by the age-over-89 and exact-age rules.
import { NUMBER_LABELS } from '../data/number-labels.ts';
import { NUMBER_WORDS } from '../data/number-words.ts';
import { Coverage, matches, perDocument } from '../phrases.ts';
import type { Document } from '../types.ts';
import { petNamesIn, RELATIVES } from './name-lexicon.ts';
import { gate, gated, hasDigit, holds } from './text-facts.ts';

export interface AgeMention {
  start: number;
  end: number;
  /** Years (fractions for infants), or 90 for "nonagenarian", 100 for "centenarian". */
  years: number;
  /** Text of the number inside the span, for the fix. */
  number: string;
  form: 'unit' | 'sex' | 'infant' | 'pronoun' | 'apposition' | 'age' | 'birthday' | 'word' | 'decade';
}

// These start with the digits; what may not stand before them is checked in code (NOT_BEFORE_*),
// since a leading look-behind would be tried at every position of the text.
const UNIT =
  /(\d{1,3})(?:[ -]?(?:yo|y\/o|y\.o\.?|yrs?\.? (?:old|young)|years? (?:old|young)|yr-old|-?year-old|-?yr-old|-?yo|-?jährige[rn]?|-?jährig|años|anos|ans|saal|Jahre alt|歳|歲|岁|세|tahun))(?![A-Za-z\u00C0-\u024F\d])(?: ?[MF](?![A-Za-z\u00C0-\u024F\d'’]))?/gi;
// An age in the words and digits of scripts other than Latin ("٩٣ سنة", "۱۶ ساله", "९१ साल", "৬৫ বছর",
// "6살", "4 tuổi"): the digits in any of these scripts, read as their value.
const SCRIPT_AGE = /([0-9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]{1,3})[ \u00A0]?(?:سنة|سنوات|عاما|عامًا|ساله|سال|साल|वर्ष|বছর|살|tuổi)/g;
// What every SCRIPT_AGE match holds (one test before the scan: most drafts hold none).
const SCRIPT_AGE_WORD = /سن|عام|سال|साल|वर्ष|বছর|살|tuổi/;
// The zero of each script's digits SCRIPT_AGE reads, in order: ASCII, Arabic-Indic, Persian, Devanagari, Bengali.
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6];
/** The value of digits in any of those scripts. */
function digitsValue(s: string): number {
  let n = 0;
  for (const c of s) {
    const x = c.codePointAt(0)!;
    let zero = 0;
    for (const z of ZEROS) if (z <= x) zero = z;
    n = n * 10 + x - zero;
  }
  return n;
}
const SEX = /(\d{1,3})([MF])(?![A-Za-z\u00C0-\u024F\d°])/g;
const INFANT = /(\d{1,2})[- ](?:month|mo|week|wk|day)s?[- ]old(?![A-Za-z\u00C0-\u024F])/gi;
// An infant's age without "old", after an article, in an apposition or a bracket, or after a colon:
// "a 4mo from", "Eli, 8 mo,", "bed 4 (9 mo, RSV)", "peds derm zebra: 5mo with".
const INFANT_SHORT = /(?:\b(?:a|an) |[,:] |\()(\d{1,2}) ?(?:mo|mos|wk|wks)(?![A-Za-z\u00C0-\u024F\d])(?! (?:ago|later|course|supply|history|trial|stay|follow))/gi;
const PRONOUN =
  /\b(?:she|he|they|you)(?:'s|’s| is| was| were| turned| turns| just turned|'ll be| will be) (\d{1,3})(?![\d%+]|[.,]\d)(?! (?:years? (?:ago|later|of|in|on|since)|yrs|days?|weeks?|months?|hours?|min|minutes?|percent|mg|kg|lb|lbs|cm|mm|times|miles|of|pounds|feet|inches|points|units|ml|mL))/gi;
// Checked for a preceding letter, period or bracket in code: a leading look-behind would be
// tried at every position of the text.
const APPOSITION = /,? \(?(\d{1,3})(?:,|[!?]?\)| [MF](?![A-Za-z\u00C0-\u024F]))(?! ?(?:\d|percent|%))/g;
// Gates (text-facts.ts) of the words the patterns below hold: each is tried only in and before
// the words that hold one (most texts hold few).
// (One gate serves several patterns: a word that holds any of its words is tried by each.)
const AGE = gate('age|turn|day|oldest');
const SPELLED_WORDS = gate('ninety|hundred');
const OLD = gate('old');
const GENARIAN = gate('genarian|centenarian');
const STILL = gate('still|sharp|going|thriving|feisty');
const NOT_BEFORE_NUMBER = /[\d.,/]/;
/** A house number after its street, as Spanish and Portuguese write it: "Av. Juárez 115". */
export const STREET_BEFORE = /\b(?:Av|Avenida|Calle|Rua|Rue|Jalan|Jl)\.? (?:\p{Lu}[\p{L}.'’-]* ?){1,3}$/u;
/** A label before a number that makes it a room's, a crew's, a step's or a poster's ("Bed 4", "Medic 9", "Board 112"), not an age. */
export const LABEL_BEFORE = new RegExp(`(?:${NUMBER_LABELS.join('|')})$`, 'i');
/** The label of a vital sign or lab value right before a number: the number is a measure, not an age. */
export const MEASURE_BEFORE =
  /\b(?:HR|BP|RR|MAP|Na|Cl|Hb|Hgb|Hct|Plt|WBC|INR|Cr|BUN|GCS|BMI|EF|A1c|HbA1c|SpO2|sats?|sodium|potassium|chloride|glucose|sugars?|BG|BGL|lactate|trop(?:onin)?|temp|weight|wt|pulse|rate|score|level|count|ferritin|CK|CRP|ESR|TSH|PSA|LDL|HDL|eGFR|GFR|pCO2|pO2|HCO3|bicarb|albumin|bili(?:rubin)?|ALT|AST|ALP|lipase|amylase|Mg|phos|iCa|ha?emoglobin|creatinine|platelets?|calcium|magnesium|urea)$/i;
const NOT_BEFORE_SEX = /[\p{L}\d.,/°$£€¥₹>~]/u;
const APPOSITION_BEFORE = /[\p{L}.'’)]/u;
// (Not a decimal or a thousands group: "age 9.5", "aged 65,000"; a comma or a stop after it ends a clause: "Dorothy, age 91, just …".)
const AGE_WORD = /\b(?:age|aged)[: ]{1,2}(\d{1,3})(?![\d%+–-]|[.,]\d)(?! (?:and|or) (?:over|older|up|above|under|younger)\b| ?(?:to|through|–|-) ?\d)/iy;
const BIRTHDAY = /\b(\d{2,3})(?:st|nd|rd|th) (?:birthday|bday|b-day)/iy;
// A birthday without the word: "Happy 90th to Mr. Kwan", "for her 95th", "koro's 92nd" (not a
// hospital's or a town's: INSTITUTIONS).
const ORDINAL_DAY = /\b(?:happy|her|his|their|(\p{L}+)['’]s) (\d{2,3})(?:st|nd|rd|th)(?=[ ]?(?:[!.,;:)]|$)| (?:to|on|today|yesterday|tomorrow|party|celebration)\b)/giu;
const ORDINAL = /\d{2,3}(?:st|nd|rd|th)\b/;
const INSTITUTION_WORDS = 'hospital|clinic|practice|department|unit|ward|school|university|college|cent(?:er|re)|nhs|service|trust|church|town|city|country|club|team|company|journal|society|association|station|village|county|state|nation';
const INSTITUTIONS = new RegExp(`^(?:${INSTITUTION_WORDS})$`, 'i');
const INSTITUTION_AFTER = new RegExp(`^ to (?:the|our|my) (?:${INSTITUTION_WORDS})\\b`, 'i');
const WORDS = /\b(?:nonagenarian|centenarian|supercentenarian)(?![A-Za-z\u00C0-\u024F])/gi;
const DECADE = /\b(?:in|into) (?:her|his|their) (?:(?:late|early|mid)[- ])?(9\d|1[01]\d)s\b|\b(?:in|into) (?:her|his|their) (?:(?:late|early|mid)[- ])?nineties\b/gi;
// Ages written in words: "ninety-four-year-old", "a hundred-year-old".
const UNITS = '(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const SPELLED = new RegExp(`\\b(?:(ninety)${UNITS}|(?:a |one )?(hundred)(?:(?: and |-)(?:one|two|three|four|five|six|seven|eight|nine|ten))?)[- ](?:year|yr)s?[- ](?:old|young)(?![A-Za-z\\u00C0-\\u024F])`, 'iy');
// Any age in words before "year-old": "seventy-four-year-old", "seven-year-old" (under 90).
const TENS = '(twenty|thirty|forty|fifty|sixty|seventy|eighty)';
const ONES = '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const SPELLED_UNDER_90 = new RegExp(`\\b(?:${TENS}(?:-${ONES})?|${ONES})[- ](?:year|yr)s?[- ]old(?![A-Za-z\\u00C0-\\u024F])`, 'iy');
const TURNED = /\b(?:turned|turning|turns) (\d{2,3})(?![\d.,%])/iy;
// What turns 100 is a place, a body or a method, not a person: "Our hospital turns 100", "the NHS
// turned 75", "the Whipple procedure turns 90".
const AN_INSTITUTION_BEFORE = /\b(?:procedure|operation|scale|trial|hospital|clinic|practice|department|unit|ward|school|university|cent(?:er|re)|NHS|service)(?:['’]s)? (?:just |officially |will |is )?$/i;
// "Our oldest TAVR patient ever, 101,", "our oldest flu shot recipient this season is 104": the superlative makes the number an age.
const OLDEST = /\boldest\b[^.!?\n]{0,50}?(?:,|\b(?:is|was|turn(?:ed|s))) \(?(\d{2,3})(?!\d|[.,]\d|%)/iy;
// "94 and still driving", "Ninety-four and sharp as a tack", "101 and sharper than me": an age.
const AND_STILL = new RegExp(`\\b(?:(\\d{2,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-${ONES})?|(?:a |one )?hundred(?:(?: and |-)${ONES})?) and (?:still|sharp as|sharper than|going strong|thriving|feisty)\\b`, 'iy');

// An age in words after the words that tell one ("She's one hundred and two", "he turned
// ninety-four"): the numeral forms' cues (PRONOUN, TURNED) with the number spelled out. Tens and
// hundreds only: "she's one of", "he was two" are rarely ages. (Not a shorter reading of a longer
// number: "a hundred" of "a hundred and ten percent".)
const SPELLED_TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?';
const SPELLED_AGE = `(?:a |one )?hundred(?:(?: and |-)(?:${SPELLED_TENS}|${ONES.slice(1, -1)}))?|${SPELLED_TENS}`;
const SPELLED_AFTER_CUE = new RegExp(
  `\\b(?:(?:she|he)(?:'s|’s| is| was| turned| turns| just turned|'ll be| will be) |(?:turned|turning|turns) )(${SPELLED_AGE})(?![\\p{L}-]| and (?:${ONES.slice(1, -1)}|${SPELLED_TENS})\\b)(?! (?:years? (?:ago|later|of|in|on|since)|days?|weeks?|months?|hours?|min|minutes?|percent|times|miles|pounds|feet|inches|points|of)\\b)`,
  'iuy',
);
const TENS_WORDS = gate('twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred');

// Words before an age that make it a population or a threshold ("les 75 ans", "los mayores de 65").
// (A range in Spanish, Portuguese or French: "de 50 a 69 anos", "de 11 à 14 ans". A span of time in
// them or in German, no age: "cada 2 años", "hace 10 años", "depois de 35 anos", "il y a 20 ans", "seit 5 Jahren".)
const POPULATION_BEFORE = /(?:over|under|above|below|ages|aged|adults|kids|children|patients|people|those|anyone|women|men|before|after|from|than|≥|>|<|≤|at least|until|til|till|every|through|between|and|(?:^|[\s(])\d{1,3} (?:a|à|y|e|et)|\bles|mayores de|maiores de|plus de|más de|mais de|\b(?:cada|hace|há|faz|fazem|después de|depois de|durante|por|il y a|tous les|toutes les|pendant|depuis|après|se cumplen|alle|seit|nach))\s*$/i;
// After the age: "+", "and older", "or over", a range, a plural.
// ("75 ans et plus", "65 años y más", "60 anos ou mais": the same in French, Spanish and Portuguese.)
// ("65歳以上", "65세 이상", "٦٥ سنة فأكثر", "trên 60 tuổi trở lên": the same in Japanese and Chinese, Korean, Arabic and Vietnamese.)
const POPULATION_AFTER = /^(?:\s*\+|s\b|\s+(?:and|or)\s+(?:older|over|up|above|under|younger)|\s*[–-]\s*\d|\s*to\s+\d|\s+(?:et|ou|y|o|e)\s+(?:plus|más|mas|mais)\b|\s*(?:以上|以下|以内|未満|이상|이하|미만|فأكثر|فما فوق|وما فوق|trở lên|trở xuống))/i;
// "fever of 101F", "temp 100F": temperatures, not people.
const TEMPERATURE_BEFORE = /(?:fever|temp|temperature|febrile|tmax|t|of)\s*$/i;

/** The match `m` is a population's age or a threshold, not one person's. */
function population(doc: Document, m: RegExpExecArray): boolean {
  const start = m.index;
  const end = start + m[0].length;
  const before = doc.text.slice(Math.max(0, start - 16), start);
  const after = doc.text.slice(end, end + 14);
  return POPULATION_BEFORE.test(before) || POPULATION_AFTER.test(after);
}

// The author's own: "my 8yo asked…", "my 85-year-old dad" (a child's age, or an age before a relative).
// "my 8 yo w/ CF", "my 93 y/o", "my 90-year-old neighbour" are patients (in the read drafts, 24 of the
// 26 own children's ages in clean drafts).
const PATIENT_AFTER = /^ ?(?:w\/|(?:patient|pt|pts|with|boy|girl|male|female|man|woman)\b)/i;
function authorsOwn(doc: Document, start: number, end: number, years: number): boolean {
  if (!/(?:^|\W)my $/i.test(doc.text.slice(Math.max(0, start - 4), start))) return false;
  const after = doc.text.slice(end, end + 24);
  if (years < 18) return !PATIENT_AFTER.test(after);
  const next = /^ ([\p{L}-]+)/u.exec(after)?.[1]?.toLowerCase();
  return !!next && RELATIVES.has(next) && !/^(?:neighbou?r|friend|pal|buddy|boss|roommate|flatmate|coworker)$/.test(next);
}

/** Number words by their value, as a Map: a draft's words must never reach Object.prototype ("constructor"). */
export const NUMBER_WORD = new Map(Object.entries(NUMBER_WORDS));
/** Ages in the document, computed once per document (two rules read them). */
export const findAges: (doc: Document) => AgeMention[] = perDocument(scanAges);

/** A number word's value ("ninety" -> 90), 0 for none. */
const word = (w: string | undefined) => (w ? (NUMBER_WORD.get(w.toLowerCase()) ?? 0) : 0);

/** The value of a number in words ("one hundred and two" -> 102, "ninety-four" -> 94). */
function spelledValue(s: string): number {
  let n = 0;
  for (const w of s.toLowerCase().split(/[ -]/)) n = w === 'hundred' ? Math.max(1, n) * 100 : n + word(w);
  return n;
}

function scanAges(doc: Document): AgeMention[] {
  const out: AgeMention[] = [];
  const text = doc.text;
  const cover = new Coverage(text.length);
  const add = (start: number, end: number, years: number, number: string, form: AgeMention['form']) => {
    if (!Number.isFinite(years) || years > 125) return;
    if (!cover.take(start, end)) return;
    out.push({ start, end, years, number, form });
  };
  // The patterns with a numeral are skipped in a text without a digit (ages in words are not).
  const digits = hasDigit(doc);
  const numerals = (re: RegExp) => (digits ? matches(text, re) : []);
  for (const m of numerals(UNIT)) {
    if (m.index > 0 && NOT_BEFORE_NUMBER.test(text[m.index - 1]!)) continue;
    if (population(doc, m) || authorsOwn(doc, m.index, m.index + m[0].length, Number(m[1]))) continue;
    add(m.index, m.index + m[0].length, Number(m[1]), m[1]!, 'unit');
  }
  for (const m of SCRIPT_AGE_WORD.test(text) ? matches(text, SCRIPT_AGE) : []) {
    if ((m.index > 0 && NOT_BEFORE_NUMBER.test(text[m.index - 1]!)) || population(doc, m)) continue;
    add(m.index, m.index + m[0].length, digitsValue(m[1]!), m[1]!, 'unit');
  }
  for (const m of numerals(SEX)) {
    if (m.index > 0 && NOT_BEFORE_SEX.test(text[m.index - 1]!)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (TEMPERATURE_BEFORE.test(before) || population(doc, m)) continue;
    add(m.index, m.index + m[0].length, Number(m[1]), m[1]!, 'sex');
  }
  for (const m of holds(doc, OLD) ? numerals(INFANT) : []) {
    if (m.index > 0 && NOT_BEFORE_NUMBER.test(text[m.index - 1]!)) continue;
    if (population(doc, m)) continue;
    add(m.index, m.index + m[0].length, Number(m[1]) / 12, m[1]!, 'infant');
  }
  for (const m of numerals(INFANT_SHORT)) {
    if (population(doc, m)) continue;
    const numStart = m.index + m[0].indexOf(m[1]!, 1);
    add(numStart, m.index + m[0].length, Number(m[1]) / (/w/i.test(m[0]) ? 52 : 12), m[1]!, 'infant');
  }
  for (const m of numerals(PRONOUN)) {
    add(m.index, m.index + m[0].length, Number(m[1]), m[1]!, 'pronoun');
  }
  for (const m of numerals(APPOSITION)) {
    if (m.index === 0 || !APPOSITION_BEFORE.test(text[m.index - 1]!)) continue;
    // "Our cat Mango (14)": the pet's age.
    if (petNamesIn(doc).ends.has(m.index)) continue;
    // Only after a capitalised word (a name or initials), e.g. "Mrs. Adeyemi-Hart, 42," "Will, 8,".
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // Or after a word for a person: "A patient (93)", "the gentleman, 91,".
    if (!/(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.|\b(?:patient|pt|man|woman|lady|gentleman|guy|grandma|grandpa|grandmother|grandfather|boy|girl))\)?$/u.test(before)) continue;
    if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$/i.test(before) || LABEL_BEFORE.test(before)) continue;
    if (STREET_BEFORE.test(before)) continue;
    // A vital sign or a lab value: "HR 118,", "Sodium 118,", "Hb 62,".
    if (MEASURE_BEFORE.test(before)) continue;
    const numStart = m.index + m[0].indexOf(m[1]!);
    add(numStart, numStart + m[1]!.length, Number(m[1]), m[1]!, 'apposition');
  }
  for (const m of digits ? gated(doc, AGE_WORD, AGE) : []) {
    if (population(doc, m)) continue;
    add(m.index, m.index + m[0].length, Number(m[1]), m[1]!, 'age');
  }
  // ("a hundred", "one hundred": the word before; "five years old": two words before "old";
  // "a hundred and one and still": five words before "still".)
  for (const m of gated(doc, SPELLED, SPELLED_WORDS, 1)) {
    if (population(doc, m)) continue;
    add(m.index, m.index + m[0].length, m[1] ? 90 : 100, '', 'word');
  }
  // ("she was one hundred": three words before "hundred".)
  for (const m of gated(doc, SPELLED_AFTER_CUE, TENS_WORDS, 3)) {
    const start = m.index + m[0].length - m[1]!.length;
    add(start, m.index + m[0].length, spelledValue(m[1]!), '', 'age');
  }
  for (const m of gated(doc, SPELLED_UNDER_90, OLD, 2)) {
    if (population(doc, m)) continue;
    const years = word(m[1]) + (m[1] ? word(m[2]) : word(m[3]));
    add(m.index, m.index + m[0].length, years, '', 'word');
  }
  for (const m of digits ? gated(doc, TURNED, AGE) : []) {
    if (AN_INSTITUTION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    add(m.index, m.index + m[0].length, Number(m[1]), m[1]!, 'age');
  }
  for (const m of digits ? gated(doc, OLDEST, AGE) : []) {
    if (population(doc, m)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add(start, start + m[1]!.length, Number(m[1]), m[1]!, 'age');
  }
  for (const m of gated(doc, AND_STILL, STILL, 5)) {
    if (m.index > 0 && /[\d.,/$£€#%]/.test(text[m.index - 1]!)) continue;
    // "BP 94 and still dropping", "day 100 and still here": a measure or a count, not an age.
    const before = text.slice(Math.max(0, m.index - 12), m.index).trimEnd();
    if (MEASURE_BEFORE.test(before) || /\b(?:day|days|week|weeks|mile|miles|room|bed|bay|page|number|no|step|level|floor)$/i.test(before)) continue;
    if (population(doc, m)) continue;
    const numeral = m[1] && /^\d/.test(m[1]) ? m[1] : '';
    const years = numeral ? Number(numeral) : m[1] ? word(m[1]) + word(m[2]) : 100 + word(m[3]);
    add(m.index, m.index + m[0].indexOf(' and ', 1), years, numeral, 'age');
  }
  // (Not a colleague's: "Happy 90th birthday to Dr. Ruth Adler".)
  for (const m of digits && ORDINAL.test(text) ? matches(text, ORDINAL_DAY) : []) {
    if ((m[1] && INSTITUTIONS.test(m[1])) || INSTITUTION_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    add(start, m.index + m[0].length, Number(m[2]), m[2]!, 'birthday');
  }
  for (const m of digits ? gated(doc, BIRTHDAY, AGE, 1) : []) if (!/^,? (?:to|for) (?:Dr|Prof)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) add(m.index, m.index + m[0].length, Number(m[1]), m[1]!, 'birthday');
  for (const m of holds(doc, GENARIAN) ? matches(text, WORDS) : []) {
    const w = m[0].toLowerCase();
    add(m.index, m.index + m[0].length, w.startsWith('non') ? 90 : 100, '', 'word');
  }
  for (const m of / (?:her|his|their) /.test(doc.lower) ? matches(text, DECADE) : []) add(m.index, m.index + m[0].length, m[1] ? Number(m[1]) : 90, m[1] ?? '', 'decade');
  return out.sort((a, b) => a.start - b.start);
}
