// More than three hashtags crowd a post and read as spam.
import type { Document, RawFinding, Rule } from '../../types.ts';

const MAX = 3;

export const rule: Rule = {
  id: 'clarity/hashtag-count',
  category: 'clarity',
  severity: 'info',
  description: `More than ${MAX} hashtags.`,
  why: 'Two or three well-chosen hashtags reach the community; more look like spam.',
  check(doc: Document): RawFinding[] {
    const tags = doc.entities.filter((e) => e.kind === 'hashtag');
    return tags.slice(MAX).map((e, i) => ({ start: e.start, end: e.end, message: `Hashtag ${i + MAX + 1} of ${tags.length}: keep two or three` }));
  },
};
