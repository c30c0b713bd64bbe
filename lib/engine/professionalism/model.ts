// The fitted weights applied: a candidate is reported when its bias plus the weights of its cue
// classes is above zero (a logistic model's probability above one half).
import { PROFESSIONALISM_MODEL } from '../data/professionalism-model.ts';
import type { Document } from '../types.ts';
import { candidates, type Candidate, type Kind } from './candidates.ts';

export interface KindModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

export function score(model: KindModel, features: readonly string[]): number {
  let s = model.bias;
  for (const f of features) s += model.weights[f] ?? 0;
  return s;
}

/** The candidates of one kind that the fitted model keeps. */
export function detect(doc: Document, kind: Kind): Candidate[] {
  const model = PROFESSIONALISM_MODEL.kinds[kind];
  return candidates(doc, kind).filter((c) => score(model, c.features) > 0);
}
