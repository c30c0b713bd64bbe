// Weighs the privacy candidates of one draft together. Every privacy rule proposes candidate
// spans; the fitted model (privacy/model.ts) turns each candidate's cues into a probability that
// it identifies a patient, and a draft-level model over those (draft-stop.ts) decides whether the
// draft is about an identifiable patient. The severity: block for a strong direct identifier in a
// draft the check stops, warn for the details of a draft warned about (together they narrow the
// patient), info below.
import { PRIVACY_MODEL } from '../data/privacy-weights.ts';
import type { Document, Finding, RawFinding, Rule, RuleResult, Severity } from '../types.ts';
import { Coverage } from '../phrases.ts';
import { candidateFeatures, fictional, kindOfRule, type Candidate } from './features.ts';
import { cuesOf, draftFeatures, stopProbability } from './draft-stop.ts';
import { candidateProbability, explain, type PrivacyModel } from './model.ts';
import { fitFix } from './fit-fix.ts';
import { draftProbability, wordBucket } from './draft-words.ts';

export { fictional };

const FOREIGN = 'd:foreign';

// The author's own watch list is not learned from drafts: its findings keep the rule's severity.
const UNWEIGHED = 'privacy/watch-terms';

export interface Weighed {
  /** The candidate: its rule, its raw finding and its cues. */
  candidate: Candidate;
  p: number;
  severity: Severity;
}

// Rules that propose every number or capitalised word left over: their candidates give way to
// a more specific rule's candidate on the same text, and to each other in this order, the
// longer reading first ("4 North" is one unit, not the number 4 and the name North).
const FALLBACK_ORDER = ['privacy/unit-location', 'privacy/grouped-number', 'privacy/occasion', 'privacy/mention', 'privacy/proper-noun', 'privacy/bare-age'];

// A post holds a few dozen candidates at most; a pasted list of thousands of numbers or names
// would only cost time. Past these counts the rest are not weighed (their findings are dropped).
const MAX_FALLBACK = 100;
const MAX_CANDIDATES = 200;

/** The privacy candidates of a document with their cue features; `wordBucket`: what the draft's words say (draft-words.ts). */
export function gatherCandidates(doc: Document, results: RuleResult[], wordBucket: number): Candidate[] {
  return candidateFeatures(doc, proposed(results, doc.text), wordBucket);
}

/** The privacy findings to weigh, with their rules: fallback rules' only where no other rule's finding stands. */
/**
 * A placeholder, no one's number or date: every digit a zero ("NHS 000 000 0000") or the test
 * record's birth date 01/01/1900. Training slides and forms use them.
 */
function placeholder(text: string, start: number, end: number): boolean {
  let digits = '';
  for (let i = start; i < end && digits.length <= 12; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += text[i];
  }
  return (digits.length >= 3 && /^0+$/.test(digits)) || /^0?10?11900$/.test(digits);
}

function proposed(results: RuleResult[], text: string): Array<{ rule: Rule; raw: RawFinding }> {
  const length = text.length;
  const found: Array<{ rule: Rule; raw: RawFinding }> = [];
  const taken = new Coverage(length);
  // Each fallback rule's (first) result, met in the same pass.
  const fallbacks: Array<RuleResult | undefined> = [];
  for (const result of results) {
    const { rule, raw } = result;
    if (rule.category !== 'privacy' || UNWEIGHED === rule.id) continue;
    // (Six ids, compared by identity mostly: cheaper than a Map's hashing.)
    const k = FALLBACK_ORDER.indexOf(rule.id);
    if (k >= 0) {
      fallbacks[k] ??= result;
      continue;
    }
    for (const r of raw) {
      if (found.length >= MAX_CANDIDATES) break;
      if (placeholder(text, r.start, r.end)) continue;
      found.push({ rule, raw: r });
      taken.fill(r.start, r.end);
    }
  }
  let fallback = 0;
  for (const result of fallbacks) {
    if (!result) continue;
    for (const r of result.raw) {
      if (fallback >= MAX_FALLBACK || found.length >= MAX_CANDIDATES) break;
      if (!placeholder(text, r.start, r.end) && taken.take(r.start, r.end)) {
        found.push({ rule: result.rule, raw: r });
        fallback++;
      }
    }
  }
  return found;
}

/** The probability raised to the floor a rule set: block and warn floors reach their thresholds. */
export function floored(model: Pick<PrivacyModel, 'block' | 'warn'>, p: number, floor: RawFinding['floor']): number {
  if (floor === 'block') return Math.max(p, model.block, model.warn);
  if (floor === 'warn') return Math.max(p, model.warn);
  return p;
}

/** Scores the privacy candidates of a document with a model (the shipped one by default). */
export function weighPrivacy(doc: Document, results: RuleResult[], model: PrivacyModel = PRIVACY_MODEL): Weighed[] {
  const found = proposed(results, doc.text);
  // Nothing to weigh: the draft's words need not be read.
  if (!found.length) return [];
  const words = draftProbability(model.words, doc);
  const cands = candidateFeatures(doc, found, wordBucket(words));
  // A candidate in unambiguous form (raw.floor) counts as at least that sure, whatever its cues.
  const invented = fictional(doc);
  // The draft is stopped when a block floor stands or the draft model says so, unless it says its case
  // is invented: then its details stay at info (of about 150 such drafts in the labelled and outside sets,
  // none risky was warned and a tenth of the clean ones were). What stops it: its
  // floored identifiers and strong direct ones; or, when it holds none, all its likely details,
  // which together narrow the patient (the combination is the identifier).
  let top = 0;
  let anyStrong = false;
  let anyFloor = false;
  const weighed = cands.map((c) => {
    const floor = invented ? undefined : c.raw.floor;
    anyFloor ||= !!floor;
    const p = floored(model, candidateProbability(model, c), floor);
    const direct = !c.raw.quasi && !c.raw.companion;
    const floorBlock = floor === 'block';
    const strong = floorBlock || (direct && p >= model.block);
    top = Math.max(top, p);
    anyStrong ||= strong;
    return { p, direct, rule: c.rule.id, kind: kindOfRule(c.prefix), floorBlock, strong };
  });
  const x = draftFeatures(weighed, model.warn, doc.context, cuesOf(cands[0]?.draft), words);
  const draftP = stopProbability(model.stop, x);
  const stop = !invented && draftP >= model.stop.threshold;
  // Whether the draft is warned about is the draft model's call too: a candidate's own probability
  // does not know the thread it sits in. A floored candidate always raises its draft.
  const flagged = !invented && (anyFloor || draftP >= model.stop.flag);
  // In a warned draft its details join the warning (at least its strongest one).
  const raise = Math.min(model.along, top);
  return cands.map((c, i) => {
    const { p, floorBlock, strong } = weighed[i]!;
    const stops = floorBlock || (stop && (anyStrong ? strong : p >= model.warn));
    const severity: Severity = stops ? 'block' : flagged && p >= raise ? 'warn' : 'info';
    // Written out rather than spread: this runs for every candidate on every keystroke.
    return { candidate: c, p, severity };
  });
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

/**
 * Raised findings that lie inside another raised one of at least their severity ("Temple Gym" in
 * "Iron Temple Gym", a nickname inside a daycare's name): one card for the same words. An inner
 * finding with a fix stays when the outer one has none.
 */
export function nested(findings: readonly Finding[]): Set<Finding> {
  const raised = findings.filter((f) => f.severity !== 'info').sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new Set<Finding>();
  let outer: Finding | undefined;
  for (const f of raised) {
    if (outer && f.end <= outer.end) {
      if (RANK[f.severity] <= RANK[outer.severity] && (outer.fix || !f.fix)) out.add(f);
    } else outer = f;
  }
  return out;
}

export function combinePrivacy(doc: Document, results: RuleResult[]): Finding[] {
  const weighed: Finding[] = [];
  const cands = weighPrivacy(doc, results);
  // The candidates share their draft's cues: whether the post is in another language is asked once.
  const foreign = cands[0]?.candidate.draft.includes(FOREIGN);
  for (const { candidate, severity } of cands) {
    const { rule, raw } = candidate;
    const why = severity === 'info' ? '' : explain(PRIVACY_MODEL, candidate);
    // The why stays apart from the message: notes and announcements quote the message alone.
    const f: Finding = { rule: rule.id, category: 'privacy', severity, start: raw.start, end: raw.end, message: raw.message };
    if (why) f.because = why;
    // In a post in another language, an English word in place of a name or a place reads worse
    // than the name ("rue des a patient"): only removals and bracketed masks are offered there.
    const english = raw.fix && foreign && /^\p{L}/u.test(raw.fix.replacement);
    const fix = raw.fix && !english && fitFix(doc.text, raw.start, raw.end, raw.fix);
    if (fix) f.fix = fix;
    weighed.push(f);
  }
  const inside = nested(weighed);
  const out = inside.size ? weighed.filter((f) => !inside.has(f)) : weighed;
  for (const { rule, raw } of results) {
    if (rule.category === 'privacy' && UNWEIGHED !== rule.id) continue;
    for (const r of raw) {
      const f: Finding = { rule: rule.id, category: rule.category, severity: r.severity ?? rule.severity, start: r.start, end: r.end, message: r.message };
      if (r.fix) f.fix = r.fix;
      out.push(f);
    }
  }
  return out;
}
