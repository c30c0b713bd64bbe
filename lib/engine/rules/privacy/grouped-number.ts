// Long numbers written in groups: NHS numbers (943 476 5919), Medicare (2953 41867 1), Aadhaar
// (4821 7730 5592), international phones (+254 722 418 093), account numbers (0091-3377).
import { digitCount, matchesNotAfter } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { hasDigit } from '../../privacy/text-facts.ts';

// Two or more groups of digits joined by single spaces or hyphens; the separators are required,
// so the pattern cannot backtrack over a run of digits.
const GROUPS = /\+?\d{1,7}(?:[ -]\d{1,7}){1,4}(?![\d.,/:]\d|\d)/g;

export const rule: Rule = {
  id: 'privacy/grouped-number',
  category: 'privacy',
  severity: 'warn',
  description: 'Long numbers written in groups of digits: health-card, NHS, Medicare or phone numbers.',
  why: 'A health-card, account or phone number points at one person, however it is spaced.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    if (!hasDigit(doc)) return out;
    for (const m of matchesNotAfter(doc.text, GROUPS, /[\p{L}\d.,/:-]/u)) {
      const digits = digitCount(m[0]);
      // Eight digits or more: shorter groups are scores, ranges and years ("2019-2024").
      if (digits < 8 || /^(?:19|20)\d\d[ -](?:19|20)\d\d$/.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: 'Number in groups of digits', fix: { replacement: '[number removed]' } });
    }
    return out;
  },
};
