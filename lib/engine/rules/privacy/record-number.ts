// Medical record, account, member/insurance, accession and device numbers, SSNs, licence plates,
// VINs, and any long number told in a patient's story.
import { digitCount, entityAt, matches, matchesNotAfter } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { gate, gated, hasDigit, hasDigitRun } from '../../privacy/text-facts.ts';
import { COMMON_WORDS, KNOWN_ACRONYMS } from '../../privacy/name-lexicon.ts';

// A label, an optional "#", ":", "is" or "no.", then a code holding at least three digits (its groups
// may be split by hyphens, dots or slashes: "FTH/23/44781", Chile's RUT "14.567.892-K").
const LABELLED =
  /\b(?:MRNs?|MR ?#|acc(?:ession)? ?#|NHS (?:number|no\.?)|NHI(?: number| no\.?)?|NRIC|CNIC|NIN|national ID(?: number| no\.?)?|PhilHealth(?: (?:number|no\.?|ID))?|OHIP(?: card| number| #)?|PPSN?(?: number| no\.?)?|CHI(?: number| no\.?)?|Aadhaar(?: number| no\.?)?|UHID|IHI|URN?(?: number| no\.?)?|health card(?: number| no\.?| #)?|hospital (?:number|no\.?)|hosp no\.?|unit (?:number|no\.?)|(?:IPD?|OPD|TB reg|reg|folder) ?(?:no\.?|number|#)|(?:inmate|prisoner)(?: no\.?| number| #)?|Medicare(?: beneficiary| number| no\.?| #)?|MBI|med(?:ical)? rec(?:ord)?s?(?: (?:number|no\.?|#))?|acct|account(?: (?:number|no\.?))?|member(?: ID| #| number| no\.?)|insurance(?: ID| #| number| plan(?: ID| number| #)?)?|licen[cs]e(?: (?:no\.?|number|#))?|HMO|SS ?#|policy(?: number| #| no\.?)?|plan(?: ID| number| #)|subscriber(?: ID| #)|group(?: number| #)|patient ID|pt ID|ID(?: number| #| no\.?)?|SSN|social security(?: number)?|case|accession|specimen|serial(?: number| no\.?)?|S\/N|SN|lot(?: number| #)?|licen[cs]e plate|plate|VIN|claim(?: number| #| no\.?)?|Rx ?#?|prescription(?: number)?|chart(?: number| #)?|CSN|FIN|encounter(?: number| #)?|device ID|NPI|DOB|RUT|DNI|CURP|c[ée]dula|BSN|NIR|carte vitale|NSS|NIE|CNS|cart[ãa]o (?:do )?SUS|prontu[áa]rio|expediente|historia cl[íi]nica)(?:'s)?(?:[ \t]?(?:is |was |=|:|#|no\.)){0,2}[ \t]?[#(]?(?=[A-Z0-9./-]*\d[A-Z0-9./-]*\d[A-Z0-9./-]*\d)([A-Z0-9][A-Z0-9./-]{2,24})\b/gi;
// An SSN, a Brazilian CPF ("482.931.576-20") or a Malaysian identity card number ("850312-10-5527").
const SSN = /\d{3}-\d{2}-\d{4}(?![\d-])|\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)|\d{6}-\d{2}-\d{4}(?![\d-])/g;
// Mixed letters and digits, 8+ characters with 5+ digits: member IDs, plates, serials.
// Candidates are found with a plain pattern and checked in code (a letter, five digits, nothing
// glued before): look-arounds at the start would run at every position of the text.
const MIXED = /\b[A-Z0-9][A-Z0-9-]{6,23}\b/g;
const MIXED_BEFORE = /[\p{L}\p{N}#@/-]/u;
function isMixedCode(text: string, m: RegExpExecArray): boolean {
  const s = m[0];
  if (m.index > 0 && MIXED_BEFORE.test(text[m.index - 1]!)) return false;
  if (/[\p{L}\p{N}]/u.test(text[m.index + s.length] ?? '') || s.endsWith('-') || s.includes('--')) return false;
  return /[A-Z]/.test(s) && digitCount(s) >= 5;
}
// Numbers whose shape alone says what they are: Singapore's NRIC/FIN ("T0145528H"), Australia's
// Individual Healthcare Identifier (16 digits from 800360: "8003 6081 2245 6718"), Italy's codice
// fiscale (six letters of the name, then the birth date and place: "RSSMRA85T10A562S").
const SHAPED_ID = /\b[STFGM]\d{7}[A-Z]\b|\b8003 ?60\d\d ?\d{4} ?\d{4}\b|\b[A-Z]{6}\d\d[A-EHLMPR-T]\d\d[A-Z]\d{3}[A-Z]\b/g;
// 17 characters of the VIN alphabet; that it holds both a digit and a letter is checked in code.
const VIN = /[A-HJ-NPR-Z0-9]{17}(?![A-Z0-9])/g;
// Six or more digits in a row, not a thousands-grouped or decimal figure.
const LONG_NUMBER = /\d{6,}(?![\d.,/-]\d)/g;
// Labels that name a patient's own record (not a case, lot, licence or provider number): with a
// number they are a direct identifier in unambiguous form.
const PATIENT_LABEL = /^(?:mrn|mr ?#|acc(?:ession)? ?#|med(?:ical)? rec|acct|account|member|insurance|hmo|ss ?#|ssn|social security|subscriber|patient id|pt id|chart|csn|fin\b|encounter|dob|accession|specimen|nhs|nhi|nric|cnic|nin\b|national id|philhealth|ohip|pps|chi\b|aadhaar|uhid|ihi|ur|health card|hospital|hosp|unit|medicare|mbi|licen[cs]e plate|plate|plan|rut|dni|curp|c[ée]dula|ipd? ?(?:no|number|#)|opd|folder|inmate|prisoner|bsn|nir\b|carte vitale|nss|nie\b|cns|cart[ãa]o|prontu|expediente|historia)/;
// Codes written in groups after their label ("plate 7KLM 492", "member ID XJH 447 209 118", "account 4821 7730 1192"), which
// LABELLED's one-token code misses. Plates need a letter and two digits, other IDs five digits; a
// group after the first holds a digit, or is a plate's two or three letters ("car reg KX19 WPR").
const SPACED_CODE =
  /\b((?:licen[cs]e |vanity |number )?plates?|(?:car|vehicle|van) reg(?:istration)?|rego|member ID|insurance ID|policy (?:number|no\.?)|Medicare(?: beneficiary| number| no\.?)?|NHS(?: number| no\.?)?|health card(?: number| no\.?)?|Aadhaar(?: number| no\.?)?|RAMQ|MRN|[Aa]cct|[Aa]ccount|(?:[Pp]atient |[Pp]t )?ID|[Cc]hart|[Hh]ospital (?:number|no\.?))(?: number| no\.?| #)?:? ?\(?([A-Z0-9]{1,5}(?:[ -](?=[A-Z]*\d|[A-Z]{2,3}\b)[A-Z0-9]{1,5}){1,4})\b/y;
// A word of each of its labels, in its first word or the next (text-facts.ts gated).
const SPACED_LABEL = gate('plate|reg|member|insurance|policy|medicare|nhs|card|aadhaar|ramq|mrn|acct|account|id|chart|hospital');
// Trial registries (US, UK, India, Australia/NZ, Europe, China, Africa) and references, codes of drugs and procedures.
// "b. 1938" after a name: the year of birth, as notices and referrals give it (not inside an address:
// "ruthie.b.1948@"). No fix: what the sentence should say instead is the writer's call.
const BORN = /\bb\. ?(?:18|19|20)\d\d(?!\d)/g;
const SAFE_PREFIX = /^(?:NCT|ISRCTN|CTRI|ACTRN|EUCTR|DRKS|ChiCTR|PACTR|PMID|PMC|DOI|ISBN|CPT|ICD|NDC)/i;
// A plate told by its letters ("vanity plate DRWHO1", "the plate DRTYBOI"): four to eight capitals
// and digits, starting with a letter. A vanity plate needs no digits: it is found in any text.
const LETTER_PLATE = /\b(?:(?:[Ll]icen[cs]e|[Vv]anity) )?[Pp]lates?:? ['"‘“]?([A-Z][A-Z0-9]{3,7})['"’”]?(?![\p{L}\p{N}-])/uy;
const PLATE = gate('plate');

export const rule: Rule = {
  id: 'privacy/record-number',
  category: 'privacy',
  severity: 'block',
  description: 'Record, account, member, accession or device numbers, SSNs, plates, VINs and long numbers about a patient.',
  why: 'Record and account numbers point straight at one patient (HIPAA Safe Harbor identifiers).',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    const seen = new Set<number>();
    const push = (start: number, end: number, message: string, severity?: 'warn', labelled = false, floor?: 'block', replacement: string | null = '[number removed]') => {
      const e = entityAt(doc, start, end);
      // Inside a link it is part of an address; a bare "#P2108" is a tag unless a label precedes it.
      if (e && (e.kind === 'url' || (e.kind === 'hashtag' && !labelled))) return;
      for (let k = start; k < end; k++) if (seen.has(k)) return;
      for (let k = start; k < end; k++) seen.add(k);
      out.push({ start, end, message, ...(severity ? { severity } : {}), ...(replacement !== null ? { fix: { replacement } } : {}), ...(floor ? { floor } : {}) });
    };
    // Every finding but a plate in letters holds a digit (a VIN, a mixed code or a labelled one is checked for its digits).
    const anyDigit = hasDigit(doc);
    // Codes in groups first: LABELLED would take only their first group ("NHS number 943").
    for (const m of anyDigit ? gated(doc, SPACED_CODE, SPACED_LABEL, 1) : []) {
      const plate = /plate|reg/i.test(m[1]!);
      const code = m[2]!;
      const digits = digitCount(code);
      if (plate ? digits < 2 || !/[A-Z]/.test(code) : digits < 5) continue;
      // A meeting's ID ("Zoom meeting ID 961 4402 7735") is an event's, not a patient's.
      if (/(?:meeting|webinar|zoom|conference|call)\s*$/i.test(doc.text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // "car reg (KX19 WPR)": the code's brackets go with it.
      const end = m.index + m[0].length + (m[0].includes('(') && doc.text[m.index + m[0].length] === ')' ? 1 : 0);
      push(m.index, end, plate ? 'Licence plate' : 'Record or identification number', undefined, true, 'block');
    }
    for (const m of gated(doc, LETTER_PLATE, PLATE, 1)) {
      // Not an abbreviation ("a plate ORIF" is a fixation) or a word ("plate NOTE:").
      if (!KNOWN_ACRONYMS.has(m[1]!) && !COMMON_WORDS.has(m[1]!.toLowerCase())) push(m.index, m.index + m[0].length, 'Licence plate', undefined, true, 'block');
    }
    if (!anyDigit) return out;
    // LABELLED's code, an SSN, a mixed code and a long number each hold three digits in one run.
    const runs = hasDigitRun(doc);
    for (const m of runs ? matches(doc.text, LABELLED) : []) {
      const code = m[1]!;
      // (A year; a registry's number; a fraction of short numbers, which is a dose or a reading: "Rx
      // 5/325", where "UHID 2023/118437" is a year and a serial.)
      if (/^(?:19|20)\d\d$|^\d{1,4}\/\d{1,4}$/.test(code) || SAFE_PREFIX.test(code)) continue;
      const rawLabel = m[0].slice(0, m[0].length - code.length);
      // A label glued to a word ("IDWeek2024", a conference tag) is part of that word, not a label.
      if (/[A-Za-z]$/.test(rawLabel) && /^[A-Za-z]/.test(code)) continue;
      const label = rawLabel.trim().toLowerCase();
      // "case" and "lot" are ordinary words: only with a code that is clearly an identifier.
      if ((label.startsWith('case') || label.startsWith('lot') || label === 'id') && !/[A-Z].*\d|\d.*-.*\d|\d{5}/i.test(code)) continue;
      // "the NRIC (S8123456D)": the code's brackets go with it.
      const end = m.index + m[0].length + (label.endsWith('(') && doc.text[m.index + m[0].length] === ')' ? 1 : 0);
      push(m.index, end, label.startsWith('dob') ? 'Date of birth' : 'Record or identification number', undefined, true, PATIENT_LABEL.test(label) ? 'block' : undefined);
    }
    for (const m of doc.text.includes('b.') ? matches(doc.text, BORN) : []) if (!/[\p{L}\p{N}.@]/u.test(doc.text[m.index - 1] ?? '')) push(m.index, m.index + m[0].length, 'Year of birth', undefined, false, undefined, null);
    for (const m of runs ? matchesNotAfter(doc.text, SSN, /[\d.-]/) : []) push(m.index, m.index + m[0].length, m[0].length > 11 ? 'National ID number' : 'Social Security number', undefined, false, 'block');
    // A VIN's 17 capitals and digits lie within one word: only a word holding such a run is worth the scan.
    for (const m of doc.words.some((w) => w.end - w.start > 16 && /[A-Z\d]{17}/.test(w.text)) ? matchesNotAfter(doc.text, VIN, /[A-Z0-9]/) : []) if (/\d/.test(m[0]) && /[A-Z]/.test(m[0])) push(m.index, m.index + m[0].length, 'Vehicle identification number');
    for (const m of runs ? matches(doc.text, SHAPED_ID) : []) push(m.index, m.index + m[0].length, 'National ID number', undefined, false, 'block');
    for (const m of runs ? matches(doc.text, MIXED) : []) {
      if (!isMixedCode(doc.text, m) || SAFE_PREFIX.test(m[0])) continue;
      push(m.index, m.index + m[0].length, 'Identification number', doc.context.patientCase ? undefined : 'warn');
    }
    if (runs && (doc.context.patientCase || !doc.context.announcement)) {
      for (const m of matchesNotAfter(doc.text, LONG_NUMBER, /[\d.,/-]/)) {
        push(m.index, m.index + m[0].length, 'Long number in a patient story', 'warn');
      }
    }
    return out;
  },
};
