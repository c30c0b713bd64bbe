// The engine as the coach on X runs it, on every keystroke in the page: every rule, no hashtag
// suggestions (their model is the engine's largest part; the background script suggests when the
// panel opens). Importing this file never loads lib/engine/hashtags.
import { analyzeDraft } from './analyze.ts';
import type { Analysis, Settings } from './types.ts';

export type * from './types.ts';
export type { AnalyzeOptions } from './analyze.ts';

/** Analyses a draft without hashtag suggestions (`hashtags` is always empty). Never throws. */
export function analyzeInPage(text: string, settings?: Partial<Settings>): Analysis {
  return analyzeDraft(text, settings, { hashtags: false });
}
