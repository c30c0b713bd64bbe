// Drafts written for this project (posts and clinical questions, every name and place invented).
// The privacy model is fitted (lib/engine/data/privacy-weights.ts), so single drafts may go either
// way after a refit; what must hold is the share it gets right, scored as the judging harness does.
// The misses are listed in the failure message.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/index.ts';
import { scorePrivacy } from '../../scripts/eval/privacy.ts';

interface Draft {
  id: string;
  text: string;
  risky: boolean;
  phi: Array<{ span: string; kind: string }>;
  hashtags: string[];
}

const drafts = readFileSync(resolve(__dirname, 'privacy-drafts.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => ({ hashtags: [], ...(JSON.parse(l) as Omit<Draft, 'hashtags'>) }));

describe('privacy on invented drafts', () => {
  it('finds the risky drafts and their spans, and leaves the clean ones alone', () => {
    const misses: string[] = [];
    const s = scorePrivacy(drafts, drafts.map((d) => analyze(d.text)), misses);
    const why = misses.join('\n');
    expect(s.recall, why).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, why).toBeGreaterThanOrEqual(0.9);
    expect(s.spanRecall, why).toBeGreaterThanOrEqual(0.95);
    expect(s.cleanStopped, why).toBeLessThanOrEqual(0.02);
  });
});
