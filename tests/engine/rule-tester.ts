// A table-driven tester in the spirit of ESLint's RuleTester: `valid` drafts must stay silent,
// `invalid` drafts must produce exactly the expected spans (by flagged text, or by offsets).
import { describe, expect, it } from 'vitest';
import { runRule } from './run-rule.ts';
import type { Rule, Settings, Severity } from '../../lib/engine/types.ts';

export { runRule, TEST_NOW } from './run-rule.ts';

export interface ExpectedFinding {
  /** The exact flagged text (text.slice(start, end)). */
  text: string;
  /** Its offset; by default the first occurrence of `text` at or after the previous finding's start. */
  start?: number;
  severity?: Severity;
  /** Expected fix replacement, when the rule offers one; null: the rule offers none. */
  fix?: string | null;
  /** The whole draft once this finding's fix is applied: how the fixed sentence reads. */
  output?: string;
}

/** Where each expected finding must sit: [start, end) offsets in the draft. */
function expectedRanges(text: string, errors: ExpectedFinding[]): Array<[number, number]> {
  let from = 0;
  return errors.map((e) => {
    const start = e.start ?? text.indexOf(e.text, from);
    from = Math.max(start, 0);
    return [start, start + e.text.length];
  });
}

export interface InvalidCase {
  text: string;
  settings?: Partial<Settings>;
  errors: ExpectedFinding[];
}

export interface ValidCase {
  text: string;
  settings?: Partial<Settings>;
}

export interface RuleTable {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

export function testRule(rule: Rule, table: RuleTable): void {
  describe(rule.id, () => {
    it('describes itself', () => {
      expect(rule.id).toMatch(new RegExp(`^${rule.category}/[a-z0-9-]+$`));
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.why.length).toBeGreaterThan(10);
    });
    for (const v of table.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid: ${c.text.slice(0, 70)}`, () => {
        expect(runRule(rule, c.text, c.settings).map((f) => f.text)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.text.slice(0, 70)}`, () => {
        const got = runRule(rule, c.text, c.settings);
        expect(got.map((f) => f.text)).toEqual(c.errors.map((e) => e.text));
        expect(got.map((f) => [f.start, f.end])).toEqual(expectedRanges(c.text, c.errors));
        c.errors.forEach((e, i) => {
          const f = got[i]!;
          if (e.severity) expect(f.severity ?? rule.severity).toBe(e.severity);
          if (e.fix === null) expect(f.fix).toBeUndefined();
          else if (e.fix !== undefined) expect(f.fix?.replacement).toBe(e.fix);
          if (e.output !== undefined) {
            expect(f.fix, 'a fixed output needs a fix').toBeDefined();
            expect(c.text.slice(0, f.start) + f.fix!.replacement + c.text.slice(f.end)).toBe(e.output);
          }
        });
      });
    }
  });
}
