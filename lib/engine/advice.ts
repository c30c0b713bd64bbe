// What the background script tells the coach on X about a draft (`advise` in ./index.ts): the
// findings of the rules the page does not run (everything outside ./rules/in-page.ts), the
// readability figures and, while a panel is open, hashtag suggestions; and how the coach merges it
// with the page's own analysis. Imports no rule, so the page can use it.
import type { Analysis, Finding, Stats, Suggestion } from './types.ts';

export interface Advice {
  findings: Finding[];
  hashtags: Suggestion[];
  stats: Pick<Stats, 'grade' | 'words' | 'sentences'>;
}

/** Findings in text order, then by rule id (by code unit: localeCompare gives the same order for ASCII ids, at many times the cost). */
export const inTextOrder = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

export const NO_ADVICE: Advice = { findings: [], hashtags: [], stats: { grade: null, words: 0, sentences: 0 } };

/** The page's analysis with the advice added: findings in text order, hashtags and readability from the advice. */
export function withAdvice(inPage: Analysis, advice: Advice): Analysis {
  const findings = advice.findings.length
    ? [...inPage.findings, ...advice.findings].sort(inTextOrder)
    : inPage.findings;
  return { ...inPage, findings, hashtags: advice.hashtags, stats: { ...inPage.stats, ...advice.stats } };
}

/**
 * Findings for `from` moved onto `to`, the same text after one edit (typing, a paste, a fix):
 * those before the edited stretch stay, those after it move with it, those touching it (or next to
 * it: the word they quote may have changed) are dropped.
 * Linear in the texts' length.
 */
export function carryFindings(findings: readonly Finding[], from: string, to: string): Finding[] {
  if (from === to) return [...findings];
  const max = Math.min(from.length, to.length);
  let head = 0;
  while (head < max && from.charCodeAt(head) === to.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)) tail++;
  const editEnd = from.length - tail;
  const shift = to.length - from.length;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.end < head) out.push(f);
    else if (f.start > editEnd) out.push({ ...f, start: f.start + shift, end: f.end + shift });
  }
  return out;
}
