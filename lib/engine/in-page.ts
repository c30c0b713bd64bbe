// The engine as the coach on X runs it, on every keystroke in the page: the privacy and length
// rules (./rules/in-page.ts) and the thread split, no readability and no hashtag suggestions. The
// background script runs the rest (./advice.ts) and the coach merges the two. Importing this file
// never loads the clarity and professionalism rules, readability or lib/engine/hashtags.
import { analyzeDraft } from './analyze.ts';
import { inPageRules } from './rules/in-page.ts';
import type { Analysis, Settings } from './types.ts';

export type * from './types.ts';
export type { AnalyzeOptions } from './analyze.ts';

/** Analyses a draft with the in-page rules only (`hashtags` empty, `stats.grade` null). Never throws. */
export function analyzeInPage(text: string, settings?: Partial<Settings>): Analysis {
  return analyzeDraft(text, settings, { hashtags: false }, { rules: inPageRules });
}
