// Multi-word hashtags in lower case: CamelCase lets screen readers read the words.
import { CAMEL_CASE_TAGS } from '../../data/hashtag-case.ts';
import { HASHTAGS } from '../../data/hashtag-communities.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

// Tweet-chat tags are conventionally lower case: never flagged.
const CHAT_TAGS = new Set(['#hcsm', '#hpm', '#hcldr', '#lcsm', '#bcsm', '#mdchat', '#nurchat', '#pedsm', '#hemeonc', '#gyncsm', '#btsm', '#ayacsm', '#pcsm', '#ptsafety', '#jgimchat', '#tweetorial']);
// Canonical forms from the ontology; tags whose convention is lower case (#hcsm) are left alone.
const CANONICAL = new Map<string, string>();
for (const tag of CAMEL_CASE_TAGS) CANONICAL.set(tag.toLowerCase(), tag);
for (const e of HASHTAGS) {
  if (e.kind === 'chat') CHAT_TAGS.add(e.tag.toLowerCase());
  else if (!CANONICAL.has(e.tag.toLowerCase())) CANONICAL.set(e.tag.toLowerCase(), e.tag);
}

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
