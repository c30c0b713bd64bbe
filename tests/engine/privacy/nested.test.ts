import { describe, expect, it } from 'vitest';
import { nested } from '../../../lib/engine/privacy/combine.ts';
import type { Finding, Severity } from '../../../lib/engine/types.ts';

const finding = (start: number, end: number, severity: Severity, fix?: string): Finding => ({
  rule: 'privacy/place', category: 'privacy', severity, start, end, message: 'm', ...(fix === undefined ? {} : { fix: { replacement: fix } }),
});

describe('nested privacy findings', () => {
  it('one card for the same words: a raised span inside another of at least its severity is left out', () => {
    const outer = finding(20, 35, 'block', 'nearby');
    const inner = finding(25, 35, 'block');
    const alsoInside = finding(22, 30, 'warn', 'a patient');
    const apart = finding(40, 45, 'warn');
    const out = nested([inner, outer, alsoInside, apart]);
    expect(out).toEqual(new Set([inner, alsoInside]));
  });

  it('keeps a more severe finding inside a weaker one, an exact fix inside a finding without one, and never counts info', () => {
    expect(nested([finding(20, 35, 'warn'), finding(25, 30, 'block')]).size).toBe(0);
    expect(nested([finding(20, 35, 'block'), finding(25, 30, 'block', '[number removed]')]).size).toBe(0);
    expect(nested([finding(20, 35, 'info'), finding(25, 30, 'warn')]).size).toBe(0);
  });
});
