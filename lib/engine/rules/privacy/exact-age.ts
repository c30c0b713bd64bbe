// An exact age under 90 is no identifier alone, but it narrows down every other detail.
import { findAges } from '../../privacy/ages.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

export const rule: Rule = {
  id: 'privacy/exact-age',
  category: 'privacy',
  severity: 'info',
  description: "A patient's exact age (under 90), which raises the risk of any other detail.",
  why: 'An exact age plus a place, a date or a rare condition can point at one person.',
  check(doc: Document): RawFinding[] {
    if (!doc.context.patientCase && doc.context.announcement) return [];
    return findAges(doc)
      .filter((a) => a.years < 90 && a.form !== 'decade')
      .map((a) => ({ start: a.start, end: a.end, message: 'Exact age', quasi: 'age' as const }));
  },
};
