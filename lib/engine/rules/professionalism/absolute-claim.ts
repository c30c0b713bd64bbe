// Absolute or miracle claims ("cures", "100% safe", "no side effects").
import { ABSOLUTE_CLAIMS, CLAIM_EXCEPTIONS } from '../../data/claims.ts';
import { buildPhraseIndex, findPhrases } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const CLAIMS = buildPhraseIndex(ABSOLUTE_CLAIMS);
const EXCEPTIONS = CLAIM_EXCEPTIONS.map((e) => e.toLowerCase());

export const rule: Rule = {
  id: 'professionalism/absolute-claim',
  category: 'professionalism',
  severity: 'warn',
  description: 'Absolute or miracle claims: cures, 100% safe, no side effects, guaranteed.',
  why: 'No treatment is certain; absolute claims mislead patients and read as advertising.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    for (const m of findPhrases(doc, CLAIMS)) {
      const around = doc.lower.slice(Math.max(0, m.start - 20), Math.min(doc.text.length, m.stop + 12));
      if (EXCEPTIONS.some((e) => around.includes(e))) continue;
      out.push({ start: m.start, end: m.stop, message: 'Absolute claim: say what the evidence shows instead' });
    }
    return out;
  },
};
