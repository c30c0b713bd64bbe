// Absolute or miracle claims ("cures", "100% safe", "never fails"). Candidates and the weights of
// their cues live in ../../professionalism; a number or a negation qualifying the claim outweighs it.
import { detectWithCompanions } from '../../professionalism/model.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

/** Once a post is judged to make a claim, each absolute in it is pointed out. */
const COMPANIONS = new Set(['cure-verb', 'promise-safety', 'promise-proof', 'two-cues', 'cure+absolute']);

// "cures" reads well as "can help"; the other cure verbs as their hedged forms.
const CURE_FIX: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}])(?:will|can) cure(?![\p{L}])/u, 'can help'],
  [/(?<![\p{L}])cures(?![\p{L}])/u, 'can help'],
  [/(?<![\p{L}])cured(?![\p{L}])/u, 'helped'],
];

function fixOf(text: string): string | undefined {
  for (const [re, by] of CURE_FIX) {
    const m = re.exec(text);
    if (!m) continue;
    const cap = /^\p{Lu}/u.test(m[0]);
    return text.slice(0, m.index) + (cap ? by[0]!.toUpperCase() + by.slice(1) : by) + text.slice(m.index + m[0].length);
  }
  return undefined;
}

export const rule: Rule = {
  id: 'professionalism/absolute-claim',
  category: 'professionalism',
  severity: 'warn',
  description: 'Absolute or miracle claims: cures, 100% safe, no side effects, never fails, guaranteed.',
  why: 'No treatment is certain; absolute claims mislead patients and read as advertising.',
  check(doc: Document): RawFinding[] {
    return detectWithCompanions(doc, 'claim', COMPANIONS).map((c) => {
      const text = doc.text.slice(c.start, c.end);
      const fix = fixOf(text);
      return {
        start: c.start,
        end: c.end,
        message: `Absolute claim (“${c.cue}”): say what the evidence shows instead`,
        ...(fix ? { fix: { replacement: fix } } : {}),
      };
    });
  },
};
