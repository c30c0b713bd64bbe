// The privacy model: a logistic regression over the cue features of each candidate, fitted by
// scripts/fit-privacy.ts and shipped in data/privacy-weights.ts. Inference is one sum of weights
// per candidate; the thresholds turn the probability into a severity.

import type { StopModel } from './draft-stop.ts';
import type { WordModel } from './draft-words.ts';

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
  /** What the draft's words say, a cue of every candidate (./draft-words.ts). */
  words: WordModel;
}

export const FEATURES_VERSION = 8;

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

// The weights as Maps, made once per model: every feature by its full name, and crossed ones also
// by their prefix (a rule or a kind of detail), so a candidate's crossed cues are looked up
// without spelling out their names; with the sums worked out from them (Sums, `labels`).
interface Table {
  weights: Map<string, number>;
  crossed: Map<string, Map<string, number>>;
  sums: Sums;
  /** explain's sums, by rule and kind (see there). */
  labels: Map<string, Map<string, Map<string, number>>>;
}
const tables = new WeakMap<PrivacyModel['weights'], Table>();
function table(model: PrivacyModel): Table {
  let t = tables.get(model.weights);
  if (!t) {
    const weights = new Map(Object.entries(model.weights));
    const crossed = new Map<string, Map<string, number>>();
    for (const [f, w] of weights) {
      const i = f.indexOf('&');
      if (i < 0) continue;
      const prefix = f.slice(0, i);
      let m = crossed.get(prefix);
      if (!m) crossed.set(prefix, (m = new Map()));
      m.set(f.slice(i + 1), w);
    }
    tables.set(model.weights, (t = { weights, crossed, sums: { cues: new Map(), base: new WeakMap(), drafts: new WeakMap() }, labels: new Map() }));
  }
  return t;
}

/** A candidate's cues as the model reads them (privacy/features.ts Candidate). */
export interface Cues {
  base: readonly string[];
  local: readonly string[];
  draft: readonly string[];
  prefix: string;
  group: string;
}

// Per model and rule, the summed weight of each cue as itself, crossed with the rule and with its
// kind: one lookup per cue instead of three, filled in as cues are met (a few thousand at most);
// the sum of a rule's own cues (Cues.base, shared by its candidates); and by draft cues (a draft's
// candidates share one array, and so do drafts alike, features.ts), their sum for each rule.
interface Sums {
  cues: Map<string, Map<string, number>>;
  base: WeakMap<readonly string[], number>;
  drafts: WeakMap<readonly string[], Map<string, number>>;
}

/** The probability of a candidate: its weights summed over candidate.features, without spelling out crossed names. */
export function candidateProbability(model: PrivacyModel, c: Cues): number {
  const t = table(model);
  const s = t.sums;
  let sum = s.cues.get(c.prefix);
  if (!sum) s.cues.set(c.prefix, (sum = new Map()));
  const { weights, crossed } = t;
  const byRule = crossed.get(c.prefix);
  const byKind = crossed.get(c.group);
  let z = s.base.get(c.base);
  if (z === undefined) {
    z = 0;
    for (const f of c.base) z += weights.get(f) ?? 0;
    s.base.set(c.base, z);
  }
  // Written out twice rather than as a closure: this runs for every candidate on every keystroke.
  for (const f of c.local) {
    let w = sum.get(f);
    if (w === undefined) sum.set(f, (w = (weights.get(f) ?? 0) + (byRule?.get(f) ?? 0) + (byKind?.get(f) ?? 0)));
    z += w;
  }
  let drafts = s.drafts.get(c.draft);
  if (!drafts) s.drafts.set(c.draft, (drafts = new Map()));
  let d = drafts.get(c.prefix);
  if (d === undefined) {
    d = 0;
    for (const f of c.draft) {
      let w = sum.get(f);
      if (w === undefined) sum.set(f, (w = (weights.get(f) ?? 0) + (byRule?.get(f) ?? 0) + (byKind?.get(f) ?? 0)));
      d += w;
    }
    drafts.set(c.prefix, d);
  }
  return 1 / (1 + Math.exp(-(z + d)));
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
  // The draft-words model's top buckets (draft-words.ts): the post's words read like a case.
  'dw:4': 'case-like wording',
  'dw:5': 'case-like wording',
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

const LABEL_OF = new Map(Object.entries(LABELS));

// Per model (Table.labels), rule and kind, what each cue with a label adds to it: its positive weights
// as itself, with the rule and with the kind, summed in that order (made as cues are met; 0: none positive).

/** The two or three strongest readable cues that raised a candidate, e.g. "a given name, a patient story". */
export function explain(model: PrivacyModel, c: Cues): string {
  const t = table(model);
  const byPrefix = t.labels;
  let byGroup = byPrefix.get(c.prefix);
  if (!byGroup) byPrefix.set(c.prefix, (byGroup = new Map()));
  let sums = byGroup.get(c.group);
  if (!sums) byGroup.set(c.group, (sums = new Map()));
  // The three strongest, in order (ties by label): an insertion into a list of three, not a sort of all.
  // A candidate's cues each have their own label (one "dw:", one "nd:" each), so each label is one cue's sum.
  const top: Array<[string, number]> = [];
  // The rule's own cues (Cues.base) are never crossed, and none has a label.
  for (const fs of [c.local, c.draft]) {
    for (const f of fs) {
      // Most cues have no label: one look-up in the small table of labels settles them.
      const label = LABEL_OF.get(f);
      if (label === undefined) continue;
      let v = sums.get(f);
      if (v === undefined) {
        v = 0;
        for (const m of [t.weights, t.crossed.get(c.prefix), t.crossed.get(c.group)]) {
          const w = m?.get(f) ?? 0;
          if (w > 0) v += w;
        }
        sums.set(f, v);
      }
      if (v > 0) {
        let i = top.length;
        while (i > 0 && (top[i - 1]![1] < v || (top[i - 1]![1] === v && top[i - 1]![0] > label))) i--;
        if (i < 3) top.splice(i, 0, [label, v]);
        if (top.length > 3) top.pop();
      }
    }
  }
  let out = '';
  for (const [l] of top) out = out ? `${out}, ${l}` : l;
  return out;
}
