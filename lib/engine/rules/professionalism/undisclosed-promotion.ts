// Industry or sponsored content without a disclosure.
import { COMPANIES, COMPANY_CUES, COMPANY_WORDS, DISCLOSURES, PROMOTION_CUES } from '../../data/disclosure.ts';
import { buildPhraseIndex, findPhrases } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

// Cues that are promotional on their own, and weaker ones ("thanks to", "try") that need a product beside them.
const STRONG_CUE = /sponsor|paid|promo|code|affiliate|ambassador|bureau|advisory|consultant|giveaway|partner|discount|free trial|order now/;
const STRONG = buildPhraseIndex(PROMOTION_CUES.filter((c) => STRONG_CUE.test(c)));
const WEAK = buildPhraseIndex(PROMOTION_CUES.filter((c) => !STRONG_CUE.test(c)));
const COMPANY = buildPhraseIndex(COMPANY_WORDS);
const BRANDS = buildPhraseIndex([...COMPANIES, ...COMPANIES.map((c) => `${c}'s`)]);
const BRAND_CUES = buildPhraseIndex(COMPANY_CUES);
/** Words a cue may skip before the company it names ("thanks to the team at Pfizer"). */
const BRAND_WINDOW = 3;
// One pass for all disclosures: an alternation of literals, longest first.
const DISCLOSED = new RegExp(
  [...DISCLOSURES].sort((a, b) => b.length - a.length).map((d) => d.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

export const rule: Rule = {
  id: 'professionalism/undisclosed-promotion',
  category: 'professionalism',
  severity: 'warn',
  description: 'Sponsored or industry content (promo codes, partnerships, "thanks to <company>") with no disclosure.',
  why: 'Professional guidance asks physicians to disclose conflicts of interest in every such post.',
  check(doc: Document): RawFinding[] {
    if (DISCLOSED.test(doc.lower)) return [];
    let cues = findPhrases(doc, STRONG);
    // A weak cue counts only beside a company or product word and a price, code or link.
    if (!cues.length && findPhrases(doc, COMPANY).length && /\$|%|code|link/.test(doc.lower)) cues = findPhrases(doc, WEAK);
    if (!cues.length) {
      // "thanks to <company> for…", "check out <brand>": a cue followed closely by a company name.
      const brands = findPhrases(doc, BRANDS);
      if (brands.length) {
        let b = 0;
        cues = findPhrases(doc, BRAND_CUES).filter((c) => {
          while (b < brands.length && brands[b]!.first < c.end) b++;
          const next = brands[b];
          return (
            next !== undefined &&
            next.first - c.end <= BRAND_WINDOW &&
            doc.words[next.first]!.sentence === doc.words[c.first]!.sentence &&
            !/[,;:!?()]/.test(doc.text.slice(c.stop, next.start))
          );
        });
      }
    }
    return cues.map((m) => ({ start: m.start, end: m.stop, message: 'Promotional content: add a disclosure (e.g. "#ad" or "Disclosure: I consult for …")' }));
  },
};
