// Rare or memorable conditions and "one of a kind" phrasing in a patient story.
import { RARE_CONDITIONS, RARITY_PHRASES } from '../../data/rare-conditions.ts';
import { buildPhraseIndex, findPhrases } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const CONDITIONS = buildPhraseIndex(RARE_CONDITIONS);
const RARITY = buildPhraseIndex(RARITY_PHRASES);

export const rule: Rule = {
  id: 'privacy/rare-condition',
  category: 'privacy',
  severity: 'info',
  description: 'A rare condition, or "my first case in 20 years", in a patient story.',
  why: 'A rare diagnosis with an age, a place or a time can point at the only patient who has it.',
  check(doc: Document): RawFinding[] {
    if (!doc.context.patientCase) return [];
    const out: RawFinding[] = findPhrases(doc, CONDITIONS).map((m) => ({ start: m.start, end: m.stop, message: 'Rare condition', quasi: 'condition' as const }));
    for (const m of findPhrases(doc, RARITY)) {
      if (out.some((f) => m.start < f.end && m.stop > f.start)) continue;
      out.push({ start: m.start, end: m.stop, message: 'One-of-a-kind case', quasi: 'condition' });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
