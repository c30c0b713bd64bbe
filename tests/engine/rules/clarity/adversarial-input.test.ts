// Every clarity and professionalism rule stays fast on hostile 25,000-character drafts.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../lib/engine/document.ts';
import { clarityRules } from '../../../../lib/engine/rules/clarity/index.ts';
import { professionalismRules } from '../../../../lib/engine/rules/professionalism/index.ts';
import { resolveSettings } from '../../../../lib/engine/settings.ts';

const N = 25_000;
const rep = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N);
const INPUTS = [
  '1', '.', '@', '#', ' ', '\u200d', '@a #b ', 'PLEASE STOP ', 'f*', 'sh!', 'a$$ ', 's/', "'", '( ', 'word ', 'https://a.co/',
  'Pt w/ HTN s/p MI b/c of smoking, @jo you should double your dose. This cures cancer, use my code. Frequent flyer #meded ',
].map(rep);

describe('clarity and professionalism rules on hostile input', () => {
  const settings = resolveSettings({ premium: true, patientFacing: true });
  for (const rule of [...clarityRules, ...professionalismRules]) {
    it(`${rule.id} finishes each 25,000-character draft quickly`, () => {
      for (const text of INPUTS) {
        const doc = buildDocument(text, settings, 0, 25_000);
        const t0 = performance.now();
        rule.check(doc);
        // Generous bound for a shared CI machine; a quadratic scan takes seconds here.
        expect(performance.now() - t0).toBeLessThan(1_000);
      }
    });
  }
});
