// Whether a draft is about an identifiable patient: a second, draft-level model over what the
// candidate model found. Its probability decides both whether the draft is warned about (`flag`)
// and whether the check before posting stops it (`threshold`). One strong direct identifier stops
// a draft, and so does a combination of likely ones (an age, a town and a date in one story) that
// no single candidate proves; a lone likely name in a farewell thread is weighed with the thread.
// Fitted by scripts/fit-privacy.ts on the candidate model's out-of-fold probabilities; shipped in
// data/privacy-weights.ts as `stop`.
import type { Context } from '../types.ts';

export interface StopModel {
  /** Weights of the features below (DRAFT_FEATURES order). */
  weights: readonly number[];
  /** Probability at or above which the draft is stopped. */
  threshold: number;
  /** Probability at or above which the draft is warned about (its likely details raised). */
  flag: number;
}

/** Kinds of detail whose strongest candidate the stop model weighs apart (see features.ts). */
export const KINDS = ['name', 'time', 'age', 'place', 'code', 'quasi'] as const;
/** Draft cues (features.ts, without "d:") that tell a story from a history, a tribute or a greeting. */
export const DRAFT_CUE_FEATURES = ['invented', 'tribute', 'history', 'loss', 'thanks', 'holiday', 'pet', 'teach', 'famous', 'foreign', 'media', 'mention', 'first', 'third', 'question'] as const;

// As the candidates' draft features spell them, made once.
const DRAFT_CUE_KEYS = DRAFT_CUE_FEATURES.map((c) => `d:${c}`);

// The features' names, for the fitting script: made in a call marked pure, so that the extension's
// bundle, which never reads them, leaves them out.
export const DRAFT_FEATURES: readonly string[] = /* @__PURE__ */ (() => [
  'bias', 'top', 'topDirect', 'second', 'warned', 'details', 'rules', 'case', 'notice', 'self', 'words',
  ...KINDS.map((k) => `kind:${k}`),
  ...DRAFT_CUE_KEYS,
  'top²', 'topDirect²', 'second²', 'words²',
])();

export interface Weighed {
  p: number;
  direct: boolean;
  rule: string;
  /** The kind of detail (KINDS). */
  kind: string;
}

const logit = (p: number) => {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
};

// Where top, topDirect, second and words stand in a row of draftFeatures: also weighed squared.
const SQUARED = [1, 2, 3, 10] as const;

// A detail the stop model counts ("details", "rules"): one the candidate model gives two chances
// in five. Fixed, not the fitted along threshold, which is chosen for highlighting, not stopping.
const DETAIL = 0.4;

/** The draft's features, in DRAFT_FEATURES order: probabilities as logits, counts capped; `cues`: cuesOf the candidates' draft features; `words`: the draft-words probability (draft-words.ts). */
export function draftFeatures(cands: readonly Weighed[], warn: number, context: Context, cues: readonly number[], words: number): number[] {
  let top = 0, second = 0, topDirect = 0, warned = 0, details = 0;
  const rules = new Set<string>();
  // Doubles from the start: an array of small integers would change its kind at the first probability.
  const byKind = new Float64Array(KINDS.length);
  for (const c of cands) {
    const k = KINDS.indexOf(c.kind as (typeof KINDS)[number]);
    if (k >= 0 && c.p > byKind[k]!) byKind[k] = c.p;
    if (c.p > top) {
      second = top;
      top = c.p;
    }
    else if (c.p > second) second = c.p;
    if (c.direct && c.p > topDirect) topDirect = c.p;
    if (c.p >= warn) warned++;
    if (c.p >= DETAIL) { details++; rules.add(c.rule); }
  }
  const x = [
    1, logit(top), logit(topDirect), logit(second), Math.min(warned, 4), Math.min(details, 6), Math.min(rules.size, 4),
    context.patientCase ? 1 : 0, context.announcement ? 1 : 0, context.selfStory ? 1 : 0, logit(words),
  ];
  // How far each kind's strongest candidate stands above the warning line (0 below it). Pushed in
  // loops, not spread: this runs on every keystroke.
  for (const p of byKind) x.push(Math.max(0, logit(p) - logit(warn)));
  for (const c of cues) x.push(c);
  // The same logits squared: the evidence counts more the further it stands out (a linear weight
  // on the draft's words alike for the clearly clean and the clearly risky stopped 1.5 points fewer
  // risky drafts at the clean budget, on cross-validation).
  for (const i of SQUARED) x.push(x[i]! * x[i]!);
  return x;
}

// By draft features: drafts alike share one array (features.ts).
const cueRows = new WeakMap<readonly string[], number[]>();

/** Whether a candidate's draft features (Candidate.draft, shared by a draft's candidates) hold each draft cue (1) or not (0), in DRAFT_CUE_FEATURES order. */
export function cuesOf(features: readonly string[] = []): readonly number[] {
  let out = cueRows.get(features);
  if (!out) cueRows.set(features, (out = DRAFT_CUE_KEYS.map((c) => (features.includes(c) ? 1 : 0))));
  return out;
}

export function stopProbability(model: Pick<StopModel, 'weights'>, x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
