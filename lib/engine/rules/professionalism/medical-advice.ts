// Individual medical advice to a named person or @handle ("@jane you should double your dose").
import { matches, wordIndexAt } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

// A second-person instruction about a dose, a medicine or a treatment.
const ADVICE =
  /\b(?:you should|you need to|you must|you have to|you can|try|just|go ahead and|i'd|i would|i recommend you|stop|start|double|halve|increase|decrease|up|lower|skip|cut|don't take|dont take|do not take|take|switch)\b[^.!?\n]{0,40}?\b(?:your|the|that|this|a|an|more|less|extra|half)\s+(?:dose|doses|dosage|meds?|medications?|medicines?|pills?|insulin|metformin|statin|inhaler|antibiotics?|prescription|blood thinner|warfarin|eliquis|apixaban|lithium|sertraline|prednisone|steroids?|chemo|treatment|therapy|injections?|shots?)\b/gi;
// Addressed to someone: a reply to an @handle, or "Name, ..." at the start.
const ADDRESSED = /^(?:@\w+[\s,:]+)+|^(?:\p{Lu}\p{Ll}+),\s/u;
// General public health advice is fine.
const GENERAL = /\b(?:talk to your doctor|ask your doctor|check with your doctor|call your doctor|see your doctor|talk with your|ask your pharmacist|call 911|go to the er|can't give (?:medical )?advice|cannot give (?:medical )?advice)\b/i;

export const rule: Rule = {
  id: 'professionalism/medical-advice',
  category: 'professionalism',
  severity: 'warn',
  description: 'Individual medical advice to a named person or @handle.',
  why: 'Advice without an exam or a chart can harm, and it creates a doctor–patient relationship in public.',
  check(doc: Document): RawFinding[] {
    // A reply ("@jane …" or "Sarah, …" opening the draft) addresses every sentence; otherwise only
    // sentences that open with a handle or a name and a comma are addressed to someone.
    const reply = ADDRESSED.test(doc.text);
    const addressed = (offset: number): boolean => {
      if (reply) return true;
      const w = doc.words[wordIndexAt(doc, offset)];
      const s = w ? doc.sentences[w.sentence] : undefined;
      return s !== undefined && ADDRESSED.test(doc.text.slice(s.start, Math.min(s.end, s.start + 60)));
    };
    const out: RawFinding[] = [];
    for (const m of matches(doc.text, ADVICE)) {
      if (!addressed(m.index)) continue;
      const sentence = doc.text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
      if (GENERAL.test(sentence)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: 'Individual medical advice: suggest they ask their own doctor instead' });
    }
    return out;
  },
};
