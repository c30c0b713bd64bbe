// Folds spelling variants together before hashtag matching: regional terms and abbreviations
// from a table, then the classes of British spelling (ae -> e, -our -> -or, -ise -> -ize, ...).
// The draft's words and the ontology's triggers both pass through here, so they meet halfway.
import { DIGRAPHS, ENDINGS, TERMS } from '../data/hashtag-spelling.ts';

// A Map, not the object: a draft's word must not find what objects inherit ("constructor").
const TERM_OF = new Map(Object.entries(TERMS));
const CACHE_MAX = 4096;
const cache = new Map<string, string>();

function foldSpelling(w: string): string {
  let out = w;
  for (const [from, to, inner] of DIGRAPHS) {
    if (!out.includes(from, inner ? 1 : 0)) continue;
    out = inner ? out[0] + out.slice(1).split(from).join(to) : out.split(from).join(to);
  }
  for (const r of ENDINGS) {
    if (out.length - r.from.length < r.minStem || !out.endsWith(r.from) || r.except.includes(out)) continue;
    out = out.slice(0, -r.from.length) + r.to;
    break;
  }
  return out;
}

/**
 * One lower-case token -> its normalised form: one word, or several separated by spaces
 * ("afib" -> "atrial fibrillation"). Cached: the same words come back on every keystroke.
 */
export function normalizeWord(lower: string): string {
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  const term = TERM_OF.get(lower);
  let out: string;
  if (term !== undefined) out = term;
  else {
    const folded = foldSpelling(lower);
    out = TERM_OF.get(folded) ?? folded;
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(lower, out);
  return out;
}

/** Normalised tokens of a list of lower-case words (each expansion split into its words). */
export function normalizeWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const n = normalizeWord(w);
    if (n.includes(' ')) for (const p of n.split(' ')) out.push(p);
    else out.push(n);
  }
  return out;
}

/** The word without a possessive or a plural 's', or null. */
export function altForm(lower: string): string | null {
  if (lower.endsWith("'s")) return lower.slice(0, -2);
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is')) return lower.slice(0, -1);
  return null;
}

/** A light stem for the model's vocabulary: plural, possessive, -ing and -ed dropped. */
export function stem(w: string): string {
  let s = altForm(w) ?? w;
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 5 && s.endsWith('ed') && !s.endsWith('eed')) s = s.slice(0, -2);
  return s;
}
