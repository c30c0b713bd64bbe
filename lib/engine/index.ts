// The coaching engine: analyze(text, settings) -> Analysis. Pure TypeScript, relative imports,
// no DOM and no browser APIs, so it runs the same in Node, in tests, in the extension's pages and
// its background. The coach on X runs ./in-page.ts in the page and ./advice.ts in the background.
import type { Advice } from './advice.ts';
import { analyzeDraft, type AnalyzeOptions } from './analyze.ts';
import { suggestHashtags } from './hashtags/suggest.ts';
import { readability } from './readability.ts';
import { rules } from './rules/index.ts';
import { resolveSettings } from './settings.ts';
import { IN_PAGE_RULE_IDS } from './rules/in-page.ts';
import type { Analysis, Settings } from './types.ts';

export type * from './types.ts';
export type { AnalyzeOptions } from './analyze.ts';
export { DEFAULT_SETTINGS, validateSettings } from './settings.ts';
export { rules, ruleById } from './rules/index.ts';

/** Analyses a draft, hashtag suggestions included unless `options.hashtags` is false. Never throws. */
export function analyze(text: string, settings?: Partial<Settings>, options: AnalyzeOptions = {}): Analysis {
  return analyzeDraft(text, settings, options, { resolve: resolveSettings, rules, readability, suggest: suggestHashtags });
}

/** What the background script tells the coach on X: everything the page does not compute (./advice.ts). Never throws. */
export function advise(text: string, settings: Partial<Settings>, options: { hashtags: boolean }): Advice {
  const a = analyze(text, settings, options);
  const { grade, words, sentences } = a.stats;
  return { findings: a.findings.filter((f) => !IN_PAGE_RULE_IDS.has(f.rule)), hashtags: a.hashtags, stats: { grade, words, sentences } };
}
