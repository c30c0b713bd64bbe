// X's weighted length (twitter-text, config v3: URLs count 23, most CJK and emoji count 2).
// A warning, not a block: X itself will not post an over-long draft, so the check before posting,
// which `block` opens, is kept for what X would let through (identifiers).
import type { Document, RawFinding, Rule } from '../../types.ts';

export const rule: Rule = {
  id: 'length/over-limit',
  category: 'length',
  severity: 'warn',
  description: "Text past X's limit (280 weighted characters, or 25,000 with Premium).",
  why: 'X will not post it: trim the draft or split it into a thread.',
  check(doc: Document): RawFinding[] {
    const { weighted, limit, validEnd } = doc.length;
    if (weighted <= limit || validEnd >= doc.text.length) return [];
    return [{ start: validEnd, end: doc.text.length, message: `${weighted - limit} over the ${limit.toLocaleString('en-US')} limit (${weighted} weighted characters)` }];
  },
};
