// Swearing (plain, masked "f*ck", abbreviated "wtf") and insults aimed at someone ("you absolute
// moron"). Candidates and the weights of their cues live in ../../professionalism.
import { detect } from '../../professionalism/model.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

export const rule: Rule = {
  id: 'professionalism/profanity',
  category: 'professionalism',
  severity: 'warn',
  description: 'Profanity, including masked and abbreviated spellings, and insults aimed at people.',
  why: 'Your profile says physician: colleagues, patients and employers read it that way.',
  check(doc: Document): RawFinding[] {
    return detect(doc, 'profanity').map((c) => ({
      start: c.start,
      end: c.end,
      message: c.features.includes('insult') ? 'Insult: criticise the idea, not the person' : 'Profanity',
    }));
  },
};
