// Whether the check before posting stops a draft: a second, draft-level model over what the
// candidate model found. One strong direct identifier stops a draft, and so does a combination
// of likely ones (an age, a town and a date in one story) that no single candidate proves.
// Fitted by scripts/fit-privacy.ts on the candidate model's out-of-fold probabilities; shipped in
// data/privacy-weights.ts as `stop`.
import type { Context } from '../types.ts';

export interface StopModel {
  /** Weights of the features below (DRAFT_FEATURES order). */
  weights: readonly number[];
  /** Probability at or above which the draft is stopped. */
  threshold: number;
}

export const DRAFT_FEATURES = ['bias', 'top', 'topDirect', 'second', 'warned', 'along', 'rules', 'case', 'notice', 'self'] as const;

export interface Weighed {
  p: number;
  direct: boolean;
  rule: string;
}

const logit = (p: number) => {
  const q = Math.min(0.99, Math.max(0.01, p));
  return Math.log(q / (1 - q));
};

/** The draft's features, in DRAFT_FEATURES order: probabilities as logits, counts capped. */
export function draftFeatures(cands: readonly Weighed[], warn: number, along: number, context: Context): number[] {
  let top = 0, second = 0, topDirect = 0, warned = 0, alongCount = 0;
  const rules = new Set<string>();
  for (const c of cands) {
    if (c.p > top) [second, top] = [top, c.p];
    else if (c.p > second) second = c.p;
    if (c.direct && c.p > topDirect) topDirect = c.p;
    if (c.p >= warn) warned++;
    if (c.p >= along) { alongCount++; rules.add(c.rule); }
  }
  return [
    1, logit(top), logit(topDirect), logit(second), Math.min(warned, 4), Math.min(alongCount, 6), Math.min(rules.size, 4),
    context.patientCase ? 1 : 0, context.announcement ? 1 : 0, context.selfStory ? 1 : 0,
  ];
}

export function stopProbability(model: StopModel, x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
