// Reading grade (Flesch–Kincaid) against the target that applies: the author's plain-language
// target when their posts are for patients, 14 otherwise. A grade is a property of the whole
// draft, so the finding has an empty span at the start: the panel shows it beside the grade,
// and nothing is underlined (underlines are for words a person can act on).
import { MIN_WORDS, readability } from '../../readability.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { gradeMeaning, gradeTarget, targetAudience } from '../../reading-words.ts';

export const rule: Rule = {
  id: 'clarity/reading-grade',
  category: 'clarity',
  severity: 'info',
  description: 'Reading grade above the target: 14 for any post, or your own target when your posts are for patients.',
  why: 'Shorter words and shorter sentences reach more readers, faster, on a phone.',
  check(doc: Document): RawFinding[] {
    const r = readability(doc);
    if (r.grade === null || r.words < MIN_WORDS) return [];
    const target = gradeTarget(doc.settings);
    if (r.grade <= target) return [];
    return [{
      start: 0, end: 0,
      message: `Reading grade ${r.grade.toFixed(1)} (${gradeMeaning(r.grade)}); the target for ${targetAudience(doc.settings)} is ${target} or below: try shorter words and sentences.`,
    }];
  },
};
