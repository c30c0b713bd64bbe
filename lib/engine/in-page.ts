// The engine as the coach on X runs it, on every keystroke in the page: the privacy and length
// rules (./rules/in-page.ts) and the thread split, no readability and no hashtag suggestions. The
// background script runs the rest (./advice.ts) and the coach merges the two. Importing this file
// never loads the clarity and professionalism rules, readability or lib/engine/hashtags.
import { analyzeDraft } from './analyze.ts';
import { inPageRules } from './rules/in-page.ts';
import { DEFAULT_SETTINGS } from './settings-defaults.ts';
import type { Analysis, Settings } from './types.ts';

export type * from './types.ts';
export type { AnalyzeOptions } from './analyze.ts';

// The coach's settings come from the background script, which validated them (lib/store): here they
// are only completed with the defaults, which keeps the validator out of every X tab.
const withDefaults = (settings: Partial<Settings> | undefined): Settings => ({ ...DEFAULT_SETTINGS, ...settings });

/**
 * Analyses a draft with the in-page rules only (`hashtags` empty, `stats.grade` null). The settings
 * must be valid ones (as the settings store keeps them); a missing key takes its default. Never throws.
 */
export function analyzeInPage(text: string, settings?: Partial<Settings>): Analysis {
  return analyzeDraft(text, settings, { hashtags: false }, { resolve: withDefaults, rules: inPageRules });
}
