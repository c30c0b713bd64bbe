// What the words of a whole draft say about it: a logistic regression over which words it uses,
// fitted by scripts/fit-privacy.ts on the labelled drafts (is the draft risky?) and shipped in
// data/privacy-weights.ts as `words`. The hand-made cue classes (data/privacy-cues.ts) name a few kinds of post;
// this reads all the common words, so an obituary, a pet, a clinic notice or a bedside story is
// told apart by what it says, not only by the words someone thought to list. Its probability is one
// more cue of every candidate (features.ts), bucketed, so the candidate model decides what it is worth.
import type { Document } from '../types.ts';
import { byWordNumber, numberedLexemes } from './word-numbers.ts';

export interface WordModel {
  bias: number;
  /** Weight of each word a draft uses (lower-case; numbers as in draftWords); other words weigh 0. */
  weights: Readonly<Record<string, number>>;
}

// A number says how long it is, not which number: "<n>" up to three digits, "<nnnn>" longer.
// (Writing the digits of "19yo" or "58m" as one mark scored lower on cross-validation.)
const DIGITS = /^\d+$/;
const LETTER_OR_DIGIT = /^[\p{L}\d]/u;

/** A lower-case word as the model reads it: a number by its length ("<n>", "<nnnn>"), any other word as itself. */
function wordForm(l: string): string {
  // The pattern only for a word that starts with a digit: a call per word costs more than a look-up.
  const c = l.charCodeAt(0);
  return c >= 48 && c <= 57 && DIGITS.test(l) ? (l.length <= 3 ? '<n>' : '<nnnn>') : l;
}

/** The distinct word forms of a draft, as the model reads them (punctuation is no word). */
export function draftWords(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const w of doc.words) {
    const form = wordForm(w.lower);
    if (form !== w.lower || LETTER_OR_DIGIT.test(form)) out.add(form);
  }
  return out;
}

/** The probability the model gives a draft that uses these words. */
export function wordProbability(model: WordModel, words: Iterable<string>): number {
  const { index, weights } = tableOf(model);
  let z = model.bias;
  for (const w of words) {
    const k = index.get(w);
    if (k !== undefined) z += weights[k]!;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Weights as the data file lists them, words grouped by weight ("0.7": "bed his pt"); read back into one table. */
export function byWeight(groups: Readonly<Record<string, string>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [w, words] of Object.entries(groups)) for (const word of words.split(' ')) out[word] = Number(w);
  return out;
}

/** The inverse of byWeight, for the fitting script (weights in descending order, words sorted). */
export function groupByWeight(weights: Readonly<Record<string, number>>): Record<string, string> {
  const groups = new Map<number, string[]>();
  for (const [word, w] of Object.entries(weights)) groups.set(w, [...(groups.get(w) ?? []), word]);
  return Object.fromEntries([...groups].sort((a, b) => b[0] - a[0]).map(([w, words]) => [String(w), words.sort().join(' ')]));
}

let stamp = 0;

/** wordProbability(model, draftWords(doc)) in one pass: the same sum in the same order (weightless words add 0). */
export function draftProbability(model: WordModel, doc: Document): number {
  const t = tableOf(model);
  const { index, byNumber, weights, met } = t;
  const lexemes = numberedLexemes(doc);
  const call = ++stamp;
  let z = model.bias;
  for (let i = 0; i < doc.words.length; i++) {
    const x = lexemes[i]!;
    const form = wordForm(x.lower);
    if (form !== x.lower) {
      // A number by its length, in the Map; each form once, as the set of draftWords counts it.
      const k = index.get(form);
      if (k === undefined || met[k] === call) continue;
      met[k] = call;
      z += weights[k]!;
      continue;
    }
    // A word as itself by its number (word-numbers.ts), its weight kept on its lexeme for this
    // model (the word's own record, already read: no table read per word), counted once.
    if (x.words !== t) {
      const k = x.firstId < 0 ? undefined : byNumber[x.firstId];
      x.weight = k === undefined ? NaN : weights[k]!;
      x.words = t;
    }
    if (x.weight !== x.weight || x.counted === call) continue;
    x.counted = call;
    z += x.weight;
  }
  return 1 / (1 + Math.exp(-z));
}

// The model's words numbered (draft words are looked up in Maps only: "constructor" is a word),
// with by number their weight and the call of draftProbability that last met them: no look-up per
// draft word, no set per keystroke.
interface Table {
  index: Map<string, number>;
  /** The model's number of a word, by the word's number (word-numbers.ts); none for punctuation, no word to draftWords. */
  byNumber: Array<number | undefined>;
  weights: number[];
  met: number[];
}
const tables = new WeakMap<WordModel, Table>();
function tableOf(model: WordModel): Table {
  let t = tables.get(model);
  if (!t) {
    const entries = Object.entries(model.weights);
    const index = new Map(entries.map(([w], k) => [w, k]));
    t = {
      index,
      byNumber: byWordNumber(Object.keys(model.weights), (w) => (LETTER_OR_DIGIT.test(w) ? index.get(w) : undefined)),
      weights: entries.map(([, x]) => x),
      met: entries.map(() => 0),
    };
    tables.set(model, t);
  }
  return t;
}

// Buckets of the probability: the candidate model learns one weight for each.
const CUTS = [0.1, 0.25, 0.5, 0.75, 0.9];

/** The bucket of a draft's word probability, 0 (surely clean) to 5 (surely risky). */
export function wordBucket(p: number): number {
  let b = 0;
  for (const c of CUTS) if (p >= c) b++;
  return b;
}
