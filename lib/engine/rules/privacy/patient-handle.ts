// Replying to a patient's (or their family's) @handle about their own care.
import { matches } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

// Second-person talk about the reader's own care by this author.
const OWN_CARE =
  /\byour (?:(?:last|latest|next|recent|new|follow-up|follow up|\w+'s) )?(?:scans?|results?|labs?|a1c|biopsy|surgery|operation|transplant|chemo|chemotherapy|radiation|treatment|meds|medications?|dose|dosing|diagnosis|appointment|visit|tumou?r|cancer|recovery|therapy|prescription|x-?ray|mri|ct|echo|ecg|ekg|pathology|infusion|procedure|discharge|admission|stay|father|mother|dad|mom|husband|wife|son|daughter)\b|\b(?:proud|honou?red|privileged?|lucky|glad) to be (?:your|on your) (?:doctor|physician|oncologist|surgeon|cardiologist|nurse|team|care team|pcp|provider)\b|\bsee you (?:at|in) (?:clinic|the clinic|the office|your next|follow-up|infusion|rehab|dialysis)\b|\bon your (?:care )?team\b|\b(?:my|our) (?:favou?rite |longtime |former )?patients?\b|\bpost-?transplant\b|\bmonths? post-?op\b/gi;
// Handles of colleagues and organisations are not patients.
const PROFESSIONAL = /^@(?:dr|doc|prof|md|rn|np|pa)[_A-Z0-9]|(?:md|do|rn|np|phd|doc|dr|med|health|hosp|hospital|clinic|care|mem|plan|uni|univ|news|gov|org|cdc|who|fda|nih|ama|aap|acc|aha|asco|official)s?$/i;

export const rule: Rule = {
  id: 'privacy/patient-handle',
  category: 'privacy',
  severity: 'block',
  description: "Replying to a patient's @handle about their own care.",
  why: "Naming a patient's account while discussing their care discloses that they are your patient.",
  check(doc: Document): RawFinding[] {
    const mentions = doc.entities.filter((e) => e.kind === 'mention' && !PROFESSIONAL.test(e.text));
    if (!mentions.length) return [];
    // "I can't give advice about a specific situation": a general reply to a member of the public.
    if (/\b(?:can't|cannot|can not|won't) (?:give|offer|provide) (?:medical )?advice\b/i.test(doc.text)) return [];
    const care = [...matches(doc.text, OWN_CARE)];
    if (!care.length) return [];
    return mentions.map((e) => ({ start: e.start, end: e.end, message: 'Patient or family @handle in a post about their care', fix: { replacement: '' }, floor: 'block' as const }));
  },
};
