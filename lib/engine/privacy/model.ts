// The privacy model: a logistic regression over the cue features of each candidate, fitted by
// scripts/fit-privacy.ts and shipped in data/privacy-weights.ts. Inference is one sum of weights
// per candidate; the thresholds turn the probability into a severity.

import type { StopModel } from './draft-stop.ts';

export interface PrivacyModel {
  /** Bumped when the features change, so stale weights are caught by the test. */
  version: number;
  /** The L2 strength the weights were fitted with (chosen on cross-validation). */
  lambda: number;
  /** Probability at or above which a direct identifier blocks posting. */
  block: number;
  /** Probability at or above which a candidate is a likely identifier (warn). */
  warn: number;
  /** In a draft already warned about, candidates at or above this join the warning (the combination). */
  along: number;
  /** Feature weights, rounded; features not listed weigh 0. */
  weights: Readonly<Record<string, number>>;
  /** Whether the check before posting stops the draft (./draft-stop.ts). */
  stop: StopModel;
}

export const FEATURES_VERSION = 6;

/**
 * Weights as the data file lists them: by the rule a feature is crossed with ("patient-name" holds
 * "patient-name&…"), features of every rule under "". Read back into one flat table.
 */
export function byRule(groups: Readonly<Record<string, Readonly<Record<string, number>>>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [rule, weights] of Object.entries(groups)) {
    for (const [f, w] of Object.entries(weights)) out[rule ? `${rule}&${f}` : f] = w;
  }
  return out;
}

/** The inverse of byRule, for the fitting script (groups in order of first appearance). */
export function groupByRule(weights: Readonly<Record<string, number>>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [k, w] of Object.entries(weights)) {
    const i = k.indexOf('&');
    const [rule, f] = i < 0 ? ['', k] : [k.slice(0, i), k.slice(i + 1)];
    (out[rule] ??= {})[f] = w;
  }
  return out;
}

// The weights as a Map, made once per model: a draft's feature names are new strings, and a Map
// finds them faster than an object with thousands of keys does. Beside it, the readable label of
// each feature that has one (see explain), so a draft's features need no slicing to find it.
interface Table {
  weights: Map<string, number>;
  labels: Map<string, string>;
}
const tables = new WeakMap<PrivacyModel['weights'], Table>();
function table(model: PrivacyModel): Table {
  let t = tables.get(model.weights);
  if (!t) {
    const weights = new Map(Object.entries(model.weights));
    const labels = new Map<string, string>();
    for (const f of weights.keys()) {
      const base = f.includes('&') ? f.slice(f.indexOf('&') + 1) : f;
      const label = LABELS[base];
      if (label) labels.set(f, label);
    }
    tables.set(model.weights, (t = { weights, labels }));
  }
  return t;
}

export function logit(model: PrivacyModel, features: readonly string[]): number {
  const { weights } = table(model);
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return z;
}

export function probability(model: PrivacyModel, features: readonly string[]): number {
  return 1 / (1 + Math.exp(-logit(model, features)));
}

// Readable names of the cue classes, for the card's one-line why.
const LABELS: Record<string, string> = {
  'd:case': 'a patient story',
  'd:notice': 'a notice',
  'd:self': "the author's own life",
  'd:third': 'told about someone',
  'd:loss': 'a death',
  'd:media': 'an attached image',
  'd:famous': 'a public figure',
  'lx:given': 'a given name',
  'lx:region': 'a known place',
  'pw:patient': 'after "patient"',
  'pw:title': 'after a title',
  'pw:strong': 'after a word that names a person',
  'pw:prep': 'after a place word',
  'pw:encounter': 'beside an encounter',
  'pw:unit': 'after a room word',
  'pw:postcode': 'after a postcode word',
  'pw:label': 'after a record label',
  'nx:age': 'beside an age',
  'nx:num': 'beside a number',
  'nx:family': 'before "family"',
  'nx:event': 'beside an event',
  's:patient': 'in a sentence about a patient',
  's:encounter': 'in a sentence about a visit',
  's:title': 'beside a title',
  'pb:open': 'in brackets',
  'pb:comma': 'in an apposition',
  'lx:unknown': 'an unusual proper name',
  'in:mention': 'an @handle',
  'in:hashtag': 'a hashtag',
  digitgroups: 'grouped digits',
  'nq:2': 'with other details',
  'nq:3+': 'with several other details',
  'nd:1': 'beside a direct identifier',
  'nd:2': 'beside direct identifiers',
  'nd:3+': 'beside direct identifiers',
};

/** The two or three strongest readable cues that raised a candidate, e.g. "a given name, a patient story". */
export function explain(model: PrivacyModel, features: readonly string[]): string {
  const { weights, labels } = table(model);
  const best = new Map<string, number>();
  for (const f of features) {
    const w = weights.get(f) ?? 0;
    if (w <= 0) continue;
    const label = labels.get(f);
    if (label) best.set(label, (best.get(label) ?? 0) + w);
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([l]) => l)
    .join(', ');
}
