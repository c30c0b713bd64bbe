// twitter-text's own weighted-length conformance cases, run through the JSON CLI exactly as a
// caller would use it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Case {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean };
}

const root = resolve(__dirname, '../..');
const suite = load(readFileSync(resolve(root, '../shared/conformance/twitter-text-validate.yml'), 'utf8')) as {
  tests: Record<string, Case[]>;
};
const cases = [...suite.tests.WeightedTweetsWithDiscountedEmojiCounterTest!, ...suite.tests.UnicodeDirectionalMarkerCounterTest!];

describe('twitter-text weighted length conformance, through `check --json`', () => {
  const input = cases.map((c) => JSON.stringify({ text: c.text })).join('\n') + '\n';
  const out = execFileSync(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'scripts/check.ts'), '--json'], { input, encoding: 'utf8' });
  const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { length: { weighted: number; valid: boolean } });

  it('has all 24 cases and one output line each', () => {
    expect(cases).toHaveLength(24);
    expect(lines).toHaveLength(24);
  });
  cases.forEach((c, i) => {
    it(c.description, () => {
      expect(lines[i]!.length).toMatchObject({ weighted: c.expected.weightedLength, valid: c.expected.valid });
    });
  });
});
