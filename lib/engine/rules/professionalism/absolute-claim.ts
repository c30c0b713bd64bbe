// Absolute or miracle claims ("cures", "100% safe", "no side effects").
import { ABSOLUTE_CLAIMS, CLAIM_EXCEPTIONS, CLAIM_NEGATIONS } from '../../data/claims.ts';
import { buildPhraseIndex, findPhrases } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const CLAIMS = buildPhraseIndex(ABSOLUTE_CLAIMS);
const EXCEPTIONS = CLAIM_EXCEPTIONS.map((e) => e.toLowerCase());
const NEGATIONS = new Set(CLAIM_NEGATIONS.map((e) => e.toLowerCase()));

/** The claim is denied by one of the three words before it ("can't guarantee", "no treatment is risk-free"). */
function negated(doc: Document, start: number): boolean {
  const words = doc.lower.slice(Math.max(0, start - 30), start).replace(/[’]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const last = words.slice(-3);
  for (let i = 0; i < last.length; i++) {
    if (NEGATIONS.has(last[i]!) || NEGATIONS.has(last.slice(i).join(' '))) return true;
  }
  return false;
}

/** Checked on a 40-character slice only, so its cost is constant. */
const STATISTIC = /^[^.!?\d]{0,30}\bin (?:over |about |nearly |up to )?\d{1,3}(?:\.\d)? ?(?:%|percent)/;

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
      if (EXCEPTIONS.some((e) => around.includes(e)) || negated(doc, m.start)) continue;
      // A measured result, not a promise: "cures hepatitis C in 95% of patients".
      if (m.phrase === 'cures' && STATISTIC.test(doc.lower.slice(m.stop, m.stop + 40))) continue;
      out.push({ start: m.start, end: m.stop, message: 'Absolute claim: say what the evidence shows instead' });
    }
    return out;
  },
};
