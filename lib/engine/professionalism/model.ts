// The fitted weights applied: a candidate is reported when its bias plus the weights of its cue
// classes is above zero (a logistic model's probability above one half).
import { PROFESSIONALISM_MODEL } from '../data/professionalism-model.ts';
import type { Document } from '../types.ts';
import { KINDS, candidates, mayScoreAbove0, type Candidate, type Kind } from './candidates.ts';

export interface KindModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

export function score(model: KindModel, features: readonly string[]): number {
  let s = model.bias;
  for (const f of features) s += model.weights[f] ?? 0;
  return s;
}

// Each kind's weights in a Map: a class name read from a candidate is looked up by its (kept)
// hash, where a property read by a name that varies goes through the slow generic path.
const WEIGHTS = new Map<Kind, Map<string, number>>(KINDS.map((k) => [k, new Map(Object.entries(PROFESSIONALISM_MODEL.kinds[k].weights))]));

/** Every candidate of one kind with its score; the model keeps those above zero. */
export function scored(doc: Document, kind: Kind): Array<Candidate & { score: number }> {
  const bias = PROFESSIONALISM_MODEL.kinds[kind].bias;
  const weights = WEIGHTS.get(kind)!;
  // The candidates are made anew for this call: each takes its score in place (no copy each).
  const out = candidates(doc, kind) as Array<Candidate & { score: number }>;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    // The same sum as score(): the bias, then each class's weight in the candidate's order.
    let s = bias;
    for (const f of c.features) s += weights.get(f) ?? 0;
    c.score = s;
  }
  return out;
}

/** The candidates of one kind that the fitted model keeps. */
export function detect(doc: Document, kind: Kind): Candidate[] {
  return scored(doc, kind).filter((c) => c.score > 0);
}

/**
 * The kept candidates and, once a post has one, the candidates beside it that show one of the
 * given cue classes: a post judged promotional has every code and link pointed out, a reply
 * judged to give advice every instruction. Whether the post is flagged is the model's call alone.
 */
export function detectWithCompanions(doc: Document, kind: Kind, companions: ReadonlySet<string>): Candidate[] {
  // No candidate can be kept: none is a companion either.
  if (!mayScoreAbove0(doc, kind)) return [];
  const all = scored(doc, kind);
  if (!all.some((c) => c.score > 0)) return [];
  return all.filter((c) => c.score > 0 || c.features.some((f) => companions.has(f)));
}
