// Individual medical advice to a person (a reply's @handle, "you", "your mum"): what to take, stop or
// skip. Candidates are clauses; the weights of their cues (who is addressed, imperatives, modals,
// drugs, doses, care, deferrals to their own clinician) are fitted, see ../../professionalism.
import { medicineIn } from '../../professionalism/candidates.ts';
import { detectWithCompanions } from '../../professionalism/model.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

/** Once a reply is judged to give advice, each instruction in it is pointed out. */
const COMPANIONS = new Set(['directive+medical', 'reply+directive', 'skip+care', 'directive+drug-or-dose']);

/** General information in place of the instruction, ending with the referral (offered, never applied silently). */
function generalInformation(clause: string): string {
  const medicine = medicineIn(clause);
  return medicine
    ? `changes to your ${medicine} depend on your history and other medicines, so please ask your own clinician`
    : 'I can’t advise on your own case here, so please ask your own clinician';
}

export const rule: Rule = {
  id: 'professionalism/medical-advice',
  category: 'professionalism',
  severity: 'warn',
  description: 'Individual medical advice to a person or @handle: what to take, stop, change or skip.',
  why: 'Advice without an exam or a chart can harm, and it creates a doctor–patient relationship in public.',
  check(doc: Document): RawFinding[] {
    return detectWithCompanions(doc, 'advice', COMPANIONS).map((c) => ({
      start: c.start,
      end: c.end,
      message: 'Individual medical advice: give general information and suggest they ask their own clinician',
      fix: { replacement: generalInformation(doc.text.slice(c.start, c.end)) },
    }));
  },
};
