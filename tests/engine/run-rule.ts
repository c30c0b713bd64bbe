// Runs one rule on a draft (no test framework here, so scripts can use it too).
import { buildDocument } from '../../lib/engine/document.ts';
import { resolveSettings, PREMIUM_LIMIT, STANDARD_LIMIT } from '../../lib/engine/settings.ts';
import type { Rule, Settings } from '../../lib/engine/types.ts';

/** A fixed clock so relative dates, conferences and chat slots are reproducible. */
export const TEST_NOW = '2026-11-22T12:00:00Z';

export function runRule(rule: Rule, text: string, settings?: Partial<Settings>) {
  const s = resolveSettings({ now: TEST_NOW, ...settings });
  const doc = buildDocument(text, s, new Date(s.now!).getTime(), s.premium ? PREMIUM_LIMIT : STANDARD_LIMIT);
  return rule
    .check(doc)
    .map((f) => ({ ...f, text: text.slice(f.start, f.end) }))
    .sort((a, b) => a.start - b.start);
}

