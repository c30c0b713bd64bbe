// Weighs the privacy candidates of one draft together. Every privacy rule proposes candidate
// spans; the fitted model (privacy/model.ts) turns each candidate's cues into a probability that
// it identifies a patient, and the thresholds fitted with it give the severity: block for a
// strong direct identifier, warn for a likely one, info below. Once a draft holds a likely
// identifier, the weaker details around it join the warning: together they narrow the patient.
import { PRIVACY_MODEL } from '../data/privacy-weights.ts';
import type { Document, Finding, RawFinding, Rule, RuleResult, Severity } from '../types.ts';
import { candidateFeatures } from './features.ts';
import { explain, probability, type PrivacyModel } from './model.ts';

// The author's own watch list is not learned from drafts: its findings keep the rule's severity.
const UNWEIGHED = new Set(['privacy/watch-terms']);

export interface Weighed {
  rule: Rule;
  raw: RawFinding;
  features: string[];
  p: number;
  severity: Severity;
}

/** Scores the privacy candidates of a document with a model (the shipped one by default). */
export function weighPrivacy(doc: Document, results: RuleResult[], model: PrivacyModel = PRIVACY_MODEL): Weighed[] {
  const found: Array<{ rule: Rule; raw: RawFinding }> = [];
  for (const { rule, raw } of results) {
    if (rule.category !== 'privacy' || UNWEIGHED.has(rule.id)) continue;
    for (const r of raw) found.push({ rule, raw: r });
  }
  const cands = candidateFeatures(doc, found);
  const ps = cands.map((c) => probability(model, c.features));
  const top = ps.reduce((a, b) => Math.max(a, b), 0);
  return cands.map((c, i) => {
    const p = ps[i]!;
    const direct = !c.raw.quasi && !c.raw.companion;
    const severity: Severity = p >= model.block && direct ? 'block' : p >= model.warn || (top >= model.warn && p >= model.along) ? 'warn' : 'info';
    return { ...c, p, severity };
  });
}

export function combinePrivacy(doc: Document, results: RuleResult[]): Finding[] {
  const out: Finding[] = [];
  for (const w of weighPrivacy(doc, results)) {
    const why = w.severity === 'info' ? '' : explain(PRIVACY_MODEL, w.features);
    const message = why ? `${w.raw.message} (${why})` : w.raw.message;
    out.push({ rule: w.rule.id, category: 'privacy', severity: w.severity, start: w.raw.start, end: w.raw.end, message, ...(w.raw.fix ? { fix: w.raw.fix } : {}) });
  }
  for (const { rule, raw } of results) {
    if (rule.category === 'privacy' && !UNWEIGHED.has(rule.id)) continue;
    for (const r of raw) {
      out.push({ rule: rule.id, category: rule.category, severity: r.severity ?? rule.severity, start: r.start, end: r.end, message: r.message, ...(r.fix ? { fix: r.fix } : {}) });
    }
  }
  return out;
}
