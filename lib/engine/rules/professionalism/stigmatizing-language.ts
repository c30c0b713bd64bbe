// Derogatory or stigmatising words about patients, with the preferred term as a fix.
import { LABEL_DETERMINERS, LABEL_NOUN_FOLLOWERS, NOUN_LABELS, STIGMA } from '../../data/stigma.ts';
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
    // Condition words used as nouns for people: "a diabetic who…", "the epileptic in bed 3".
    const { words } = doc;
    for (let i = 1; i < words.length; i++) {
      const preferred = NOUN_LABELS.get(words[i]!.lower);
      if (!preferred || !LABEL_DETERMINERS.has(words[i - 1]!.lower) || words[i - 1]!.sentence !== words[i]!.sentence) continue;
      const next = words[i + 1];
      const gapAfter = next ? doc.text.slice(words[i]!.end, next.start) : '';
      const noun = !next || next.sentence !== words[i]!.sentence || /[,;:.!?)]/.test(gapAfter) || LABEL_NOUN_FOLLOWERS.has(next.lower);
      if (!noun) continue;
      const before = doc.text.slice(Math.max(0, words[i - 1]!.start - 60), words[i - 1]!.start);
      if (CRITIQUE.test(before)) continue;
      const start = words[i - 1]!.start;
      const det = words[i - 1]!.lower;
      // "a diabetic" → "a person with diabetes"; "an epileptic" → "a person with epilepsy".
      const lead = det === 'an' ? (words[i - 1]!.text === 'An' ? 'A' : 'a') : words[i - 1]!.text;
      out.push({ start, end: words[i]!.end, message: `Stigmatising label: say “${preferred}”`, fix: { replacement: `${lead} ${preferred}` } });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
