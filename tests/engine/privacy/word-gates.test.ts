// The word gates of privacy/text-facts.ts skip a pattern when the draft lacks every word the
// pattern's matches hold, or try it only near those words (gated()). Each gate lists its words by
// hand beside its pattern, so a word left out would silently drop findings. This test runs every
// privacy rule twice, gated and with every gate open, on the labelled drafts in their own case,
// upper case and lower case: the findings must be the same. (Leaving one word out of a gate gave
// dozens of differences when this was written.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { privacyRules } from '../../../lib/engine/rules/privacy/index.ts';
import { buildDocument } from '../../../lib/engine/document.ts';
import { resolveSettings, STANDARD_LIMIT } from '../../../lib/engine/settings.ts';
import { privacyLearningSet } from '../../../scripts/eval/corpus.ts';
import { TEST_NOW } from '../run-rule.ts';

type Engine = { rules: typeof privacyRules; build: typeof buildDocument };

/**
 * The privacy rules with every gate open: fresh copies of the modules, where text-facts' holds() is
 * always true and gated() is the global scan of the whole text it stands for.
 */
async function ungated(): Promise<Engine> {
  vi.resetModules();
  vi.doMock('../../../lib/engine/privacy/text-facts.ts', async (original) => ({
    ...(await original<object>()),
    holds: () => true,
    gated: (doc: { text: string }, re: RegExp) => [...doc.text.matchAll(new RegExp(re.source, `${re.flags.replace('y', '')}g`))],
  }));
  const rules = (await import('../../../lib/engine/rules/privacy/index.ts')).privacyRules;
  const build = (await import('../../../lib/engine/document.ts')).buildDocument;
  vi.doUnmock('../../../lib/engine/privacy/text-facts.ts');
  return { rules, build };
}

const settings = resolveSettings({ now: TEST_NOW });
const now = Date.parse(TEST_NOW);

function findings({ rules, build }: Engine, text: string): string {
  const doc = build(text, settings, now, STANDARD_LIMIT);
  return JSON.stringify(rules.map((r) => [r.id, r.check(doc)]));
}

const texts = [
  ...privacyLearningSet().map((d) => d.text),
  ...readFileSync(resolve(__dirname, '../privacy-drafts.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text),
];

describe('word gates', () => {
  it('change no privacy finding', async () => {
    const open = await ungated();
    const gated: Engine = { rules: privacyRules, build: buildDocument };
    const differ: string[] = [];
    for (const t of texts)
      for (const text of [t, t.toUpperCase(), t.toLowerCase()]) if (findings(gated, text) !== findings(open, text)) differ.push(text);
    expect(texts.length).toBeGreaterThan(1500);
    expect(differ.slice(0, 5)).toEqual([]);
  }, 120_000);
});
