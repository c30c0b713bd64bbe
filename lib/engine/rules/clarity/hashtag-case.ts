// Multi-word hashtags in lower case: CamelCase lets screen readers read the words.
import { CAMEL_CASE_TAGS, LOWER_CASE_CHAT_TAGS } from '../../data/hashtag-case.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const CHAT_TAGS = new Set(LOWER_CASE_CHAT_TAGS);
const CANONICAL = new Map(CAMEL_CASE_TAGS.map((tag) => [tag.toLowerCase(), tag]));

export const rule: Rule = {
  id: 'clarity/hashtag-case',
  category: 'clarity',
  severity: 'info',
  description: 'Lower-case multi-word hashtags (#breastcancer → #BreastCancer).',
  why: 'Screen readers read #BreastCancer as two words and #breastcancer as gibberish.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    for (const e of doc.entities) {
      if (e.kind !== 'hashtag' || e.text !== e.text.toLowerCase()) continue;
      const canonical = CANONICAL.get(e.text);
      if (!canonical || canonical === e.text || canonical.toLowerCase() !== e.text) continue;
      // Only when the canonical form has capitals inside the word (several words), not "#Sepsis".
      // CamelCase only: an upper-case letter after the first that is followed by a lower-case one
      // (#BreastCancer, #MedEd), never an acronym's capitals (#HPM, #ASCO24).
      if (CHAT_TAGS.has(e.text) || !/\p{Lu}\p{Ll}/u.test(canonical.slice(2))) continue;
      out.push({ start: e.start, end: e.end, message: `Write ${canonical} so screen readers read the words`, fix: { replacement: canonical } });
    }
    return out;
  },
};
