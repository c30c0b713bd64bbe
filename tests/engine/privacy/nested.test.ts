import { describe, expect, it } from 'vitest';
import { nested } from '../../../lib/engine/privacy/combine.ts';
import { Candidate } from '../../../lib/engine/privacy/features.ts';
import { rule as name } from '../../../lib/engine/rules/privacy/patient-name.ts';
import { rule as place } from '../../../lib/engine/rules/privacy/place.ts';
import type { Severity } from '../../../lib/engine/types.ts';

const cand = (start: number, end: number, r = place) => new Candidate(r, { start, end, message: 'm' }, [], [], [], '', '');

describe('nested privacy findings', () => {
  it('one card for the same words: a raised span inside another of at least its severity is left out', () => {
    const outer = cand(20, 35);
    const inner = cand(25, 35, name);
    const stronger = cand(22, 30, name);
    const apart = cand(40, 45);
    const w = (candidate: Candidate, severity: Severity) => ({ candidate, severity });
    const out = nested([w(inner, 'block'), w(outer, 'block'), w(stronger, 'block'), w(apart, 'warn')]);
    expect([...out]).toEqual(expect.arrayContaining([inner, stronger]));
    expect(out.size).toBe(2);
    // A more severe finding inside a weaker one stays; info findings are never cards.
    expect(nested([w(outer, 'warn'), w(inner, 'block')]).size).toBe(0);
    expect(nested([w(outer, 'info'), w(inner, 'warn')]).size).toBe(0);
  });
});
