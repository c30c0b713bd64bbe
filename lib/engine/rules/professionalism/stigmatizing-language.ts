// Derogatory or stigmatising words about patients, with the preferred term as a fix.
import { STIGMA } from '../../data/stigma.ts';
import { buildPhraseIndex, findPhrases } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const INDEX = buildPhraseIndex(STIGMA.map((e) => e.term));
const PREFERRED = new Map(STIGMA.map((e) => [e.term.toLowerCase().replace(/-/g, '-'), e.preferred]));
// Quoted to be criticised: "Can we stop calling patients 'frequent flyers'?"
const CRITIQUE = /\b(?:stop (?:calling|saying|using)|don't (?:call|say|use)|do not (?:call|say|use)|never (?:call|say)|retire|words matter|instead of|rather than|not)\b[^.!?]*$/i;

const AIRLINE = /^s?\s+(?:miles|points|status|program|card|number|lounge)\b/;

export const rule: Rule = {
  id: 'professionalism/stigmatizing-language',
  category: 'professionalism',
  severity: 'warn',
  description: 'Derogatory or stigmatising words about patients ("frequent flyer", "drug seeker", "noncompliant").',
  why: 'Labels like these erode trust and bias care; person-first words say the same thing with respect.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    for (const m of findPhrases(doc, INDEX)) {
      const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
      const quoted = /['"‘“]$/.test(before) && /^['"’”s]/.test(doc.text.slice(m.stop, m.stop + 1));
      if (quoted || CRITIQUE.test(before)) continue;
      // Air travel, not a patient: "frequent flyer miles", "a frequent flyer on Delta".
      if (/^frequent fl/.test(m.phrase) && AIRLINE.test(doc.lower.slice(m.stop, m.stop + 24))) continue;
      const preferred = PREFERRED.get(doc.lower.slice(m.start, m.stop)) ?? PREFERRED.get(m.phrase);
      if (!preferred) continue;
      out.push({ start: m.start, end: m.stop, message: `Stigmatising term: say “${preferred}”`, fix: { replacement: preferred } });
    }
    return out;
  },
};
