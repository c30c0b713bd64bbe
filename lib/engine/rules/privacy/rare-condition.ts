// Rare or memorable conditions and "one of a kind" phrasing in a patient story.
import { RARE_CONDITIONS, RARITY_PHRASES } from '../../data/packed/lists.ts';
import { buildPhraseIndex, Coverage, findPhrases, matches } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const CONDITIONS = buildPhraseIndex(RARE_CONDITIONS);
const RARITY = buildPhraseIndex(RARITY_PHRASES);
// Superlatives and counts that make a case one of a kind: "our oldest TAVR patient ever", "only the
// third one reported in our state", "the first we'd seen since 2019", "2nd case this year". The gap
// between the two halves is bounded, so the pattern stays linear.
const ONE_OF_A_KIND =
  /\b(?:first|only|oldest|youngest|rarest|1st|2nd|3rd|[4-9]th|second|third|fourth|fifth)\b[^.!?\n]{0,50}?\b(?:ever|in (?:a|over a|more than a) (?:decade|century|generation)|in (?:\d+|ten|twenty|thirty|forty|fifty) (?:yrs?|years)|since (?:\d{4}|records began)|in (?:our|the|this|my) (?:state|county|province|region|country|town|city|area|hospital|district|shire|career)|in anyone's memory|on record|this (?:year|yr|month|season))\b/gi;

export const rule: Rule = {
  id: 'privacy/rare-condition',
  category: 'privacy',
  severity: 'info',
  description: 'A rare condition, or "my first case in 20 years", in a patient story.',
  why: 'A rare diagnosis with an age, a place or a time can point at the only patient who has it.',
  check(doc: Document): RawFinding[] {
    if (!doc.context.patientCase) return [];
    const out: RawFinding[] = findPhrases(doc, CONDITIONS).map((m) => ({ start: m.start, end: m.stop, message: 'Rare condition', quasi: 'condition' as const }));
    // What is found so far, so each later match checks overlap in constant time.
    const taken = new Coverage(doc.text.length);
    for (const f of out) taken.fill(f.start, f.end);
    const rarity = (start: number, end: number) => {
      if (taken.take(start, end)) out.push({ start, end, message: 'One-of-a-kind case', quasi: 'condition' });
    };
    for (const m of findPhrases(doc, RARITY)) rarity(m.start, m.stop);
    for (const m of matches(doc.text, ONE_OF_A_KIND)) rarity(m.index, m.index + m[0].length);
    return out.sort((a, b) => a.start - b.start);
  },
};
