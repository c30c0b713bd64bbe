// Candidates and their cues, for each of the five professionalism kinds. Rules propose spans here
// (clauses for advice, claims and promotion; words and short phrases for stigma and profanity),
// each with the names of the cue classes it shows. How the classes weigh against each other is
// fitted on labelled drafts (scripts/fit-professionalism.ts) and shipped in data/professionalism-model.ts.
// Features are classes ("a drug", "an imperative", "addressed to an @handle"), never words of lines.
import {
  ABSOLUTE_WORDS, ACTION_VERBS, CALLS_TO_ACTION, CARE_WORDS, CLAIM_HEDGES, CONTEMPT_PHRASES, CONTEMPT_PREDICATES, CURE_VERBS, DEFERRALS,
  DISCOUNT_WORDS, DRUG_NAMES, DRUG_SUFFIXES, GENERAL_WORDS, I_WOULD, INDUSTRY_CRITIQUE, INSULT_NOUNS, INSULT_TARGETS,
  MEDICINE_WORDS, MOCKING_ADJECTIVES, PATIENT_SLURS, PERSON_NOUNS, PRODUCT_PRAISE, PROMISES, STRONG_PRAISE, INDUSTRY_EVENTS, SKIP_CARE, STIGMA_CRITIQUE,
  SWEAR_ABBREVIATIONS, THIRD_PARTY, VERDICTS, DIAGNOSES, WARD_PLACES, YOU_MODALS,
} from '../data/professionalism-cues.ts';
import { COMPANIES, DISCLOSURES } from '../data/disclosure.ts';
import { PROFANITY } from '../data/profanity.ts';
import { LABEL_DETERMINERS, LABEL_NOUN_FOLLOWERS, NOUN_LABELS, STIGMA } from '../data/stigma.ts';
import { ABSOLUTE_CLAIMS } from '../data/claims.ts';
import { PROFESSIONALISM_MODEL } from '../data/professionalism-model.ts';
import type { Document } from '../types.ts';
import { isSpace, splitClauses, type Clause } from './clauses.ts';
import { characterClass, perDocument } from '../phrases.ts';
import { lexemesOf } from '../lexemes.ts';
import { boundedBefore, boundedMatches, hasBounded, knowRuns, lexicon, listFlags, matchesAt, opensPhrase, runCrosses, WINDOW_MIN, type Lexicon } from './lexicon.ts';
import { COMMON_WORDS, FIRST_NAMES } from '../privacy/name-lexicon.ts';
import { eng } from 'stopword';

export type Kind = 'advice' | 'stigma' | 'profanity' | 'claim' | 'promotion';
export const KINDS: readonly Kind[] = ['advice', 'stigma', 'profanity', 'claim', 'promotion'];

export interface Candidate {
  start: number;
  end: number;
  /** Names of the cue classes present; the model sums their weights. */
  features: string[];
  /** The matched cue (for messages and fixes). */
  cue: string;
}

const YOU_MODAL = lexicon(YOU_MODALS);
const I_WD = lexicon(I_WOULD);
const ACTION = lexicon(ACTION_VERBS);
const VERDICT = lexicon(VERDICTS);
const DIAGNOSIS = lexicon(DIAGNOSES);
const SKIP = lexicon(SKIP_CARE);
const CARE = lexicon(CARE_WORDS);
const MEDICINE = lexicon(MEDICINE_WORDS);
const DRUG = lexicon(DRUG_NAMES);
const DRUG_SET = new Set(DRUG_NAMES);
const DEFER = lexicon(DEFERRALS);
const GENERAL = lexicon(GENERAL_WORDS);
const THIRD = lexicon(THIRD_PARTY);
// A class of drugs is named in the plural as often ("gliflozins", "triptans").
const SUFFIX = new RegExp(`(?<![\\p{L}])\\p{L}{3,}(?:${DRUG_SUFFIXES.join('|')})s?(?![\\p{L}])`, 'u');
// SUFFIX matches a whole run of letters, at least three of them before a suffix that ends the run.
// Tested from the suffix: its pattern starts with the suffixes, so the regex engine skips ahead to
// one, and the three letters before it are checked in code (from each suffix found, one code point
// on, as a scan for SUFFIX itself would go on).
const SUFFIX_END = new RegExp(`(?:${DRUG_SUFFIXES.join('|')})s?(?![\\p{L}])`, 'gu');
const ONE_LETTER = /^\p{L}$/u;

/** The code point ending just before `at` is a letter; returns where it starts, or -1. */
function letterBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? at - 1 : -1;
  const pair = at >= 2 && (c & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  const from = pair ? at - 2 : at - 1;
  return ONE_LETTER.test(text.slice(from, at)) ? from : -1;
}

/** SUFFIX.test(text), without trying the pattern at every position. */
function hasDrugSuffix(text: string): boolean {
  SUFFIX_END.lastIndex = 0;
  for (let m = SUFFIX_END.exec(text); m; m = SUFFIX_END.exec(text)) {
    let at = m.index;
    let k = 0;
    while (k < 3 && (at = letterBefore(text, at)) >= 0) k++;
    if (k === 3) return true;
    const pair = (text.charCodeAt(m.index) & 0xfc00) === 0xd800 && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00;
    SUFFIX_END.lastIndex = m.index + (pair ? 2 : 1);
  }
  return false;
}
const DOSE = /(?<![\d.,/])\d(?:[\d.,/]*)\s?(?:mg|mcg|µg|ug|g|ml|units?|iu|u|tabs?|tablets?|puffs?|pills?|capsules?|sachets?|drops?|x|times)(?![\p{L}])|\b(?:double|half|extra|twice|another \d|more)\b/u;
const YOU = /(?<![\p{L}])(?:you|your|you're|youre|yours|ur|u)(?![\p{L}])/u;
const WE = /(?<![\p{L}])(?:we|our|we're|we've|we'd)(?![\p{L}])/u;
const FILLERS = new Set([
  'just', 'honestly', 'yes', 'yep', 'yeah', 'nah', 'no', 'so', 'then', 'tbh', 'bro', 'mate', 'omg', 'ok', 'okay', 'and', 'but',
  'maybe', 'definitely', 'seriously', 'hun', 'x', 'also', 'plus', 'now', 'lol', 'pfft', 'totally', 'sweetheart', 'simply',
  'only', 'still', 'please', 'right', 'well', 'oh', 'hey', 'hi', 'babe', 'love', 'dude', 'ngl', 'imo', 'fr', 'deffo', 'defo',
]);
// A handle that reads as a clinician's: "@DrLeila…", "@geri_doc_nk", "@nikhil_em", "@endo_jules".
const CLINICIAN_HANDLE = /^@(?:dr|doc|prof)|^@\w*(?:_md|md_|_do|_rn|rn_|_np|_gp|gp_|_em|em_|_id|_gi|gi$|peds|paeds|_doc|doc_|nurse|rheum|nephro|onc|cardio|derm|neuro|psych|endo_|_endo|pharm|_rx|rx_|gasman|medic|surgeon|_fy|_reg|_icu|icu_|hosp|midwife)/i;
// Each alternative would open with "(?<![\p{L}])": checked in code instead (hasBounded), so the
// regex engine skips ahead to where one can start.
const WE_CLINICAL = /(?:we|i) (?:give|use|start|do|default|dropped|drop|kept|hold|just hold|usually|tend|titrate|go|prescribe|gave|started|stopped|switched|halved|doubled|dose)(?![\p{L}])|our (?:protocol|audit|unit|team|practice|colleagues|guideline|pathway)|(?:the|my|our) (?:pt|patient|pts|patients)(?![\p{L}])/gu;
const ACTION_START = new Set(ACTION_VERBS.filter((v) => !v.includes(' ')));

// What /[\p{L}']/u matches, looked up per character (no match object per word).
const leadChar = characterClass(/^[\p{L}']$/u);
const leadCharAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  return leadChar(text, i);
};

/**
 * The runs of letters and apostrophes (/[\p{L}']+/gu's matches) of a text, cut one by one as
 * leadingAction reads them: most clauses are decided by their first word or two.
 */
class LeadingWords {
  private readonly words: string[] = [];
  private at = 0;
  constructor(private readonly lower: string) {}

  /** The k-th run, or undefined past the last. */
  get(k: number): string | undefined {
    const { words, lower } = this;
    while (words.length <= k && this.at < lower.length) {
      let i = this.at;
      let len = 0;
      while (i < lower.length && (len = leadCharAt(lower, i)) === 0) i++;
      if (i >= lower.length) {
        this.at = i;
        break;
      }
      const start = i;
      do i += len;
      while (i < lower.length && (len = leadCharAt(lower, i)) > 0);
      words.push(lower.slice(start, i));
      this.at = i;
    }
    return words[k];
  }
}

// "for your anxiety try…", "with your nausea go ahead and take…": the reader's own case named
// before the instruction (a preposition, a possessive and a few words).
const LEAD_INS = new Set(['for', 'with', 're', 'about', 'on']);
const POSSESSIVES = new Set(['your', 'ur', 'his', 'her', 'their']);

const leadingAction = (lower: string): boolean => {
  const words = new LeadingWords(lower);
  for (let i = 0, end = 4; i < end; i++) {
    const w = words.get(i);
    if (w === undefined) break;
    if (FILLERS.has(w)) continue;
    if (end === 4 && LEAD_INS.has(w) && POSSESSIVES.has(words.get(i + 1) ?? '')) {
      // Skip the lead-in: the instruction may start within four words after the possessive.
      for (let j = i + 2; j < i + 6; j++) {
        const v = words.get(j);
        if (v === undefined) return false;
        if (ACTION_START.has(v) || (v === 'go' && words.get(j + 1) === 'ahead')) {
          i = j - 1;
          end = j + 4;
          break;
        }
      }
      if (end === 4) return false;
      continue;
    }
    if (w === 'go' && words.get(i + 1) === 'ahead') { i += words.get(i + 2) === 'and' ? 2 : 1; continue; }
    if (w === "i'd" || w === 'don\'t' || w === 'dont') return ACTION_START.has(words.get(i + 1) ?? '') || ACTION_START.has(words.get(i + 2) ?? '');
    return ACTION_START.has(w) || (w === 'go' && words.get(i + 1) === 'with') || (w === 'come' && words.get(i + 1) === 'off');
  }
  return false;
};

const JUST_ACTION = new RegExp(`(?<![\\p{L}])just (?:\\p{L}+ )?(?:${ACTION_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'u');

/** Draft-level facts every kind reads. Computed once per document. */
interface DraftCues {
  clauses: Clause[];
  reply: boolean;
  /** Opens with a given name and a comma: "Sarah, …". */
  named: boolean;
  clinicianHandle: boolean;
  weClinical: boolean;
  deferred: boolean;
  disclosed: boolean;
  industryCritique: boolean;
  industryEvent: boolean;
  /** The post speaks of a treatment, a medicine or a product. */
  treatment: boolean;
  brandLike: boolean;
  link: boolean;
  code: boolean;
  discount: boolean;
  eyeroll: boolean;
  /** The draft holds an eye-roll emoji. */
  eyerollEmoji: boolean;
  personFirst: boolean;
  quotes: boolean;
  /** The RUN_ bits of the draft's words (see wordCues). */
  runCues: number;
  /** listFlags(doc.lower), kept: the ring of recent texts forgets it once a few clauses are tested. */
  flags: Uint8Array;
  /** Whether a list may match some clause: false when it cannot match the whole draft, whose runs hold every clause's. */
  mayInClauses(list: Lexicon): boolean;
}

// Disclosures anywhere in the draft ("#ad", "paid partnership", "Disclosure: I consult for…").
const DISCLOSED = lexicon(DISCLOSURES.filter((d) => d !== 'coi' && d !== 'i receive' && d !== 'i work for').concat(['(disclosure', 'disclosure!', '#gifted', '#spon', 'sponsored by', 'paid for by', "i'm paid", 'i am paid', 'i get paid', 'affiliate link', 'i earn', 'i consult', 'speaker fees', "speakers' bureau", 'speakers bureau', 'advisory board', 'my company', 'i own', 'i founded', 'my own clinic', 'i co-founded']));
const DISCLOSURE_TAGS = ['ad', 'ads', 'sponsored', 'paid', 'partner', 'coi', 'spon', 'gifted', 'advert'];
const DISCLOSED_TAG = new RegExp(`(?<![\\p{L}\\p{N}])#(?:${DISCLOSURE_TAGS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const INDUSTRY = lexicon(INDUSTRY_CRITIQUE);
// A product's name: CamelCase ("GlowRay", "@ZenBiotic_Co"), a ® or ™, a company word after a
// capitalised one ("Vitaroot Labs"), or a capitalised word that is neither an English word nor a
// given name and does not open its sentence ("… about Glucaveil").
const BRAND = /\p{Lu}\p{Ll}+\p{Lu}\p{Ll}[\p{L}]*|[®™]|\p{Lu}\p{Ll}+\s(?:Labs|Health|Pharma|Plus|Pro|Max|Co|Clinic|Care|Therapeutics|Nutrition)(?![\p{L}])/u;
const CAPITALISED = /(?<=[\p{Ll},]\s)\p{Lu}\p{Ll}{4,}(?![\p{L}])/gu;

const COMPANY = lexicon(COMPANIES);

/** `lower`: text.toLowerCase(), when the caller has it (a clause's, the draft's), and its list flags. */
function brandLike(text: string, lower = text.toLowerCase(), flags?: Uint8Array): boolean {
  if (BRAND.test(text) || COMPANY.test(lower, flags)) return true;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m; m = CAPITALISED.exec(text)) if (unknownWord(m[0])) return true;
  return false;
}

// A capitalised word's answer, remembered (the same names and places come back keystroke after
// keystroke; the word lists are large). Bounded: hostile input must not grow it without end.
const unknownWords = new Map<string, boolean>();
function unknownWord(word: string): boolean {
  let v = unknownWords.get(word);
  if (v === undefined) {
    const w = word.toLowerCase();
    v = !COMMON_WORDS.has(w) && !FIRST_NAMES.has(w) && !DRUG_SET.has(w);
    if (unknownWords.size >= 2000) unknownWords.clear();
    unknownWords.set(word, v);
  }
  return v;
}
// A clause's answer by its text (its lower case is the text's): the clauses before the one being
// typed come back keystroke after keystroke. Bounded: hostile input must not grow it without end.
const clauseBrands = new Map<string, boolean>();
function clauseBrandLike(text: string, c: Clause): boolean {
  let v = clauseBrands.get(text);
  if (v === undefined) {
    v = brandLike(text, c.lower, flagsOfClause(c));
    if (clauseBrands.size >= 2000) clauseBrands.clear();
    clauseBrands.set(text, v);
  }
  return v;
}
// A host may sit under a subdomain ("shop.luminaskin.com"): its last name is matched after the full stop.
const URL = /(?:https?:\/\/)?(?<![\p{L}\p{N}@-])[a-z0-9-]{2,}\.(?:com|co|shop|skin|ink|io|net|org|uk|health|store|link|ly|me|app|care|clinic|bio|gg|us|to|ai)(?:\/[^\s]*)?(?![\p{L}\p{N}])/iu;
const REF_LINK = /[?&](?:ref|aff|affiliate|utm_[a-z]+|code|via|r)=|\/(?:dr|doc|ref|go)[a-z0-9]*(?![\p{L}])|shopl\.ink|bit\.ly|linktr\.ee|amzn\.to/iu;
// A code ("use code GLOW20", "SAVE15", "promo code") and a discount ("20% off", "$10 off", "first
// month free", "referral discount"), tested alternative by alternative. An alternative that opens
// with a word has its leading look-behind checked in code (hasBounded), so the regex engine skips
// ahead to the word; one that opens with a run of capitals or digits keeps its look-behind, which
// stops it at once inside a run (without it each start in a long run would scan the whole run).
const CODE_GIVEN = /(?:[Cc]ode|[Uu]se|[Uu]sing|[Ee]nter)\s+(?:my\s+code\s+|code\s+)?['"‘“]?[A-Z][A-Z0-9]{3,}(?![\p{L}\p{N}])/gu;
const NOT_ALNUM_BEFORE = /[\p{L}\p{N}]/u;
// The named code, (?<!\p{L})(?:promo|discount|coupon|my) code(?!\p{L}), found from each " code" by hand
// (namedCode): most drafts hold few, and the pattern's openers start almost everywhere.
const CODE_NAMERS = ['promo', 'discount', 'coupon', 'my'];
const LETTER_FIRST = /^\p{L}/u;
const CODE_RUN = /(?<![\p{L}\p{N}@#$])[A-Z]{4,}[0-9]{1,3}(?![\p{L}\p{N}])/u;
// A discount: /[£$€]\s?\d[\d,]*\s?(?:off|discount)|free\s+(?:month|trial|session|consult|sample|sensors?|shipping|gift|week)|referral\s+discount|(?<!\d)\d+\s?%\s?(?:off|discount)|(?<!\d)\d+\s+(?:months?|weeks?)\s+free|(?<!\d)\d+\s?%\s+(?:this week|today)/iu
// or (?<!\p{L})(?:first|1st)\s+(?:\p{L}+\s+){0,3}free under the same flags, found as hasDiscount's four patterns (below).
// Cheap necessary conditions of the patterns above, tested first: each pattern's every match holds
// one of these (CODE: four capitals or digits after a capital, or " code"; DISCOUNT: "%", "off",
// "free" or "discount" under the same flags; URL: a full stop), and most texts hold none.
const LETTER = /\p{L}/u;
const MAY_CODE = /[A-Z][A-Z0-9]{3}| code/;
const MAY_DISCOUNT = /%|off|free|discount/iu;
// A code is given after an opener ("code", "use", "using", "enter" and a space) or is a run of
// four capitals and digits: most drafts with four capitals in a row (an acronym) have neither.
const MAY_CODE_OPENER = /[Cc]ode|[Uu]s(?:e|ing)\s|[Ee]nter\s|[A-Z]{4}\d/;
const MAY_PRICE = /[£$€]/;
const PRICE = /[£$€]\s?\d/;
const PAY = /(?<![\p{L}])(?:hiring|hire|salary|sign-on|locums?|recruit\p{L}*|apply|grants?|awardees?|stipend|loans?|wages?|\/hr|per hour|base)(?![\p{L}])/u;
/** A discount may be in the text, by its words' bits (-1: not known): it holds "%", "free", "discount", or "off" after a price sign. */
const mayDiscountIn = (text: string, runs: number) => (runs & RUN_DISCOUNT) !== 0 || text.includes('%') || ((runs & RUN_OFF) !== 0 && MAY_PRICE.test(text));
function namedCode(text: string): boolean {
  for (let q = text.indexOf(' code'); q >= 0; q = text.indexOf(' code', q + 1)) if (namedCodeAt(text, q)) return true;
  return false;
}
/** The " code" at q is a named code's. */
function namedCodeAt(text: string, q: number): boolean {
  // The code point after "code" (two units hold a surrogate pair) is no letter.
  if (LETTER_FIRST.test(text.slice(q + 5, q + 7))) return false;
  for (const w of CODE_NAMERS) {
    const p = q - w.length;
    if (p >= 0 && text.startsWith(w, p) && boundedBefore(text, p, LETTER)) return true;
  }
  return false;
}
const hasCode = (text: string) => MAY_CODE.test(text) && (hasBounded(CODE_GIVEN, text, NOT_ALNUM_BEFORE) || namedCode(text) || CODE_RUN.test(text));
const CODE_GIVEN_AT = new RegExp(CODE_GIVEN.source, 'uy');
const CODE_RUN_AT = new RegExp(CODE_RUN.source, 'uy');
const CODE_OPENERS = new Set(['code', 'use', 'using', 'enter']);
const CODE_RUN_LOWER = /^[a-z]{4,}\d{1,3}$/;
// The runs of letters and digits of a word with the code bit (its own scanner).
const CODE_SCAN = /[\p{L}\p{N}]+/gu;
const LETTER_RUN = /\p{L}+/gu;

/**
 * Calls `visit` with each match of `scan` (global) in the lower case of the words [from, to) whose
 * cue bits hold `bit`, and its offset in the draft, in order, until a visit returns true. Every
 * run of letters (or of letters and digits) of the draft lies whole in one word, so where a
 * pattern opens with such a run, these are the places to try it, where a scan would try them all.
 */
function someCueRun(doc: Document, bit: number, scan: RegExp, visit: (run: string, at: number) => boolean, from = 0, to = doc.words.length): boolean {
  const lexemes = lexemesOf(doc);
  for (let i = from; i < to; i++) {
    const x = lexemes[i]!;
    if ((x.cues & bit) === 0) continue;
    const start = doc.words[i]!.start;
    scan.lastIndex = 0;
    for (let r = scan.exec(x.lower); r; r = scan.exec(x.lower)) if (visit(r[0], start + r.index)) return true;
  }
  return false;
}

/**
 * hasCode(doc.text) from the words with RUN_CODE, where the words' bits hold: each of its three
 * forms opens a run of letters and digits (an opener that a space follows; a "code" after a space;
 * a whole run of four capitals or more and a digit or three), a word holds its runs whole and
 * substringCues marks every word that holds one. Each form is tried there alone (sticky), where
 * the patterns scanned the whole draft.
 */
function codeInWords(doc: Document): boolean {
  const text = doc.text;
  return someCueRun(doc, RUN_CODE, CODE_SCAN, (run, p) => {
    if (CODE_OPENERS.has(run)) {
      CODE_GIVEN_AT.lastIndex = p;
      if (CODE_GIVEN_AT.test(text) && boundedBefore(text, p, NOT_ALNUM_BEFORE)) return true;
    }
    if (p > 0 && run.startsWith('code') && text.startsWith(' code', p - 1) && namedCodeAt(text, p - 1)) return true;
    if (!CODE_RUN_LOWER.test(run)) return false;
    CODE_RUN_AT.lastIndex = p;
    return CODE_RUN_AT.test(text);
  });
}
// A discount (see above) as four patterns that each open with a rare character or a word, so that
// the regex engine skips ahead to it, where the two open with a digit, a letter or a price sign,
// tried at almost every position of a long text.
// A run of digits before "%" or "months free" holds a last digit: "(?<!\d)\d+x" matches where "\dx" does.
const DISCOUNT_PRICE = /[£$€]\s?\d[\d,]*\s?(?:off|discount)/iu;
const DISCOUNT_REFERRAL = /referral\s+discount/iu;
const DISCOUNT_PERCENT = /%(?:(?<=\d\s?%)\s?(?:off|discount)|(?<=\d\s?%)\s+(?:this week|today))/iu;
const DISCOUNT_FREE = /free(?:\s+(?:month|trial|session|consult|sample|sensors?|shipping|gift|week)|(?<=\d\s+(?:months?|weeks?)\s+free)|(?<=(?<!\p{L})(?:first|1st)\s+(?:\p{L}+\s+){0,3}free))/iu;
// The two that open with a sign are tried (sticky) at each sign alone: a medical text holds many
// a "%", and the pattern's look-behinds were tried at each.
const DISCOUNT_PERCENT_AT = new RegExp(DISCOUNT_PERCENT.source, 'iuy');
const DISCOUNT_PRICE_AT = new RegExp(DISCOUNT_PRICE.source, 'iuy');
const PERCENT_SIGN = /%/g;
const PRICE_SIGN = /[£$€]/g;
/** The sticky pattern matches at some offset where `lead` (global: the one unit every match opens with) is found. */
function matchesAtLeads(lead: RegExp, sticky: RegExp, text: string): boolean {
  lead.lastIndex = 0;
  while (lead.test(text)) {
    sticky.lastIndex = lead.lastIndex - 1;
    if (sticky.test(text)) return true;
  }
  return false;
}
const hasDiscount = (text: string) =>
  MAY_DISCOUNT.test(text) &&
  (matchesAtLeads(PERCENT_SIGN, DISCOUNT_PERCENT_AT, text) || DISCOUNT_FREE.test(text) || matchesAtLeads(PRICE_SIGN, DISCOUNT_PRICE_AT, text) || DISCOUNT_REFERRAL.test(text));
const DISCOUNT_FREE_AT = new RegExp(DISCOUNT_FREE.source, 'iuy');
const DISCOUNT_REFERRAL_AT = new RegExp(DISCOUNT_REFERRAL.source, 'iuy');

/**
 * hasDiscount(doc.text) with its two forms that open with a word found from the words with
 * RUN_DISCOUNT, where the words' bits hold: a "free" lies in a word whose lower case holds it, and
 * a "referral" ends the word before one that opens with "discount" (spaces alone between them).
 * Each is tried (sticky) there alone, where the two patterns scanned the whole draft.
 */
function discountInWords(doc: Document): boolean {
  const text = doc.text;
  if (!MAY_DISCOUNT.test(text)) return false;
  if (matchesAtLeads(PERCENT_SIGN, DISCOUNT_PERCENT_AT, text) || matchesAtLeads(PRICE_SIGN, DISCOUNT_PRICE_AT, text)) return true;
  const lexemes = lexemesOf(doc);
  const words = doc.words;
  for (let i = 0; i < lexemes.length; i++) {
    const x = lexemes[i]!;
    if ((x.cues & RUN_DISCOUNT) === 0) continue;
    const start = words[i]!.start;
    for (let j = x.lower.indexOf('free'); j >= 0; j = x.lower.indexOf('free', j + 1)) {
      DISCOUNT_FREE_AT.lastIndex = start + j;
      if (DISCOUNT_FREE_AT.test(text)) return true;
    }
    const before = words[i - 1];
    if (before && (x.lower.startsWith('discount') || x.lower.startsWith('diſcount')) && before.lower.endsWith('referral')) {
      DISCOUNT_REFERRAL_AT.lastIndex = before.end - 8;
      if (DISCOUNT_REFERRAL_AT.test(text)) return true;
    }
  }
  return false;
}

// Every URL match holds a full stop and one of its domains, under the same flags: found at once
// from the full stop, where URL itself is tried at every position.
const URL_DOMAIN = /\.(?:com|co|shop|skin|ink|io|net|org|uk|health|store|link|ly|me|app|care|clinic|bio|gg|us|to|ai)/iu;
const hasUrl = (text: string) => text.includes('.') && URL_DOMAIN.test(text) && URL.test(text);
const URL_AT = new RegExp(URL.source, 'iuy');
const URL_DOMAINS = new RegExp(URL_DOMAIN.source, 'giu');
/** What URL's [a-z0-9-] matches under its flags: ASCII letters, digits and "-", and "ſ" and the Kelvin sign (they fold to "s" and "k"). */
const urlNameAt = (c: number) => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 : c === 0x17f || c === 0x212a);
/**
 * hasUrl(text) on a long text: every URL match holds a domain (URL_DOMAIN) right after its name,
 * a run of [a-z0-9-] that its look-behind makes whole, and starts there or at an "http://" or
 * "https://" before it. URL is tried (sticky) at those starts alone, where it was tried at every
 * position of the text.
 */
function urlByDomains(text: string): boolean {
  URL_DOMAINS.lastIndex = 0;
  for (let m = URL_DOMAINS.exec(text); m; m = URL_DOMAINS.exec(text)) {
    const d = m.index;
    let r = d;
    while (r > 0 && urlNameAt(text.charCodeAt(r - 1))) r--;
    if (d - r >= 2)
      for (const p of [r, r - 7, r - 8]) {
        if (p < 0) continue;
        URL_AT.lastIndex = p;
        if (URL_AT.test(text)) return true;
      }
    URL_DOMAINS.lastIndex = d + 1;
  }
  return false;
}
// An eye-roll: one of these emoji, or one of these words not after a letter (checked in code, so
// the regex engine skips ahead to the words).
// An eye-roll, not a laugh: "lol", 😂 and "again" are as often fondness as contempt ("my pt
// brought me tomatoes again 😂"), and a patient post that laughs is no stigma of itself.
const EYEROLL_EMOJI_LIST = '🙄🤡🧟😤😒🤦🤷';
const EYEROLL_EMOJI = new RegExp(`[${EYEROLL_EMOJI_LIST}]`, 'u');
// A text holds one of them only where it holds its first unit (a high surrogate for most): looked for first.
const EYEROLL_LEADS = [...new Set([...EYEROLL_EMOJI_LIST].map((e) => e.charAt(0)))];
const mayEyerollEmoji = (text: string) => EYEROLL_LEADS.some((lead) => text.includes(lead));
// Eye-roll words, lower case: one list for the pattern, the table by last run and the words' bits below.
const EYEROLL_PHRASES = ['yawn', 'every single', 'every. single', 'ugh', 'i give up', 'love this job', 'bingo', 'of course'];
const EYEROLL_WORDS = new RegExp(`(?:${EYEROLL_PHRASES.map((p) => p.replace('.', '\\.')).join('|')})(?![\\p{L}])`, 'gu');
const eyeroll = (text: string) => EYEROLL_EMOJI.test(text) || hasBounded(EYEROLL_WORDS, text, LETTER);
// EYEROLL_WORDS' alternatives by their last run of letters, which ends every match whole (no
// letter after it; a space, or the match's own start, which no letter precedes, before it).
const EYEROLL_BY_RUN = new Map<string, string[]>();
for (const p of EYEROLL_PHRASES) {
  const run = /\p{L}+$/u.exec(p)![0];
  EYEROLL_BY_RUN.set(run, [...(EYEROLL_BY_RUN.get(run) ?? []), p]);
}
/**
 * hasBounded(EYEROLL_WORDS, doc.lower, LETTER) from the words whose runs end a match (the words'
 * bits hold, and their lower cases are doc.lower's): from each such run, the alternatives that
 * end with it are tried where they would start, where the regex tries every position of the text.
 * Or of a sentence's slice of doc.lower: its words [from, to), no match starting before `min`
 * (a sentence holds its words whole, with a space or an end on either side).
 */
function eyerollInWords(doc: Document, from = 0, to = doc.words.length, min = 0): boolean {
  const lower = doc.lower;
  return someCueRun(doc, RUN_EYEROLL, LETTER_RUN, (run, p) => {
    const end = p + run.length;
    for (const a of EYEROLL_BY_RUN.get(run) ?? []) {
      const at = end - a.length;
      if (at >= min && lower.startsWith(a, at) && boundedBefore(lower, at, LETTER)) return true;
    }
    return false;
  }, from, to);
}
// Person-first wording ("people who use drugs", "a person with diabetes"): the post likely criticises labels.
// Its leading "(?<![\p{L}])" checked in code (hasBounded), so the regex engine skips ahead to the words.
const PERSON_FIRST = /(?:person|people) (?:with|who use|who uses|living with|experiencing)(?![\p{L}])/gu;

// Classes of words some patterns below need. Each of those patterns holds a word that stands as a
// whole run of letters in any text it matches (no letter before or after it): YOU's "you", MOCK's
// adjective, GROUP's "lot". Every letter of the text is in one of doc.words, so when no word holds
// such a run the pattern cannot match, and is not run. One bit per pattern, worked out once per
// distinct word (a Lexeme's `cues`) and joined over the draft's words.
const RUN_YOU = 1, RUN_WE = 2, RUN_MOCK = 4, RUN_PRONOUN = 8, RUN_PREDICATE = 16, RUN_GROUP = 32, RUN_LABEL = 64, RUN_EYEROLL = 128;
// Two more bits of a word, for the lists' index of a long draft's runs (seedRuns): one of its runs
// of letters and digits opens a listed phrase; the word is one run of ASCII small letters.
const RUN_OPENS = 256, RUN_PLAIN = 512;
// SENT_PERSON's words (RUN_PERSON), and the words before its numbers (RUN_PLACE: "bed 4").
const RUN_PERSON = 1024, RUN_PLACE = 2048;
// Substrings some pre-checks need, each a bit: where a pre-check's every match holds letters or
// digits that lie in one word (a word holds its runs of letters and digits whole), the words'
// bits say whether the draft can pass it at all (see substringCues).
const RUN_DISCOUNT = 4096, RUN_CODE = 8192, RUN_ASK = 16384, RUN_WEIGH = 32768, RUN_DRUG_SUFFIX = 65536, RUN_DOSE = 131072;
// Whole runs of letters some clause patterns need: PROMOTER's "i", "my", "me"; PATIENTS' noun.
const RUN_PROMOTER = 262144, RUN_PATIENTS = 524288, RUN_OFF = 1048576;
// DISCLOSED_TAG's word after the "#", a whole run of letters.
const RUN_TAG = 2097152;
// SENT_NEGATIVE's last runs of letters (see NEGATIVE_RUNS).
const RUN_NEGATIVE = 4194304;
// A word that is a trial's registration number (ClinicalTrials.gov, ISRCTN, ANZCTR, CTRI) or holds
// a fundraiser's site: a post with one sells nothing (promotionCandidates).
const RUN_NOT_SELLING = 1 << 29;
const TRIAL_IDS = 'nct\\d{8}|isrctn\\d{8}|actrn\\d{14}|ctri\\/\\d{4}';
const TRIAL_WORD = new RegExp(`^(?:${TRIAL_IDS})`);
const FUNDRAISERS = ['gofund', 'justgiving', 'givealittle'];
const notSellingWord = (lower: string) => FUNDRAISERS.some((f) => lower.includes(f)) || TRIAL_WORD.test(lower);
const ALNUM_RUNS = /[\p{L}\p{N}]+/gu;
// The key runs of the lists some kinds test every clause by (a phrase's longest run of letters
// and digits, whole in any text the phrase matches: see lexicon.ts; a function word only when the
// phrase has no other, as "with" or "for" are in most clauses), a bit per list: a clause
// none of whose words holds one of a list's key runs cannot match it, and is not looked up
// (a long draft's clauses each had their list flags worked out, most for no list at all).
const KEY_THIRD = 1 << 23, KEY_CURE = 1 << 24, KEY_PROMISE = 1 << 25, KEY_CTA = 1 << 26, KEY_PRAISE = 1 << 27, KEY_STRONG = 1 << 28;
const KEY_RUNS = new Map<string, number>();
const FUNCTION_WORDS = new Set(eng);
/** Marks the key runs of a list's phrases with `bit`; returns the bit, or 0 when a phrase has no run (then any clause may match the list). */
function keyRuns(bit: number, list: readonly string[]): number {
  const keys: string[] = [];
  for (const p of list) {
    const runs = p.toLowerCase().match(ALNUM_RUNS);
    if (!runs) return 0;
    const content = runs.filter((r) => !FUNCTION_WORDS.has(r));
    keys.push((content.length ? content : runs).reduce((a, b) => (b.length > a.length ? b : a)));
  }
  for (const k of keys) KEY_RUNS.set(k, (KEY_RUNS.get(k) ?? 0) | bit);
  return bit;
}
const RUN_CUES = new Map<string, number>();
const LETTERS = /\p{L}+/gu;
/** The last run of letters of a phrase: a whole run in any text the phrase ends a match of, bounded by a non-letter. */
const lastRun = (phrase: string) => phrase.match(LETTERS)!.at(-1)!;
const markRuns = (bit: number, runs: readonly string[]) => {
  for (const r of runs) RUN_CUES.set(r, (RUN_CUES.get(r) ?? 0) | bit);
};

markRuns(RUN_YOU, ['you', 'your', 'youre', 'yours', 'ur', 'u']);
markRuns(RUN_WE, ['we', 'our']);
markRuns(RUN_PROMOTER, ['i', 'my', 'me']);
markRuns(RUN_PATIENTS, ['patient', 'patients']);
markRuns(RUN_TAG, DISCLOSURE_TAGS);
markRuns(RUN_EYEROLL, [...EYEROLL_BY_RUN.keys()]);

const LETTERS_DIGIT = /[a-z]{4}\d/;
const THREE_DIGITS = /\d{3}/;
const ASCII_DIGIT = /\d/;
const DOSE_WORDS = /double|half|extra|twice|another|more/;

/**
 * The substring bits of a lower-cased word. RUN_DISCOUNT, RUN_OFF: MAY_DISCOUNT's words ("ſ"
 * folds to "s" under its flags; no other character outside ASCII folds to one of their letters;
 * "off" apart: a discount's "off" follows a price or a percentage). RUN_CODE:
 * what every hasCode match holds, a "code", an opener that a space follows ("use", "using",
 * "enter") or four capitals and a digit. RUN_ASK: MAY_ASK's "sk" before a space or "name" after
 * one. RUN_WEIGH: MAY_WEIGH's three digits or "bmi" before a space. RUN_DRUG_SUFFIX: a drug's
 * suffix ending a run of letters, three letters or more before it. RUN_DOSE: DOSE's digit or word.
 */
function substringCues(lower: string): number {
  let bits = 0;
  if (lower.includes('free') || lower.includes('discount') || lower.includes('diſcount')) bits |= RUN_DISCOUNT;
  if (lower.includes('off')) bits |= RUN_OFF;
  if (lower.includes('code') || lower.endsWith('use') || lower.endsWith('using') || lower.endsWith('enter') || LETTERS_DIGIT.test(lower)) bits |= RUN_CODE;
  if (lower.endsWith('sk') || lower.startsWith('name')) bits |= RUN_ASK;
  if (lower.endsWith('bmi') || THREE_DIGITS.test(lower)) bits |= RUN_WEIGH;
  if (hasDrugSuffix(lower)) bits |= RUN_DRUG_SUFFIX;
  if (ASCII_DIGIT.test(lower) || DOSE_WORDS.test(lower)) bits |= RUN_DOSE;
  if (notSellingWord(lower)) bits |= RUN_NOT_SELLING;
  return bits;
}

/** The RUN_ bits of a (lower-cased) word's runs of letters, and its substring bits. */
function wordCues(lower: string): number {
  let plain = true;
  for (let i = 0; i < lower.length && plain; i++) {
    const c = lower.charCodeAt(i);
    plain = c >= 97 && c <= 122;
  }
  // Most words are one run of ASCII letters.
  if (plain) return (RUN_CUES.get(lower) ?? 0) | (KEY_RUNS.get(lower) ?? 0) | RUN_PLAIN | (opensPhrase(lower) ? RUN_OPENS : 0) | substringCues(lower);
  let bits = substringCues(lower);
  for (const run of lower.match(LETTERS) ?? []) bits |= RUN_CUES.get(run) ?? 0;
  for (const run of lower.match(ALNUM_RUNS) ?? []) bits |= (KEY_RUNS.get(run) ?? 0) | (opensPhrase(run) ? RUN_OPENS : 0);
  return bits;
}

/**
 * The lists' index of a long draft's runs that open a phrase (lexicon.ts's runsIn), from its words
 * rather than a scan of its characters: every run of letters and digits of the lower case lies in
 * one word, whole (a word is a run of letters, digits and marks, joined by inner apostrophes and
 * hyphens, and a word character never touches another word). Only when the words are cut from
 * the lower case (draftRunCues is not -1) and no capital sigma lower-cases by context.
 */
// The opening runs of words that are not one plain run, as offset and run in turn (bounded).
const OPENS_OF = new Map<string, Array<number | string>>();

function seedRuns(doc: Document): void {
  const lexemes = lexemesOf(doc);
  const words = doc.words;
  const at = new Map<string, number[]>();
  const add = (run: string, start: number) => {
    const list = at.get(run);
    if (list) list.push(start);
    else at.set(run, [start]);
  };
  for (let i = 0; i < lexemes.length; i++) {
    const x = lexemes[i]!;
    if ((x.cues & RUN_OPENS) === 0) continue;
    const start = words[i]!.start;
    if (x.cues & RUN_PLAIN) {
      add(x.lower, start);
      continue;
    }
    // A word of several runs ("don't", "103-year-old"): its opening runs, found once per word.
    let opens = OPENS_OF.get(x.lower);
    if (!opens) {
      opens = [];
      ALNUM_RUNS.lastIndex = 0;
      for (let m = ALNUM_RUNS.exec(x.lower); m; m = ALNUM_RUNS.exec(x.lower)) if (opensPhrase(m[0])) opens.push(m.index, m[0]);
      if (OPENS_OF.size >= 4096) OPENS_OF.clear();
      OPENS_OF.set(x.lower, opens);
    }
    for (let k = 0; k < opens.length; k += 2) add(opens[k + 1] as string, start + (opens[k] as number));
  }
  knowRuns(doc.lower, at);
}

/** The RUN_ bits of the draft's words; every bit where the words were lower-cased apart from doc.lower. */
function draftRunCues(doc: Document): number {
  // doc.lower is the text itself when lower-casing would change its length; the words are not.
  if (doc.lower === doc.text && doc.text.toLowerCase() !== doc.text) return -1;
  let bits = 0;
  const lexemes = lexemesOf(doc);
  for (let i = 0; i < lexemes.length; i++) {
    const x = lexemes[i]!;
    if (x.cues < 0) x.cues = wordCues(x.lower);
    bits |= x.cues;
  }
  return bits;
}

const LINK_WORDS = /🔗|link in (?:my )?bio|linked below|link below/u;
const PROMOTER = /(?<![\p{L}])(?:i|my|i'm|i've|me)(?![\p{L}])/u;
const PATIENTS = /(?<![\p{L}])(?:my |our )?patients?(?![\p{L}])/u;
const CLAIMANT = /(?<![\p{L}])(?:i've|i have|my patients|i see|seen it)(?![\p{L}])/u;

const TREATMENT = lexicon([
  'treatment', 'treatments', 'therapy', 'therapies', 'drug', 'drugs', 'protocol', 'product', 'products', 'diet', 'tea', 'serum',
  'device', 'app', 'implant', 'procedure', 'surgery', 'remedy', 'cure', 'programme', 'program', 'plan', 'course', 'method',
  'technique', 'stack', 'gummies', 'peptide', 'injection', 'infusion', 'drip', 'clinic', 'book', 'blend', 'formula', 'kit',
  'patch', 'ring', 'glasses', 'panel', 'session', 'sessions', 'detox', 'cleanse', 'shot', 'shots', 'jab', 'vaccine', 'pill',
  'transplant', 'graft', 'cgm', 'monitor', 'sensor', 'tracker', 'wearable', 'machine', 'laser', 'mask', 'powder', 'shake',
  'filler', 'fillers', 'botox', 'silver', 'colloidal', 'oil', 'water', 'results', 'routine', 'regimen', 'test', 'scan',
  'screening', 'natural', 'herbal', 'homeopathy', 'acupuncture', 'chiropractic', 'fasting', 'keto', 'juice', 'milk',
  // Forms a product comes in, and the modalities clinics sell.
  'mouthwash', 'rinse', 'spray', 'lozenges', 'tape', 'insoles', 'orthotics', 'brace', 'balm', 'ointment', 'tincture', 'gel',
  'chelation', 'irrigation', 'shockwave', 'prp', 'stem cell', 'stem cells', 'ozone', 'cupping', 'hyperbaric', 'cryotherapy',
  'red light', 'microneedling', 'collagen', 'probiotic', 'probiotics',
]);
const NAMED = /^\s*\p{Lu}\p{Ll}+,\s/u;
// A reply opens with the @handle it answers, maybe after a greeting ("hey @sam_k", "Dear @ali").
const LEADING_HANDLE = /^\s*(?:(?:hey|hi|hiya|hello|dear|thanks|replying to)[ ,]+)?(@\w+)/i;
const LEADING_LETTERS = /^\s*(\p{L}+)/u;

/**
 * The draft-level cues, each worked out the first time a rule reads it: most drafts have no
 * candidate of most kinds, and then the cues that only qualify candidates are never needed.
 */
class LazyCues implements DraftCues {
  readonly reply: boolean;
  readonly named: boolean;
  readonly clinicianHandle: boolean;
  /** doc.lower is the text's lower case, unit for unit, and lower-cases every clause alike. */
  private readonly sliced: boolean;

  constructor(private readonly doc: Document) {
    // Both patterns below open with spaces and then an "@" or a capital: looked at by hand first.
    const text = doc.text;
    let i = 0;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    // (Anchored: a draft that opens otherwise fails at its first letters.)
    const first = c === 64 || c >= 65 ? LEADING_HANDLE.exec(text)?.[1] : undefined;
    // The document's lower case serves the clauses too, unless it is the text itself (a character
    // whose lower case is longer) or holds a capital sigma (whose lower case depends on what follows).
    this.sliced = doc.lower !== doc.text && !doc.text.includes('Σ');
    this.reply = first !== undefined;
    this.named = ((c >= 65 && c <= 90) || c >= 128) && NAMED.test(text) && FIRST_NAMES.has(LEADING_LETTERS.exec(text)![1]!.toLowerCase());
    this.clinicianHandle = first !== undefined && CLINICIAN_HANDLE.test(first);
    // A long draft is read by many lists: their index of its runs is made from its words at once.
    if (doc.lower.length >= WINDOW_MIN && this.runCues !== -1 && !text.includes('Σ')) seedRuns(doc);
  }

  // The clauses, cut the first time a kind reads them: most drafts pass none of the kinds' draft-level checks.
  private clausesV?: Clause[];
  get clauses(): Clause[] { return (this.clausesV ??= splitClauses(this.doc.text, this.sliced ? this.doc.lower : undefined)); }

  /**
   * Each clause is a slice of doc.lower cut where no run goes on: its runs are the draft's. A
   * clause starts at the text's start or after a boundary's or a lead's character (a stop, comma,
   * colon, space, dash, line break, quote, bracket, emoji or arrow) and ends before one or at the
   * text's end, all whole code points and none of them a letter or digit but "ℹ" (an emoji and a
   * letter): so no run crosses a cut unless an "@handle" lead ends inside a run ("@joséx": \w
   * stops at "é") or an "ℹ" stands beside a letter. Only then are the cuts looked at.
   */
  private clausesInDraftV?: boolean;
  private get clausesInDraft(): boolean {
    if (this.clausesInDraftV === undefined) {
      const { text, lower } = this.doc;
      this.clausesInDraftV = this.sliced && ((!text.includes('@') && !text.includes('ℹ')) || this.clauses.every((c) => !runCrosses(lower, c.start) && !runCrosses(lower, c.end)));
    }
    return this.clausesInDraftV;
  }

  // Each cue's answer once worked out (undefined: not yet).
  private weClinicalV?: boolean;
  private deferredV?: boolean;
  private disclosedV?: boolean;
  private industryCritiqueV?: boolean;
  private industryEventV?: boolean;
  private brandLikeV?: boolean;
  private treatmentV?: boolean;
  private linkV?: boolean;
  private codeV?: boolean;
  private discountV?: boolean;
  private eyerollV?: boolean;
  private personFirstV?: boolean;
  private quotesV?: boolean;
  private runCuesV?: number;

  get weClinical() { return (this.weClinicalV ??= hasBounded(WE_CLINICAL, this.doc.lower, LETTER)); }
  get deferred() { return (this.deferredV ??= DEFER.test(this.doc.lower, this.flags)); }
  // Every DISCLOSED_TAG match holds a "#" and a whole run of RUN_TAG.
  get disclosed() { return (this.disclosedV ??= DISCLOSED.test(this.doc.lower, this.flags) || ((this.runCues & RUN_TAG) !== 0 && this.doc.lower.includes('#') && DISCLOSED_TAG.test(this.doc.lower))); }
  get industryCritique() { return (this.industryCritiqueV ??= INDUSTRY.test(this.doc.lower, this.flags)); }
  get industryEvent() { return (this.industryEventV ??= EVENT.test(this.doc.lower, this.flags)); }
  // doc.lower is the text's lower case unless it is the text itself (then it may not be).
  get brandLike() { return (this.brandLikeV ??= this.doc.lower !== this.doc.text ? brandLike(this.doc.text, this.doc.lower, this.flags) : brandLike(this.doc.text)); }
  get treatment() {
    const d = this.doc;
    return (this.treatmentV ??= TREATMENT.test(d.lower, this.flags) || MEDICINE.test(d.lower, this.flags) || DRUG.test(d.lower, this.flags) || hasDrugSuffix(d.lower));
  }
  get link() { return (this.linkV ??= (this.doc.text.length >= WINDOW_MIN ? urlByDomains(this.doc.text) : hasUrl(this.doc.text)) || LINK_WORDS.test(this.doc.lower)); }
  // The words' bits first, as promotionCandidates' pre-checks.
  get code() { return (this.codeV ??= (this.runCues & RUN_CODE) !== 0 && (this.runCues === -1 || this.doc.text.length < WINDOW_MIN ? hasCode(this.doc.text) : codeInWords(this.doc))); }
  get discount() { return (this.discountV ??= mayDiscountIn(this.doc.text, this.runCues) && (this.runCues === -1 || this.doc.text.length < WINDOW_MIN ? hasDiscount(this.doc.text) : discountInWords(this.doc))); }
  mayInClauses(list: Lexicon): boolean {
    return list.mayMatch(this.doc.lower, this.flags) || !this.clausesInDraft;
  }

  get runCues() { return (this.runCuesV ??= draftRunCues(this.doc)); }
  private flagsV?: Uint8Array;
  get flags() { return (this.flagsV ??= listFlags(this.doc.lower)); }
  // EYEROLL_WORDS' every match ends with a whole run of letters of RUN_EYEROLL.
  // On a long draft whose words' bits hold, those runs are found among its words (eyerollInWords).
  private eyerollEmojiV?: boolean;
  get eyerollEmoji() { return (this.eyerollEmojiV ??= mayEyerollEmoji(this.doc.lower) && EYEROLL_EMOJI.test(this.doc.lower)); }
  get eyeroll() {
    const lower = this.doc.lower;
    return (this.eyerollV ??= this.eyerollEmoji || ((this.runCues & RUN_EYEROLL) !== 0 && (this.runCues !== -1 && lower.length >= WINDOW_MIN ? eyerollInWords(this.doc) : hasBounded(EYEROLL_WORDS, lower, LETTER))));
  }
  get personFirst() { return (this.personFirstV ??= hasBounded(PERSON_FIRST, this.doc.lower, LETTER)); }
  get quotes() { return (this.quotesV ??= /['"‘’“”]/.test(this.doc.text)); }
}

// The cues of the document being analysed: the five kinds ask for the same document's in turn.
const draftCues: (doc: Document) => DraftCues = perDocument((doc) => new LazyCues(doc));

// A clause's list flags are kept on it: the three clause kinds test it by a dozen lists each, and
// each look-up of a clause among the remembered texts hashes and compares its characters.
const flagsOfClause = (c: Clause): Uint8Array => (c.flags ??= listFlags(c.lower));

/**
 * The cue bits of the words a clause holds whole: their runs of letters are the clause's, and the
 * words' substrings its substrings. -1 (every bit) where they do not say: the words' bits do not
 * hold (runCues -1), or the clause holds part of a word.
 */
function clauseBits(doc: Document, d: DraftCues, c: Clause): number {
  if (c.bits !== undefined) return c.bits;
  if (d.runCues === -1) return (c.bits = -1);
  const words = doc.words;
  const lexemes = lexemesOf(doc);
  // The first word ending after the clause's start (words are in order and apart): read on from
  // where the last clause's words ended when every word before there ends before this clause
  // (the kinds read their clauses in order), else found by binary search.
  let lo = 0;
  if (bitsWords === words && bitsNext <= words.length && (bitsNext === 0 || words[bitsNext - 1]!.end <= c.start)) {
    lo = bitsNext;
    while (lo < words.length && words[lo]!.end <= c.start) lo++;
  } else {
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]!.end <= c.start) lo = mid + 1;
      else hi = mid;
    }
  }
  let bits = 0;
  let k = lo;
  for (; k < words.length && words[k]!.start < c.end; k++) {
    if (words[k]!.start < c.start || words[k]!.end > c.end) return (c.bits = -1);
    bits |= lexemes[k]!.cues;
  }
  bitsWords = words;
  bitsNext = k;
  return (c.bits = bits);
}
/** The clause may hold a phrase of a list whose key runs carry `key` (see keyRuns; 0: any clause may). */
function mayHoldKey(doc: Document, d: DraftCues, c: Clause, key: number): boolean {
  if (key === 0) return true;
  const bits = clauseBits(doc, d, c);
  return bits === -1 || (bits & key) !== 0;
}
// Where clauseBits' last clause's words ended, and in which document's words.
let bitsWords: Document['words'] | undefined;
let bitsNext = 0;

const has = (out: string[], name: string, on: boolean) => {
  if (on) out.push(name);
};

// ---------------------------------------------------------------- advice

// An advice candidate's classes known when its clause becomes one, in the order of `known` in
// adviceCandidates, each with its weight if positive; the bias and every other class's positive
// weight (those worked out later, at more cost) sum to ADVICE_UNKNOWN. Their sum bounds the score.
const ADVICE_KNOWN = ['reply', 'you', 'third-party', 'imperative', 'action-word', 'action-word+medical', 'just-action', 'you-modal', 'verdict', 'reply+verdict', 'i-would', 'skip-care', 'drug', 'dose', 'medicine', 'care',
  'directive+medical', 'reply+directive+medical', 'directive+drug-or-dose', 'skip+care', 'reply+directive', 'reply+skip', 'question', 'clinician-handle', 'not-reply'];
const ADVICE_MODEL = PROFESSIONALISM_MODEL.kinds.advice;
const ADVICE_KNOWN_UP = ADVICE_KNOWN.map((name) => Math.max(0, ADVICE_MODEL.weights[name] ?? 0));
const ADVICE_UNKNOWN = Object.entries(ADVICE_MODEL.weights).reduce((s, [name, w]) => (ADVICE_KNOWN.includes(name) ? s : s + Math.max(0, w)), ADVICE_MODEL.bias);
// adviceCandidates only bounds each candidate's score, and stops at one that may be above zero.
let boundOnly = false;
let boundReached = false;

/**
 * Whether some candidate of the kind may score above zero: for advice, the candidates' scores
 * bounded from their cheap classes (most drafts with candidates have none near zero, and then
 * their costly classes are not worked out); any other kind, true. A bound below zero by more than
 * the sum's rounding means a score below zero.
 */
export function mayScoreAbove0(doc: Document, kind: Kind): boolean {
  if (kind !== 'advice') return true;
  boundOnly = true;
  boundReached = false;
  try {
    adviceCandidates(doc, draftCues(doc));
  } finally {
    boundOnly = false;
  }
  return boundReached;
}

function adviceCandidates(doc: Document, d: DraftCues): Candidate[] {
  const out: Candidate[] = [];
  // A clause's whole runs of letters are the text's (clauses are cut at non-letters).
  const mayYou = (d.runCues & RUN_YOU) !== 0;
  const mayWe = (d.runCues & RUN_WE) !== 0;
  const mayDrugSuffix = (d.runCues & RUN_DRUG_SUFFIX) !== 0;
  const mayThird = d.mayInClauses(THIRD);
  // Where the words' bits hold, a clause's "you" is read from the words it holds whole (their
  // runs of letters are its runs there); one that holds part of a word is scanned.
  // Every candidate's clause is addressed (a reply, a name, an @handle opening it), or holds a
  // "you" or a third party: a draft with none of these is not cut into clauses.
  if (!mayYou && !mayThird && !d.reply && !d.named && !doc.text.includes('@')) return out;
  // A list that cannot match the draft is not looked for in its clauses, nor are a clause's list
  // flags worked out unless one that can is. Asked when a clause is first addressed (most have none).
  let asked = false;
  let mayModal = false, mayVerdict = false, mayAction = false, mayIWould = false, maySkip = false, mayDrug = false;
  let mayMedicine = false, mayCare = false, mayDiagnosis = false, mayDefer = false, mayGeneral = false;
  for (const c of d.clauses) {
    const lower = c.lower;
    const bits = mayYou ? clauseBits(doc, d, c) : 0;
    const you = mayYou && (bits === -1 ? YOU.test(lower) : (bits & RUN_YOU) !== 0);
    const third = mayThird && mayHoldKey(doc, d, c, THIRD_KEY) && THIRD.test(lower, flagsOfClause(c));
    const addressed = d.reply || d.named || c.mention;
    if (!addressed && !you && !third) continue;
    if (!asked) {
      asked = true;
      mayModal = d.mayInClauses(YOU_MODAL);
      mayVerdict = d.mayInClauses(VERDICT);
      mayAction = d.mayInClauses(ACTION);
      mayIWould = d.mayInClauses(I_WD);
      maySkip = d.mayInClauses(SKIP);
      mayDrug = d.mayInClauses(DRUG);
      mayMedicine = d.mayInClauses(MEDICINE);
      mayCare = d.mayInClauses(CARE);
      mayDiagnosis = d.mayInClauses(DIAGNOSIS);
      mayDefer = d.mayInClauses(DEFER);
      mayGeneral = d.mayInClauses(GENERAL);
    }
    const act = leadingAction(lower);
    // JUST_ACTION's every match holds "just ".
    const justAct = lower.includes('just ') && JUST_ACTION.test(lower);
    const modal = mayModal && YOU_MODAL.test(lower, flagsOfClause(c));
    const verdict = mayVerdict && VERDICT.test(lower, flagsOfClause(c));
    const actionWord = mayAction && ACTION.test(lower, flagsOfClause(c));
    const iWould = mayIWould && I_WD.test(lower, flagsOfClause(c));
    const skip = maySkip && SKIP.test(lower, flagsOfClause(c));
    const drug = (mayDrug && DRUG.test(lower, flagsOfClause(c))) || (mayDrugSuffix && hasDrugSuffix(lower));
    const dose = (clauseBits(doc, d, c) & RUN_DOSE) !== 0 && DOSE.test(lower);
    const med = mayMedicine && MEDICINE.test(lower, flagsOfClause(c));
    const care = mayCare && CARE.test(lower, flagsOfClause(c));
    const medical = drug || dose || med || care;
    const directive = act || justAct || modal || iWould || skip || verdict;
    if (!directive && !medical && !actionWord) continue;
    if (boundOnly) {
      // The most this candidate can score, from the classes known so far (see mayScoreAbove0).
      const known = [addressed, you, third, act, actionWord, actionWord && medical, justAct, modal, verdict, addressed && verdict, iWould, skip, drug, dose, med, care,
        directive && medical, addressed && directive && medical, directive && (drug || dose), skip && care, addressed && directive, addressed && skip, c.next === '?', d.clinicianHandle, !addressed];
      let bound = ADVICE_UNKNOWN;
      for (let k = 0; k < known.length; k++) if (known[k]) bound += ADVICE_KNOWN_UP[k]!;
      if (bound >= -1e-9) {
        boundReached = true;
        break;
      }
      continue;
    }
    const f: string[] = [];
    has(f, 'reply', addressed);
    has(f, 'you', you);
    has(f, 'third-party', third);
    has(f, 'imperative', act);
    has(f, 'action-word', actionWord);
    has(f, 'action-word+medical', actionWord && medical);
    has(f, 'diagnosis', mayDiagnosis && DIAGNOSIS.test(lower, flagsOfClause(c)));
    has(f, 'just-action', justAct);
    has(f, 'you-modal', modal);
    has(f, 'verdict', verdict);
    has(f, 'reply+verdict', addressed && verdict);
    has(f, 'i-would', iWould);
    has(f, 'skip-care', skip);
    has(f, 'drug', drug);
    has(f, 'dose', dose);
    has(f, 'medicine', med);
    has(f, 'care', care);
    has(f, 'directive+medical', directive && medical);
    has(f, 'reply+directive+medical', addressed && directive && medical);
    has(f, 'directive+drug-or-dose', directive && (drug || dose));
    has(f, 'skip+care', skip && care);
    has(f, 'reply+directive', addressed && directive);
    has(f, 'reply+skip', addressed && skip);
    has(f, 'deferral-here', mayDefer && DEFER.test(lower, flagsOfClause(c)));
    has(f, 'deferral-in-draft', d.deferred);
    has(f, 'general', mayGeneral && GENERAL.test(lower, flagsOfClause(c)));
    has(f, 'question', c.next === '?');
    has(f, 'clinician-handle', d.clinicianHandle);
    has(f, 'we-clinical', d.weClinical);
    // WE's every match is a whole run of letters ("we", "our"): the clause's words' bits say (or -1).
    has(f, 'we-here', mayWe && (clauseBits(doc, d, c) === -1 ? WE.test(lower) : (clauseBits(doc, d, c) & RUN_WE) !== 0));
    has(f, 'not-reply', !addressed);
    out.push({ start: c.start, end: c.end, features: f, cue: doc.text.slice(c.start, c.end) });
  }
  return out;
}

// ---------------------------------------------------------------- claims

const CURE = lexicon(CURE_VERBS);
const PROMISE_LIST = [...PROMISES, ...ABSOLUTE_CLAIMS.filter((p) => !/^(?:detox|all natural|all-natural|doctors hate|cancer-fighting)/.test(p))];
const PROMISE = lexicon(PROMISE_LIST);
const THIRD_KEY = keyRuns(KEY_THIRD, THIRD_PARTY);
const CURE_KEY = keyRuns(KEY_CURE, CURE_VERBS);
const PROMISE_KEY = keyRuns(KEY_PROMISE, PROMISE_LIST);
const CTA_KEY = keyRuns(KEY_CTA, CALLS_TO_ACTION);
const PRAISE_KEY = keyRuns(KEY_PRAISE, PRODUCT_PRAISE);
const STRONG_KEY = keyRuns(KEY_STRONG, STRONG_PRAISE);
const ABSOLUTE = lexicon(ABSOLUTE_WORDS);
const HEDGE = lexicon(CLAIM_HEDGES);
const SAFETY = /side[\s-]effects?|risk|safe|dependence|downtime/;
const PROOF = /proven|guarantee|money back/;
const MIRACLE = /miracle|wonder|magic|fountain|game.changer|breakthrough|secret/;
const UNIVERSAL = /never|every|always|100\s?%|100 percent|all(?![\p{L}])|any(?![\p{L}])|only/u;
const PERMANENT = /forever|permanently|for life|for good|completely|totally|entirely|once and for all/;
const OTHER_NUMBER = /(?<![\d.])(?:[1-9]\d?(?:\.\d+)?|0\.\d+)\s?%|(?<!\d)\d+\s+(?:in|of|out of)\s+\d+|(?<![\p{L}])(?:n|hr|rr|or)\s?=\s?\d/u;
// Not "our" before the people it is proud of ("our nurses", "our team"): they are no product.
const PRODUCT_VOICE = /(?<![\p{L}])(?:our(?! (?:team|teams|nurses|staff|residents|fellows|students|interns|colleagues|crew|people|docs|doctors|patients|unit|ward|department|community|kids)\b)|my new|my own|introducing|launching|we've|our new|our clinic's|this|these|it)(?![\p{L}])/u;

const NEGATION_WORD = /(?<![\p{L}'])(?:not|no|isn't|aren't|can't|cannot|won't|nothing|nobody|never|without|neither|nor|don't|doesn't)(?![\p{L}])/u;

/** A negation among the three words before the cue: "no drug is 100% safe", "there is no miracle cure". */
function negatedAt(lower: string, start: number): boolean {
  const words = lower.slice(Math.max(0, start - 40), start).match(/[\p{L}\p{N}'’%]+/gu) ?? [];
  return words.slice(-3).some((w) => NEGATION_WORD.test(w.replace(/’/g, "'")));
}

/**
 * The span sits between an opening and a closing quote in the text around it ("its drip 'cures
 * fatigue, guaranteed'"): a quoted claim or label is being reported or criticised. Bounded look.
 */
export function insideQuotes(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 80);
  // An apostrophe inside a word ("they're") neither opens nor closes a quote.
  const open = /(?:^|[\s(])(['"‘“])(?:[^'"‘“’”]|(?<=\p{L})['’](?=\p{L}))*$/u.exec(before);
  if (!open) return false;
  const closer = open[1] === '“' ? '”' : open[1] === '‘' ? '’' : open[1]!;
  const close = after.indexOf(closer === "'" ? "'" : closer);
  const curlyClose = closer === "'" ? after.indexOf('’') : -1;
  const at = [close, curlyClose].filter((i) => i >= 0).sort((a, b) => a - b)[0];
  return at !== undefined && /^(?:$|[\s.,;:!?)])/u.test(after.slice(at + 1, at + 2));
}

const MEMORY = /(?<![\p{L}])(?:remember|forget|cherish|treasure)(?![\p{L}])/u;

function claimCandidates(doc: Document, d: DraftCues): Candidate[] {
  const out: Candidate[] = [];
  // Every claim holds a cure verb or a promise (below).
  if (!d.mayInClauses(CURE) && !d.mayInClauses(PROMISE)) return out;
  for (const c of d.clauses) {
    const lower = c.lower;
    // A question asks; a number or a negation qualifies: "Is there a cure?", "cures 95% of cases",
    // "no drug is 100% safe". A quoted claim is reported, not made. None of these is a claim.
    // Cheapest first: a clause where neither list can match has no claim either.
    if (c.next === '?') continue;
    if (!mayHoldKey(doc, d, c, CURE_KEY) && !mayHoldKey(doc, d, c, PROMISE_KEY)) continue;
    const flags = flagsOfClause(c);
    if ((!CURE.mayMatch(lower, flags) && !PROMISE.mayMatch(lower, flags)) || OTHER_NUMBER.test(lower)) continue;
    const keep = (m: { start: number; end: number }) => !negatedAt(lower, m.start) && !insideQuotes(doc.text, c.start + m.start, c.start + m.end);
    const cure = CURE.all(lower, flags).filter(keep);
    const promise = PROMISE.all(lower, flags).filter(keep);
    const abs = ABSOLUTE.test(lower, flags);
    if (!cure.length && !promise.length) continue;
    // A claim is about a treatment or a product: a promise with neither in the post, nor a cure,
    // is about something else ("100% hand hygiene compliance", "we never fail to be amazed").
    if (!cure.length && !d.treatment && !d.brandLike) continue;
    // The author's own memory kept for ever ("I will remember this forever") promises nothing.
    if (!cure.length && MEMORY.test(lower)) continue;
    const first = [...cure, ...promise].sort((a, b) => a.start - b.start)[0]!;
    const all = promise.map((p) => p.phrase).join(' ');
    // Hedges are looked for outside the cues ("no side effects" is not a hedge).
    let rest = lower;
    for (const m of [...cure, ...promise]) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
    const f: string[] = [];
    has(f, 'cure-verb', cure.length > 0);
    has(f, 'promise', promise.length > 0);
    has(f, 'promise-safety', SAFETY.test(all));
    has(f, 'promise-proof', PROOF.test(all));
    has(f, 'miracle', MIRACLE.test(all));
    has(f, 'universal', UNIVERSAL.test(lower));
    has(f, 'permanent', PERMANENT.test(lower));
    has(f, 'absolute-word', abs);
    has(f, 'cure+absolute', cure.length > 0 && (abs || PERMANENT.test(lower)));
    has(f, 'two-cues', cure.length + promise.length > 1);
    has(f, 'hedge', HEDGE.test(rest));
    // A claim is about a treatment or a product; "100% hand hygiene" and "we never fail to be amazed" are not.
    has(f, 'treatment-in-draft', d.treatment);
    has(f, 'product-voice', PRODUCT_VOICE.test(lower));
    has(f, 'brand-in-draft', d.brandLike);
    has(f, 'sales-in-draft', d.code || d.discount || d.link);
    has(f, 'first-person', CLAIMANT.test(lower));
    has(f, 'you', (d.runCues & RUN_YOU) !== 0 && YOU.test(lower));
    has(f, 'quotes-in-draft', d.quotes);
    out.push({ start: c.start, end: c.end, features: f, cue: doc.text.slice(c.start + first.start, c.start + first.end) });
  }
  return out;
}

// ---------------------------------------------------------------- promotion

const CTA = lexicon(CALLS_TO_ACTION);
// The two forms apart: the email address is tried only where there is an "@" (tried at every
// letter, its leading run costs time quadratic in a word's length).
const INSTITUTION_SITE = /\.(?:org|gov|edu|int|nhs\.uk|ac\.uk|gov\.uk)(?![\p{L}\p{N}])/u;
const INSTITUTION_MAIL = /[\p{L}\p{N}._-]+@[\p{L}\p{N}-]+\.\p{L}/u;
const institution = (text: string) => INSTITUTION_SITE.test(text) || (text.includes('@') && INSTITUTION_MAIL.test(text));
// RUN_NOT_SELLING read from the text, where the words' bits are not known.
const NOT_SELLING = new RegExp(`\\b(?:${TRIAL_IDS})|${FUNDRAISERS.join('|')}`);
const PRAISE = lexicon(PRODUCT_PRAISE);
const STRONG = lexicon(STRONG_PRAISE);
const EVENT = lexicon(INDUSTRY_EVENTS);
const DISCOUNT_WORD = lexicon(DISCOUNT_WORDS);
// Its "$", "£" and "€" hold no letter or digit: then the list is never pre-checked, and a clause's flags are not needed for it.
const DISCOUNT_WORD_BY_FLAGS = DISCOUNT_WORDS.every((w) => /[\p{L}\p{N}]/u.test(w));
const ASK_BRAND = /[Aa]sk (?:your|their|the) (?:\p{L}+ ){0,2}?(?:about|for) (?:\p{Lu}|it by name|them by name)|(?:for|about) (?:it|them) by name/u;

// ASK_BRAND's first form holds "sk the" ("the" or "their") or "sk your", its second " by name".
// (One regex for the three: a search for a string of several characters costs more than a regex pass.)
const MAY_ASK = /sk the|sk your| by name/;
const hasAsk = (text: string) => MAY_ASK.test(text) && ASK_BRAND.test(text);

// Global copies of the plain pre-checks (no look-around, so a match inside a clause is a match
// of the whole text starting at the same offset).
const MAY_CODE_ALL = new RegExp(MAY_CODE.source, 'g');
// A discount's every match holds one of these (see hasDiscount), where MAY_DISCOUNT's "off" is in
// every "office" and "offer" of a long text.
const MAY_DISCOUNT_ALL = /free|%|[£$€]|referral/giu;
const URL_DOMAIN_ALL = new RegExp(URL_DOMAIN.source, 'giu');
const MAY_ASK_ALL = new RegExp(MAY_ASK.source, 'g');
const SIGNS_ALL = /[%£$€]/g;
// From this many clauses on, the pre-checks' matches are found once in the whole text.
const PRECHECK_SPANS_MIN = 24;

/** Every offset where `re` (global) matches the text, in order; false for none. */
function matchStarts(re: RegExp, text: string): number[] | false {
  const out: number[] = [];
  re.lastIndex = 0;
  // Each offset tried, overlapping matches too: a shorter match may fit a clause a longer one overruns.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out.length > 0 && out;
}

/**
 * Whether a clause may pass a pre-check: `may` is the whole text's answer, or the offsets where it
 * matches; then one starts inside the clause. at[k]: the first offset not before earlier clauses.
 */
function startsIn(may: boolean | number[], at: number[], k: number, c: Clause): boolean {
  if (typeof may === 'boolean') return may;
  let i = at[k]!;
  while (i < may.length && may[i]! < c.start) i++;
  at[k] = i;
  return i < may.length && may[i]! < c.end;
}

function promotionCandidates(doc: Document, d: DraftCues): Candidate[] {
  // A disclosure anywhere in the post ("#ad", "Disclosure: I consult for…") makes it honest.
  if (d.disclosed) return [];
  const out: Candidate[] = [];
  // The pre-checks of hasCode, hasDiscount, hasUrl and hasAsk look for plain substrings (no
  // look-around), so a clause can pass one only if the whole text does: most texts pass none,
  // and their clauses are not cut out and scanned four times over.
  // On a long draft most clauses pass none of them where the whole text passes all: where each
  // pre-check matches in the whole text is found once, and a clause passes one only if a match
  // starts inside it.
  const whole = doc.text;
  // A short draft is not cut into clauses unless some pre-check passes.
  const long = whole.length >= WINDOW_MIN && d.clauses.length >= PRECHECK_SPANS_MIN;
  // A long draft whose words' bits hold is pre-checked as a short one, and then each clause by
  // the bits of the words it holds (a code's, a discount's and an ask's words, see substringCues;
  // a discount's "%" or price sign in its own text): no scan of the whole text for every offset
  // where a pre-check matches. The bits only let more clauses through to the tests below.
  const byWords = long && d.runCues !== -1;
  // On a short draft the words' substring bits answer first (all set when not known). Every
  // discount holds "%", "free", "discount", or "off" after a price ("$10 off").
  const runs = long && !byWords ? -1 : d.runCues;
  const mayCode = long && !byWords ? matchStarts(MAY_CODE_ALL, whole) : (runs & RUN_CODE) !== 0 && MAY_CODE.test(whole) && MAY_CODE_OPENER.test(whole);
  const mayDiscount = long && !byWords ? matchStarts(MAY_DISCOUNT_ALL, whole) : mayDiscountIn(whole, runs) && MAY_DISCOUNT.test(whole);
  const mayUrl = whole.includes('.') && (long ? matchStarts(URL_DOMAIN_ALL, whole) : URL_DOMAIN.test(whole));
  const mayAsk = long && !byWords ? matchStarts(MAY_ASK_ALL, whole) : (runs & RUN_ASK) !== 0 && MAY_ASK.test(whole);
  const mayCta = d.mayInClauses(CTA);
  // A price ("$149", "£320 first consult"): a service or a product on sale, or a cost complained of;
  // in a job post or an award, a wage or a grant ("$265/hr", "$50,000 each").
  const mayPrice = MAY_PRICE.test(whole) && !PAY.test(doc.lower);
  const mayPraise = d.mayInClauses(PRAISE);
  const mayStrong = d.mayInClauses(STRONG);
  if (!mayCode && !mayDiscount && !mayUrl && !mayAsk && !mayCta && !mayPraise && !mayStrong && !mayPrice) return out;
  // Where the draft's "%" and price signs are, for its clauses' discount pre-check (found once, not per clause).
  const signs = byWords && mayDiscount && matchStarts(SIGNS_ALL, whole);
  // Asked once, and only of a draft with a candidate to let go.
  let notSelling: boolean | undefined;
  const at = [0, 0, 0, 0, 0];
  for (const c of d.clauses) {
    const lower = c.lower;
    let codeHere = startsIn(mayCode, at, 0, c);
    let discountHere = startsIn(mayDiscount, at, 1, c);
    const urlHere = startsIn(mayUrl, at, 2, c);
    let askHere = startsIn(mayAsk, at, 3, c);
    if (byWords && (codeHere || discountHere || askHere)) {
      const bits = clauseBits(doc, d, c);
      if (bits !== -1) {
        codeHere &&= (bits & RUN_CODE) !== 0;
        askHere &&= (bits & RUN_ASK) !== 0;
        discountHere &&= (bits & RUN_DISCOUNT) !== 0 || startsIn(signs, at, 4, c);
      }
    }
    const cta = mayCta && mayHoldKey(doc, d, c, CTA_KEY) && CTA.test(lower, flagsOfClause(c));
    const praise = mayPraise && mayHoldKey(doc, d, c, PRAISE_KEY) && PRAISE.test(lower, flagsOfClause(c));
    const strong = mayStrong && mayHoldKey(doc, d, c, STRONG_KEY) && STRONG.test(lower, flagsOfClause(c));
    // (A clause's lower case holds its price signs and digits as they are.)
    const price = mayPrice && PRICE.test(lower);
    if (!codeHere && !discountHere && !urlHere && !askHere && !cta && !praise && !strong && !price) continue;
    const text = whole.slice(c.start, c.end);
    const code = codeHere && hasCode(text);
    const discount = discountHere && hasDiscount(text);
    const url = urlHere && hasUrl(text);
    const ask = askHere && hasAsk(text);
    if (!code && !discount && !url && !cta && !praise && !strong && !ask && !price) continue;
    const ref = REF_LINK.test(text);
    // A link to an institution or an email address (jobs, clinic times, a trial recruiting, grand
    // rounds) sells nothing unless it carries a code, a discount or a tracking link.
    // Both of its forms hold a full stop; the regex is slow on long words.
    // So does a post that registers a trial it recruits for ("NCT05511223") or links a fundraiser.
    if (!code && !discount && !ref && ((notSelling ??= d.runCues === -1 ? NOT_SELLING.test(doc.lower) : (d.runCues & RUN_NOT_SELLING) !== 0) || (text.includes('.') && institution(text)))) continue;
    // A clause's lower case is its text's (cut from the draft's only where the two agree).
    const brand = clauseBrandLike(text, c);
    const f: string[] = [];
    has(f, 'code', code);
    has(f, 'discount', discount);
    has(f, 'url', url);
    has(f, 'ref-link', ref);
    has(f, 'call-to-action', cta);
    has(f, 'praise', praise);
    has(f, 'ask-for-brand', ask);
    has(f, 'brand-here', brand);
    has(f, 'brand-in-draft', d.brandLike);
    has(f, 'price-word', DISCOUNT_WORD.test(lower, DISCOUNT_WORD_BY_FLAGS ? flagsOfClause(c) : undefined));
    has(f, 'price', price);
    has(f, 'sales-in-draft', d.code || d.discount || d.link);
    has(f, 'code+discount', code && discount);
    has(f, 'praise+brand', praise && (brand || d.brandLike));
    has(f, 'strong-praise', strong);
    has(f, 'strong-praise+brand', strong && (brand || d.brandLike));
    has(f, 'industry-event', d.industryEvent);
    has(f, 'event+brand+praise', d.industryEvent && d.brandLike && (praise || strong));
    has(f, 'industry-critique', d.industryCritique);
    // Both patterns' every match is a whole run of letters: the clause's words' bits say (or -1).
    const bits = clauseBits(doc, d, c);
    has(f, 'first-person', bits === -1 ? PROMOTER.test(lower) : (bits & RUN_PROMOTER) !== 0);
    has(f, 'patients', bits === -1 ? PATIENTS.test(lower) : (bits & RUN_PATIENTS) !== 0);
    has(f, 'reply', d.reply);
    has(f, 'question', c.next === '?');
    has(f, 'announcement', doc.context.announcement);
    out.push({ start: c.start, end: c.end, features: f, cue: text });
  }
  return out;
}

// ---------------------------------------------------------------- stigma

const STIGMA_TERMS = lexicon(STIGMA.map((s) => s.term));
const SLUR = lexicon(PATIENT_SLURS);
const CONTEMPT = lexicon(CONTEMPT_PHRASES);
// The five patterns below would open with a look-behind (no letter, or no letter or digit, before
// the match); it is checked in code (boundedMatches), so the regex engine can skip ahead.
const NOT_LETTER = /\p{L}/u;
const NOT_ALNUM = /[\p{L}\p{N}]/u;
// Every WEIGHT_PERSON match holds three digits or "bmi of".
const MAY_WEIGH = /\d{3}|bmi of/;
// A person reduced to their weight: "the 400lb guy", "a BMI of 55 bloke".
const WEIGHT_PERSON = new RegExp(`(?:\\d{3}\\s?(?:lb|lbs|kg|kilo|pound)s?|bmi of (?:like )?\\d{2})[\\s-]+(?:\\p{L}+\\s+)?(?:${PERSON_NOUNS.join('|')})(?![\\p{L}])`, 'gu');
// "she's mental", "they're all animals": a person, a verb of being, contempt.
const PREDICATE = new RegExp(`(?:he's|she's|they're|he is|she is|they are|hes|shes|theyre)(?:\\s+(?:just|so|such|all|absolutely|completely|totally|clearly|obviously|always|literally|a|an|being)){0,4}\\s+(?:${CONTEMPT_PREDICATES.join('|')})(?![\\p{L}])`, 'gu');
const MOCK = new RegExp(
  `(?:${MOCKING_ADJECTIVES.join('|')})[\\s-]+(?:\\p{L}+[\\s-]+){0,2}(?:${PERSON_NOUNS.join('|')})(?![\\p{L}])`,
  'gu',
);
const LABEL_NOUNS = [...NOUN_LABELS.keys(), 'alcoholic', 'addict', 'borderline', 'obese', 'schizophrenic', 'psychotic', 'demented', 'bipolar', 'autistic', 'dementia', 'anorexic'];
const LABEL_DETS = [...LABEL_DETERMINERS, 'these', 'those', 'some', 'all the', 'half the', 'two', 'three'];
const LABEL = new RegExp(`(?:${LABEL_DETS.join('|')}) (?:${LABEL_NOUNS.join('|')})(?:s)?(?![\\p{L}])`, 'gu');
// Every LABEL match holds a space and one of the nouns: a pattern that opens with the space is
// tried at spaces only, where LABEL opens with determiners ("a", "the") tried almost everywhere.
const LABEL_NOUN_AFTER_SPACE = new RegExp(` (?:${LABEL_NOUNS.join('|')})`, 'u');
const LABEL_NOUNS_AFTER_SPACE = new RegExp(LABEL_NOUN_AFTER_SPACE.source, 'gu');
const LABEL_AT = new RegExp(LABEL.source, 'uy');
// On a short draft, a test for a label noun first spares most drafts labelMatches' allocations; on
// a long one the test would scan as far as labelMatches' own scan.
const LABEL_SCAN_MIN = 1000;

/**
 * boundedMatches(LABEL, lower, NOT_LETTER), with LABEL tried only where a determiner ends just
 * before a space and a noun: every match opens that way, and a determiner ("a", "the") starts
 * almost everywhere. Those spaces are found by one scan (a noun holds no space, so no two of
 * them overlap), LABEL is tried at each such start alone (sticky), in order, as the scan would.
 */
function* labelMatches(lower: string, nouns?: number[]): Generator<RegExpExecArray> {
  const starts: number[] = [];
  const detsBefore = (space: number) => {
    for (const det of LABEL_DETS) if (space >= det.length && lower.startsWith(det, space - det.length)) starts.push(space - det.length);
  };
  // Given the starts of the runs of letters that are a noun (maybe plural), the spaces before
  // them: every match's noun is such a run, after a space (other " noun" matches fail LABEL).
  if (nouns) {
    for (const x of nouns) if (x > 0 && lower.charCodeAt(x - 1) === 32) detsBefore(x - 1);
  } else {
    LABEL_NOUNS_AFTER_SPACE.lastIndex = 0;
    for (let m = LABEL_NOUNS_AFTER_SPACE.exec(lower); m; m = LABEL_NOUNS_AFTER_SPACE.exec(lower)) detsBefore(m.index);
  }
  starts.sort((a, b) => a - b);
  yield* matchesAt(lower, starts, LABEL_AT, NOT_LETTER);
}
const CRITIQUE = lexicon(STIGMA_CRITIQUE);
// SENT_PERSON and PATIENT_CONTEXT would open with "(?<![\p{L}])", checked in code (hasBounded) so
// the regex engine can skip ahead to where a word can start: twice as fast on a sentence.
const SENT_PERSON = /(?:patients?|pts?|he|she|him|her|guy|lady|woman|man|bloke|mum|mom|dad|parents|family|relatives|people|bed \d+|bay \d+|cubicle \d+|room \d+)(?![\p{L}])/gu;
const SENT_NEGATIVE_WORDS = [
  ...MOCKING_ADJECTIVES, ...CONTEMPT_PREDICATES, 'moan', 'moaning', 'moans', 'whinge', 'whinging', 'whining', 'demanding',
  'begging', 'screaming', 'pretending', 'faking', 'kicking off', 'entitled', 'can\'t be bothered', 'won\'t listen',
  'never listens', 'refuses to', 'too lazy', 'deserve', 'deserves', 'fault', 'waste', 'clogging', 'rolled in', 'rocks up',
  'turns up', 'shocked', 'surprised', 'why do we', 'moaned', 'whinged', 'demanded', 'screamed',
];
const SENT_NEGATIVE = lexicon(SENT_NEGATIVE_WORDS);
// A phrase's last run of letters is a whole run of any text it matches (a non-letter, or the
// match's bounded start, before it; a non-letter or the bounded end after it): a sentence none of
// whose words holds one cannot match the list, and is not looked up (RUN_NEGATIVE).
const NEGATIVE_RUNS = SENT_NEGATIVE_WORDS.map((p) => p.toLowerCase().match(LETTERS)?.at(-1));
const NEGATIVE_BY_RUNS = NEGATIVE_RUNS.every((r) => r !== undefined);
if (NEGATIVE_BY_RUNS) markRuns(RUN_NEGATIVE, NEGATIVE_RUNS as string[]);
const SENT_POSITIVE = /(?<![\p{L}])(?:lovely|kind|kindest|thank|thanks|grateful|brought us|love|loved|sweet|wonderful|proud|legend|hero|heroes|amazing|brilliant|made my day|bless)(?![\p{L}])|💙|❤|🥰|🙏|💜|💚/u;
const SENT_SYSTEM = /(?<![\p{L}])(?:rota|management|manager|admin|insurer|insurance|ehr|it|policy|trust|exec|board|government|staffing|parking|vending|printer|bleep|pager|system|meeting|email|consultant|registrar|attending|coordinator|boss|hr|nhs|cms)(?![\p{L}])/u;
const AIRLINE = /^s?\s+(?:miles|points|status|program|programme|card|number|lounge|scheme|club|account)(?![\p{L}])/u;
// A group named by origin or kind and lumped together: "the Romanian lot", "these Karens".
const GROUP = /(?:[Tt]he|[Tt]hese|[Tt]hose) (?:\p{Lu}\p{Ll}+ (?:lot|crowd|types|ones|mob|brigade|clan)|\p{Ll}+ (?:lot|crowd|mob|brigade))(?![\p{L}])/gu;
// What each pattern's whole run of letters is: MOCK's adjective; PREDICATE's pronoun and the
// last word of its predicate; GROUP's noun; LABEL's noun, maybe plural.
markRuns(RUN_MOCK, MOCKING_ADJECTIVES.map(lastRun));
const PRONOUN_RUNS = new Set(['he', 'she', 'they', 'hes', 'shes', 'theyre']);
markRuns(RUN_PRONOUN, [...PRONOUN_RUNS]);
markRuns(RUN_PREDICATE, CONTEMPT_PREDICATES.map(lastRun));
const GROUP_RUNS = new Set(['lot', 'crowd', 'types', 'ones', 'mob', 'brigade', 'clan']);
markRuns(RUN_GROUP, [...GROUP_RUNS]);
const LABEL_RUNS = new Set(LABEL_NOUNS.flatMap((n) => [lastRun(n), `${lastRun(n)}s`]));
markRuns(RUN_LABEL, [...LABEL_RUNS]);
markRuns(RUN_PERSON, ['patient', 'patients', 'pt', 'pts', 'he', 'she', 'him', 'her', 'guy', 'lady', 'woman', 'man', 'bloke', 'mum', 'mom', 'dad', 'parents', 'family', 'relatives', 'people']);
markRuns(RUN_PLACE, ['bed', 'bay', 'cubicle', 'room']);
const WARD = new RegExp(`^\\s*(?:in|on|at|from)\\s+(?:the\\s+)?(?:${WARD_PLACES.join('|')}|\\d)`, 'u');
const DETERMINER = /(?<![\p{L}])(?:the|another|a|an|this|that|these|those|our|some|half the|every|my)\s+(?:\p{L}+\s+)?$/u;
const PATIENT_CONTEXT = /(?:patients?|pts?|bed|bay|cubicle|clinic|ward|ed|a&e|resus|triage|shift|nights?|waiting room|unit|admitted|admission|in \d)(?![\p{L}])/gu;

const PREDICATE_AT = new RegExp(PREDICATE.source, 'uy');

/**
 * boundedMatches(PREDICATE, doc.lower, NOT_LETTER). On a long draft whose words' bits hold
 * (runs !== -1), PREDICATE is tried (sticky) only where a pronoun's run of letters starts: every
 * match opens with one, whole ("he's", "they are", "hes"), and a word holds its runs whole. Tried
 * in order, each after the last match's end, as the scan goes on.
 */
function predicateMatches(doc: Document, runs: number): Iterable<RegExpExecArray> {
  const lower = doc.lower;
  if (runs === -1 || lower.length < WINDOW_MIN) return boundedMatches(PREDICATE, lower, NOT_LETTER);
  const out: RegExpExecArray[] = [];
  let from = 0;
  someCueRun(doc, RUN_PRONOUN, LETTER_RUN, (run, p) => {
    if (p < from || !PRONOUN_RUNS.has(run)) return false;
    PREDICATE_AT.lastIndex = p;
    const m = PREDICATE_AT.exec(lower);
    if (m && boundedBefore(lower, p, NOT_LETTER)) {
      out.push(m);
      from = p + m[0].length;
    }
    return false;
  });
  return out;
}

/** Where the draft's runs of letters in `set` start, in order, from the words with `bit` (runs !== -1: the words' bits hold). */
function runStarts(doc: Document, bit: number, set: ReadonlySet<string>): number[] {
  const out: number[] = [];
  someCueRun(doc, bit, LETTER_RUN, (run, p) => {
    if (set.has(run)) out.push(p);
    return false;
  });
  return out;
}

const GROUP_AT = new RegExp(GROUP.source, 'uy');
const GROUP_DETS = ['the', 'The', 'these', 'These', 'those', 'Those'];

/**
 * boundedMatches(GROUP, text, NOT_LETTER), given where the runs of letters that are a group's noun
 * start (in the lower case: a superset). Every match ends with such a run after a space, a word
 * of letters (the whole run before that space) and, before another space, its determiner: from
 * each noun, one start at most, read back over one word (each word once: it is the noun's
 * neighbour). GROUP is tried at those starts alone (sticky), in order, as the scan would.
 */
function* groupMatches(text: string, nouns: number[]): Generator<RegExpExecArray> {
  const starts: number[] = [];
  for (const x of nouns) {
    if (x < 2 || text.charCodeAt(x - 1) !== 32) continue;
    let w = x - 1;
    for (let b = letterBefore(text, w); b >= 0; b = letterBefore(text, w)) w = b;
    if (w === x - 1 || w < 1 || text.charCodeAt(w - 1) !== 32) continue;
    for (const det of GROUP_DETS) if (w - 1 >= det.length && text.startsWith(det, w - 1 - det.length)) starts.push(w - 1 - det.length);
  }
  starts.sort((a, b) => a - b);
  yield* matchesAt(text, starts, GROUP_AT, NOT_LETTER);
}

/**
 * eyeroll(text) of a sentence's text (its slice of doc.lower). Its emoji only where the draft has
 * one; its words, when `person` holds their bits (-1: not known), from them (see eyerollInWords).
 */
function sentenceEyeroll(doc: Document, d: DraftCues, sent: Document['sentences'][number], text: string, person: number): boolean {
  if (d.eyerollEmoji && EYEROLL_EMOJI.test(text)) return true;
  if (person === -1) return hasBounded(EYEROLL_WORDS, text, LETTER);
  return (person & RUN_EYEROLL) !== 0 && eyerollInWords(doc, sent.firstWord, sent.endWord, sent.start);
}

/** Index of the sentence holding offset `at` (binary search; sentences are in order). */
function sentenceIndex(doc: Document, at: number): number {
  let lo = 0, hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function stigmaCandidates(doc: Document, d: DraftCues): Candidate[] {
  const lower = doc.lower;
  const found: Array<{ start: number; end: number; cls: string; phrase: string }> = [];
  // Air travel, not a patient: "frequent flyer miles", "frequent flyer status".
  const airline = (m: { phrase: string; end: number }) => /^frequent fl/.test(m.phrase) && AIRLINE.test(lower.slice(m.end, m.end + 24));
  const flags = d.flags;
  for (const m of STIGMA_TERMS.all(lower, flags)) if (!airline(m)) found.push({ ...m, cls: 'listed-term' });
  for (const m of SLUR.all(lower, flags)) if (!airline(m)) found.push({ ...m, cls: 'slur' });
  for (const m of CONTEMPT.all(lower, flags)) found.push({ ...m, cls: 'contempt' });
  const runs = d.runCues;
  if (runs & RUN_MOCK) for (const m of boundedMatches(MOCK, lower, NOT_LETTER)) found.push({ start: m.index, end: m.index + m[0].length, cls: 'mocking', phrase: m[0] });
  // Every match holds three digits or "bmi of" (a word's substrings: see RUN_WEIGH).
  if ((runs & RUN_WEIGH) !== 0 && MAY_WEIGH.test(lower)) for (const m of boundedMatches(WEIGHT_PERSON, lower, NOT_ALNUM)) found.push({ start: m.index, end: m.index + m[0].length, cls: 'body-weight', phrase: m[0] });
  if ((runs & (RUN_PRONOUN | RUN_PREDICATE)) === (RUN_PRONOUN | RUN_PREDICATE)) for (const m of predicateMatches(doc, runs)) found.push({ start: m.index, end: m.index + m[0].length, cls: 'predicate', phrase: m[0] });
  // On a long draft whose words' bits hold, GROUP and LABEL are tried only around their nouns' runs.
  const byWords = runs !== -1 && lower.length >= WINDOW_MIN;
  if (runs & RUN_GROUP) for (const m of byWords ? groupMatches(doc.text, runStarts(doc, RUN_GROUP, GROUP_RUNS)) : boundedMatches(GROUP, doc.text, NOT_LETTER)) found.push({ start: m.index, end: m.index + m[0].length, cls: 'group', phrase: m[0].toLowerCase() });
  if (runs & RUN_LABEL && (lower.length >= LABEL_SCAN_MIN || LABEL_NOUN_AFTER_SPACE.test(lower))) for (const m of labelMatches(lower, byWords ? runStarts(doc, RUN_LABEL, LABEL_RUNS) : undefined)) {
    // A noun for a person ("a diabetic who…", "the epileptic in bed 3"), not an adjective ("diabetic diet").
    const next = /^\s*([\p{L}']+|[^\s\p{L}]|$)/u.exec(lower.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1] ?? '';
    if (/^\p{L}/u.test(next) && !LABEL_NOUN_FOLLOWERS.has(next)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, cls: 'label', phrase: m[0] });
  }
  // Sentences that mock a patient without a listed word: a person, and contempt or disbelief. A
  // sentence is a slice of the lower case with a space or an end on either side, so a sentence
  // can hold a negative word or an eye-roll only if the whole draft does: most drafts hold neither
  // (mayMatch, a look-up, is necessary for a negative word).
  const mayMock = SENT_NEGATIVE.mayMatch(lower, flags) || d.eyeroll;
  const covered = mayMock && found.length ? new Set(found.map((m) => sentenceIndex(doc, m.start))) : undefined;
  // A sentence is bounded by spaces or the text's ends and holds its words whole, so its runs of
  // letters are its words' runs: with the words' bits (runs !== -1), a sentence with a person's
  // word has a SENT_PERSON match, and one with neither such a word nor a "bed" (a number may
  // follow) has none. A sentence's eye-roll is the draft's too, and is read only when needed.
  const lexemes = mayMock && runs !== -1 ? lexemesOf(doc) : undefined;
  if (mayMock) for (let si = 0; si < doc.sentences.length; si++) {
    if (covered?.has(si)) continue;
    const sent = doc.sentences[si]!;
    let person = 0;
    if (lexemes) for (let w = sent.firstWord; w < sent.endWord; w++) person |= lexemes[w]!.cues;
    if (lexemes && (person & (RUN_PERSON | RUN_PLACE)) === 0) continue;
    const text = lower.slice(sent.start, sent.end);
    if ((person & RUN_PERSON) === 0 && !hasBounded(SENT_PERSON, text, NOT_LETTER)) continue;
    const negative = (!lexemes || !NEGATIVE_BY_RUNS || (person & RUN_NEGATIVE) !== 0) && SENT_NEGATIVE.test(text);
    if (!negative && (!d.eyeroll || !sentenceEyeroll(doc, d, sent, text, lexemes ? person : -1) || SENT_POSITIVE.test(text))) continue;
    found.push({ start: sent.start, end: sent.end, cls: 'mocking-sentence', phrase: text });
  }
  if (!found.length) return [];
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  // Candidates come in order of position, so one forward pointer finds each one's sentence.
  // and each sentence is tested for critique once.
  let si = 0;
  const critiqued = new Map<number, boolean>();
  const critiqueAt = (i: number): boolean => {
    while (si < doc.sentences.length - 1 && doc.sentences[si]!.end <= i) si++;
    let v = critiqued.get(si);
    if (v === undefined) {
      const s = doc.sentences[si];
      v = CRITIQUE.test(s ? lower.slice(s.start, s.end) : lower);
      critiqued.set(si, v);
    }
    return v;
  };
  const patientContext = found.length > 0 && hasBounded(PATIENT_CONTEXT, lower, NOT_LETTER);
  let lastEnd = -1;
  // Overlapping matches merge into one candidate carrying every class.
  for (const m of found) {
    if (m.start < lastEnd) {
      const prev = out[out.length - 1]!;
      if (!prev.features.includes(m.cls)) prev.features.push(m.cls);
      if (m.end > prev.end) prev.end = m.end;
      lastEnd = prev.end;
      continue;
    }
    const before = lower.slice(Math.max(0, m.start - 40), m.start);
    const after = lower.slice(m.end, m.end + 24);
    const f: string[] = [m.cls];
    if (m.cls === 'mocking-sentence') {
      has(f, 'sentence-negative', SENT_NEGATIVE.test(m.phrase));
      has(f, 'sentence-eyeroll', eyeroll(m.phrase));
      has(f, 'sentence-system', SENT_SYSTEM.test(m.phrase));
      has(f, 'sentence-positive', SENT_POSITIVE.test(m.phrase));
      has(f, 'sentence-group', /(?<![\p{L}])(?:these|those|half the|all the|some people|every single|the type)(?![\p{L}])/u.test(m.phrase));
      has(f, 'sentence-disbelief', /['"‘“][^'"’”]{1,25}['"’”]|(?<![\p{L}])(?:apparently|allegedly|of course|surprise|sure,|yeah right|10\/10)(?![\p{L}])/u.test(m.phrase));
    }
    has(f, 'quoted', insideQuotes(doc.text, m.start, m.end) || (/['"‘“]\s*$/.test(before) && /^\s*['"’”]/.test(after)));
    has(f, 'critique', critiqueAt(m.start));
    has(f, 'ward-place', WARD.test(after));
    has(f, 'determiner', DETERMINER.test(before));
    has(f, 'plural', /s$/.test(m.phrase));
    has(f, 'eyeroll', d.eyeroll);
    has(f, 'patient-context', patientContext);
    has(f, 'person-first-in-draft', d.personFirst);
    has(f, 'quotes-in-draft', d.quotes);
    out.push({ start: m.start, end: m.end, features: f, cue: m.phrase });
    lastEnd = m.end;
  }
  return out;
}

// ---------------------------------------------------------------- profanity

const MILD = new Set(['damn', 'damned', 'dammit', 'crap', 'crappy', 'piss', 'pissed', 'arse', 'bugger', 'bloody', 'hell', 'bollocks', 'pissing', 'sod']);
const SWEARS = [...PROFANITY, ...SWEAR_ABBREVIATIONS.filter((w) => w !== 'bs' && w !== 'af' && w !== 'mf')];
// With the "-ing" swears as they are often typed, g dropped ("feckin", "shittin'").
const SWEAR = lexicon([...new Set([...SWEARS, ...SWEARS.filter((w) => w.endsWith('ing')).map((w) => w.slice(0, -1))])]);
const INSULT = lexicon(INSULT_NOUNS);
/** Plural insults with no literal sense ("hacks", "parasites", "jerks" and "clowns" have one). */
const PURE_INSULT = /^(?:idiots|morons|imbeciles|cretins|dumbasses|dickheads|douchebags|tossers|scumbags|halfwits|dimwits|buffoons|muppets|numpties|losers|cowards|simpletons|grifters|charlatans|shills)$/;
const TARGET = lexicon(INSULT_TARGETS);
// "clown show", "clown car": the noun names a situation, not a person.
const COMPOUND = /^[\s-]+(?:show|car|world|school|college|fiesta|town|act|emoji|costume|face|makeup|shoes|nose|circus|energy|behaviou?r|moves?|stuff|posse|rodeo)(?![\p{L}])/u;
// A word with symbols for letters ("f*ck", "sh!t", "a$$", "d*ckheads", "f**king"), or a lone capital F or BS:
// MASKED, /(?<![\p{L}\p{N}@#-])\p{L}{0,6}[*!$@#10-]{1,4}\p{L}{0,8}(?![\p{L}\p{N}-])/gu, found by hand
// (maskedMatches, maskedEnd); scripts/bench/equivalence.ts checks the two agree.

/**
 * MASKED's matches, left to right, with the pattern tried only near its symbols: a match opens
 * with at most six letters (twelve UTF-16 units) before its first symbol, so it starts no more
 * than twelve units before the next symbol. Of the positions there, only one can start a match:
 * where the run of letters just before the symbol starts (a start after a letter fails the
 * look-behind; a start before the run meets a character that is neither a letter nor a symbol).
 * It is tried alone (sticky), as the global scan would: the same matches, each symbol tried once.
 */
/** An ASCII character MASKED's look-behind refuses: a digit, @, # or hyphen (letters are checked apart). */
function asciiBlocksMask(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 64 || c === 35 || c === 45;
}

/** 1: a symbol MASKED masks letters with; 2: one its look-behind also refuses (1, 0, @, #, hyphen). */
const MASK_CHAR = new Uint8Array(128);
for (const c of '*!$') MASK_CHAR[c.charCodeAt(0)] = 1;
for (const c of '10@#-') MASK_CHAR[c.charCodeAt(0)] = 2;
const letterAt = characterClass(/^\p{L}$/u);
const MASK_SYMBOLS = /[*!$@#10-]/g;

export function maskedMatches(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let from = 0;
  for (;;) {
    // The next of MASKED's symbols (test() moves lastIndex past it and makes no match object).
    MASK_SYMBOLS.lastIndex = from;
    if (!MASK_SYMBOLS.test(text)) return;
    const q = MASK_SYMBOLS.lastIndex - 1;
    // A run of symbols that the look-behind refuses after one another ("100", "2010", "--"), with
    // no letter before or after it: a match from its first holds no letter (nothing to unmask),
    // and none starts further in. The scan goes on after it, where it would have.
    if (letterBefore(text, q) < 0) {
      let r = q;
      while (r < n && MASK_CHAR[text.charCodeAt(r)] === 2) r++;
      // After the run: the end, or neither a symbol nor a letter.
      const c = r < n ? text.charCodeAt(r) : -1;
      if (c < 0 || (c < 128 ? MASK_CHAR[c] === 0 && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : letterAt(text, r) === 0)) {
        from = r;
        continue;
      }
    }
    let p = Math.max(from, q - 12);
    // Never start inside a surrogate pair (the scan steps by code point).
    if (p > from && (text.charCodeAt(p) & 0xfc00) === 0xdc00 && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800) p--;
    let start = q;
    for (let b = letterBefore(text, start); b >= p; b = letterBefore(text, start)) start = b;
    // A letter before the run's start (the run reaches back past p): every position fails the
    // look-behind, as it does after an ASCII digit, @, # or hyphen ("1111…" tries nothing).
    const end = letterBefore(text, start) < 0 && !asciiBlocksMask(text.charCodeAt(start - 1)) ? maskedEnd(text, start, q) : -1;
    if (end >= 0) {
      visit(start, end);
      from = end;
    } else {
      from = q + 1;
    }
  }
}

/** Length of the letter (one code point) at i, 0 for none. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  return letterAt(text, i);
}
const numberAt = characterClass(/^\p{N}$/u);

/** The code point at i is one MASKED's look-ahead refuses (a letter, a number or a hyphen); false at the end. */
function refusedAfter(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c === 45 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return letterAt(text, i) > 0 || numberAt(text, i) > 0;
}

/**
 * Where MASKED's match at `start` ends, or -1 for none, worked out by hand (its code is large
 * and runs rarely: each run cost a cache miss): [start, q) is a whole run of letters, q the first
 * symbol. The letters (six at most) are followed by the longest run of symbols (four at most)
 * and of letters (eight at most) that the look-ahead accepts, as the regex backtracks to find it.
 * The caller has checked the look-behind but for a number outside ASCII.
 */
function maskedEnd(text: string, start: number, q: number): number {
  if (start > 0) {
    const pair = start >= 2 && (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
    if (numberAt(text, pair ? start - 2 : start - 1) > 0) return -1;
  }
  let letters = 0;
  for (let i = start; i < q; i += Math.max(1, letterLength(text, i))) letters++;
  if (letters > 6) return -1;
  let run = q;
  while (run < text.length && text.charCodeAt(run) < 128 && MASK_CHAR[text.charCodeAt(run)] !== 0) run++;
  for (let e = Math.min(q + 4, run); e > q; e--) {
    if (e < run) {
      // Inside the run: no letter can follow; the look-ahead sees the next symbol.
      if (!refusedAfter(text, e)) return e;
      continue;
    }
    let end = e;
    let n = 0;
    for (let len = letterLength(text, end); len > 0 && n < 8; len = letterLength(text, end)) {
      end += len;
      n++;
    }
    // Fewer letters leave a letter next, which the look-ahead refuses.
    if (!refusedAfter(text, end)) return end;
  }
  return -1;
}
// Its leading "(?<![\p{L}])" checked in code (boundedMatches), so the regex engine skips ahead to a capital.
const SHOUTED = /(?:BS|F (?:this|that|off|it|you|me|them|everything|my life))(?![\p{L}])/gu;
const FULL_FORMS = [...PROFANITY, ...INSULT_NOUNS, 'shitbags', 'shitbag', 'shitheads', 'shithead', 'shite', 'dickheads', 'pricks', 'slut', 'sluts', 'cock', 'fucking', 'fuckin', 'retarded', 'tits', 'wank'];

const UNMASK: Record<string, string> = { '*': '\\p{L}{1,3}', '#': '\\p{L}{1,3}', '-': '\\p{L}{1,3}', '!': '[il]', '1': '[il]', $: 's', '@': 'a', '0': 'o' };

const unmaskedCache = new Map<string, string | null>();

function unmasked(token: string): string | null {
  const key = token.toLowerCase();
  let v = unmaskedCache.get(key);
  if (v === undefined) {
    v = unmask(key);
    // Bounded: hostile input must not grow the cache without end.
    if (unmaskedCache.size < 2000) unmaskedCache.set(key, v);
  }
  return v;
}

function unmask(token: string): string | null {
  const lower = token.toLowerCase().replace(/[*#]+/g, '*').replace(/-+/g, '-');
  if (!/\p{L}/u.test(lower) || /^\p{L}*[10]+$/u.test(lower)) return null;
  let src = '';
  for (const ch of lower) src += UNMASK[ch] ?? ch;
  const pattern = new RegExp(`^${src}$`, 'u');
  return FULL_FORMS.find((w) => pattern.test(w)) ?? null;
}

function profanityCandidates(doc: Document, d: DraftCues): Candidate[] {
  const lower = doc.lower;
  const flags = d.flags;
  const found: Candidate[] = [];
  for (const m of SWEAR.all(lower, flags)) found.push({ start: m.start, end: m.end, features: [MILD.has(m.phrase) ? 'mild-swear' : 'swear'], cue: m.phrase });
  // Every masked word holds a symbol; the regex is slow, and most drafts have none of them.
  maskedMatches(doc.text, (start, end) => {
    if (end - start < 3 || end - start > 14) return;
    const word = unmasked(doc.text.slice(start, end));
    if (word) found.push({ start, end, features: ['masked'], cue: word });
  });
  // Every match holds "BS" or "F ".
  if (doc.text.includes('BS') || doc.text.includes('F ')) for (const m of boundedMatches(SHOUTED, doc.text, LETTER)) found.push({ start: m.index, end: m.index + m[0].length, features: ['abbreviation'], cue: m[0] });
  for (const m of INSULT.all(lower, flags)) {
    if (COMPOUND.test(lower.slice(m.end, m.end + 12))) continue;
    const before = lower.slice(Math.max(0, m.start - 30), m.start);
    const after = lower.slice(m.end, m.end + 12);
    const aimed = TARGET.test(before.split(/[.!?,;]/).pop() ?? '');
    const endsClause = /^\s*(?:[.!?,;:]|$|\p{Extended_Pictographic})/u.test(after);
    // Or a group of people is what a sentence says something about: "Idiots who don't vaccinate…",
    // "Anti-vax morons are…" (plural: "the hack is to prechart" is a trick, not a person).
    const subject = PURE_INSULT.test(m.phrase) && /^\s+(?:who|that|are|keep|think)\b/.test(after);
    // An insult is aimed at someone or closes a clause about them; "finger prick glucose" is neither.
    if ((!aimed && !endsClause && !subject) || /(?:finger|needle|pin|heel|skin)[\s-]*$/.test(before)) continue;
    const f = ['insult'];
    has(f, 'insult-aimed', aimed);
    has(f, 'insult-ends-clause', endsClause);
    has(f, 'insult-subject', subject);
    has(f, 'insult-plural', /s$/.test(m.phrase));
    found.push({ start: m.start, end: m.end, features: f, cue: m.phrase });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of found) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) {
      for (const x of c.features) if (!prev.features.includes(x)) prev.features.push(x);
      prev.end = Math.max(prev.end, c.end);
      continue;
    }
    out.push(c);
  }
  return out;
}

function kindCandidates(doc: Document, kind: Kind): Candidate[] {
  const d = draftCues(doc);
  switch (kind) {
    case 'advice': return adviceCandidates(doc, d);
    case 'claim': return claimCandidates(doc, d);
    case 'promotion': return promotionCandidates(doc, d);
    case 'stigma': return stigmaCandidates(doc, d);
    case 'profanity': return profanityCandidates(doc, d);
  }
}

/** Cue classes that make a candidate clearly of its kind; a weaker candidate beside one often is too. */
const STRONG_CLASSES: Record<Kind, readonly string[]> = {
  advice: ['directive+medical'],
  claim: ['cure-verb', 'promise-safety', 'two-cues'],
  promotion: ['code', 'discount', 'ref-link', 'ask-for-brand'],
  stigma: ['slur', 'listed-term', 'label', 'mocking'],
  profanity: ['swear', 'masked'],
};

/** The candidates of one kind, each with its cue classes. Linear in the draft's length. */
export function candidates(doc: Document, kind: Kind): Candidate[] {
  const out = kindCandidates(doc, kind);
  if (!out.length) return out;
  const strong = out.map((c) => c.features.some((f) => STRONG_CLASSES[kind].includes(f)));
  const count = strong.filter(Boolean).length;
  out.forEach((c, i) => {
    if (count - (strong[i] ? 1 : 0) > 0) c.features.push('strong-sibling');
  });
  return out;
}

/** The first drug or medicine named in a piece of text, as written (for advice's general-information fix). */
export function medicineIn(text: string): string | undefined {
  const lower = text.toLowerCase();
  const m = DRUG.all(lower)[0] ?? MEDICINE.all(lower).find((x) => !/^(?:dose|doses|dosage|leftover|leftovers|cycle|juice|honey|oil|formula|the pill)$/.test(x.phrase));
  if (m) return text.slice(m.start, m.end);
  const s = SUFFIX.exec(lower);
  return s ? text.slice(s.index, s.index + s[0].length) : undefined;
}
