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
  /** Probability at or above which a candidate is a likely identifier: the draft model counts them, and a stopped draft's are what stop it. */
  warn: number;
  /** In a draft warned about (the draft model's call, ./draft-stop.ts), candidates at or above this join the warning (the combination). */
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

// Cues are numbered on first sight, once (features.ts keeps a candidate's cues as numbers), so
// that scoring a candidate reads arrays by number where it hashed a name per cue. The names stay
// for the weights, the fitting script and the explanation.
const CUE_NAMES: string[] = [''];
const CUE_NUMBER = new Map<string, number>();
/**
 * The number of a cue name. Names are classes, shapes and rule messages: a few thousand. Past a
 * cap (odd input), a new name gets 0, the empty name, which no weight has: it weighs 0 as before
 * (the weights' own names are numbered when the first draft is scored, far below the cap).
 */
export function cueNumber(name: string): number {
  let n = CUE_NUMBER.get(name);
  if (n === undefined) {
    if (CUE_NAMES.length >= 20000) return 0;
    CUE_NUMBER.set(name, (n = CUE_NAMES.length));
    CUE_NAMES.push(name);
  }
  return n;
}
/** The name of a cue number. */
export const cueName = (n: number): string => CUE_NAMES[n]!;

// Per model: the weights as a Map, and what is worked out from them, by rule (Cues.prefix) and cue
// number: `sums`, each cue's weight as itself, crossed with the rule and with its kind, filled in
// as cues are met (one array read per cue where three names were looked up); `labels`, explain's.
interface Table {
  weights: Map<string, number>;
  sums: Map<string, number[]>;
  labels: Map<string, number[]>;
}
const tables = new WeakMap<PrivacyModel['weights'], Table>();
function table(model: PrivacyModel): Table {
  let t = tables.get(model.weights);
  if (!t) {
    const weights = new Map(Object.entries(model.weights));
    for (const f of weights.keys()) cueNumber(f.slice(f.indexOf('&') + 1));
    tables.set(model.weights, (t = { weights, sums: new Map(), labels: new Map() }));
  }
  return t;
}

/** A candidate's cues as the model reads them (privacy/features.ts Candidate), by number (cueNumber). */
export interface Cues {
  base: readonly number[];
  local: readonly number[];
  draftCues: readonly number[];
  prefix: string;
  group: string;
}

/** A rule's array by cue number, NaN where not worked out yet, grown to every number given so far (reads stay in bounds). */
function row(rows: Map<string, number[]>, prefix: string): number[] {
  let xs = rows.get(prefix);
  if (!xs) rows.set(prefix, (xs = []));
  while (xs.length < CUE_NAMES.length) xs.push(NaN);
  return xs;
}

/** The weights of cue n as itself, with the rule and with the kind, in that order. */
function crossed(t: Table, c: Cues, n: number): number[] {
  const f = CUE_NAMES[n]!;
  return [f, `${c.prefix}&${f}`, `${c.group}&${f}`].map((k) => t.weights.get(k) ?? 0);
}

/** `z` plus the summed weights (Table.sums) of cues `ns`. */
function add(t: Table, c: Cues, sum: number[], z: number, ns: readonly number[]): number {
  for (const n of ns) {
    let w = sum[n]!;
    // (NaN: not worked out yet.)
    if (w !== w) w = sum[n] = crossed(t, c, n).reduce((a, b) => a + b);
    z += w;
  }
  return z;
}

/** The probability of a candidate: its weights summed over candidate.features, without spelling out crossed names. */
export function candidateProbability(model: PrivacyModel, c: Cues): number {
  const t = table(model);
  const sum = row(t.sums, c.prefix);
  // The rule's own cues first, then the candidate's, and the draft's summed apart, as before. (The
  // rule's own are never crossed, so no crossed weight names them: their sums are their weights.)
  return 1 / (1 + Math.exp(-(add(t, c, sum, add(t, c, sum, 0, c.base), c.local) + add(t, c, sum, 0, c.draftCues))));
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

// The labels by cue number (cueNumber): an array read settles the many cues without one.
const LABEL_OF: Array<string | undefined> = [];
for (const [f, label] of Object.entries(LABELS)) LABEL_OF[cueNumber(f)] = label;

/** The two or three strongest readable cues that raised a candidate, e.g. "a given name, a patient story". */
export function explain(model: PrivacyModel, c: Cues): string {
  const t = table(model);
  // By rule (Table.labels), what each cue with a label adds to the candidate: its positive weights
  // as itself, with the rule and with the kind, summed in that order (0: none positive).
  const sums = row(t.labels, c.prefix);
  // The three strongest, in order (ties by label): an insertion into a list of three, not a sort of all.
  // A candidate's cues each have their own label (one "dw:", one "nd:" each), so each label is one cue's sum.
  const top: Array<[string, number]> = [];
  // The rule's own cues (Cues.base) are never crossed, and none has a label.
  for (const ns of [c.local, c.draftCues]) {
    for (const n of ns) {
      const label = LABEL_OF[n];
      if (label === undefined) continue;
      let v = sums[n]!;
      if (v !== v) {
        v = 0;
        for (const w of crossed(t, c, n)) if (w > 0) v += w;
        sums[n] = v;
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
