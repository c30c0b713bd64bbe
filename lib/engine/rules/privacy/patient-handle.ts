// Replying to a patient's (or their family's) @handle about their own care.
import type { Document, RawFinding, Rule } from '../../types.ts';

// Second-person talk about the reader's own care by this author.
const OWN_CARE =
  /\byour (?:[\w'-]+ )?(?:scans?|results?|labs?|a1c|biopsy|surgery|operation|reconstruction|repair|replacement|fusion|bypass|transplant|chemo|chemotherapy|radiation|treatment|meds|medications?|dose|dosing|diagnosis|appointment|visit|tumou?r|cancer|recovery|therapy|prescription|x-?ray|mri|ct|echo|ecg|ekg|pathology|infusion|procedure|discharge|admission|stay|father|mother|dad|mom|husband|wife|son|daughter)\b|\b(?:proud|honou?red|privileged?|lucky|glad) to be (?:your|on your) (?:doctor|physician|oncologist|surgeon|cardiologist|nurse|team|care team|pcp|provider)\b|\bsee you (?:at|in) (?:clinic|the clinic|the office|your next|follow-up|infusion|rehab|dialysis)\b|\bon your (?:care )?team\b|\b(?:my|our) (?:favou?rite |longtime |former )?patients?\b|\bpt @|\bpost-?transplant\b|\bmonths? post-?op\b/i;
// The same, said other ways: an appointment still to come, a stay on the author's unit or program,
// a treatment the author started, the reader's body or condition, thanks for the consent to tell
// their story ("thank you @x for letting me share your story": a consent names a patient).
const OWN_CARE_MORE =
  /\bsee (?:you|ya)\b[^.!?\n]{0,40}?\b(?:check|checkup|check-up|follow-?up|visit|appointment|appt|clinic|office|infusion|rehab|dialysis|echo|scan|recheck|post-?op|session)\b|\b(?:you were|you're|you are|who was|who were) (?:on|in|at) (?:our|the) (?:[\w-]+ ){0,2}(?:floor|unit|ward|icu|nicu|picu|clinic|program|programme|rehab|service|practice|office)\b|\bsince we (?:started|stopped|switched|changed|began|added)\b|\b(?:new )?(?:lenses|glasses|meds|medications?|inhaler|dose|hearing aids?|brace|pump|insulin|implant|retainer|aligners|veneers) (?:is|are) (?:working|perfect|doing)\b|\btagging (?:the|our) (?:office|practice|clinic|team)\b|\byour (?:(?:new|left|right) )?(?:skin|knee|hip|heart|eyes?|back|shoulder|wound|incision|stitches|sutures|scar|cast|blood pressure|bp|sugars?|glucose|a1c|weight|baby|pregnancy|delivery|labou?r|birth|smile|teeth|veneers|lenses|hearing|rash|acne|psoriasis|eczema|asthma|diabetes|kidneys?|liver|lungs?|thyroid|cholesterol|numbers)\b|\blet(?:ting)? (?:me|us) (?:share|post|tell) your (?:story|journey|case|pics?|photos?)\b/i;
// A milestone of someone's treatment cheered beside their handle: "congrats @x on finishing chemo",
// "rang the bell", "one year cancer-free". Proposed without a floor: a public figure's news reads alike.
const MILESTONE =
  /\b(?:finish(?:ed|ing)|complet(?:ed|ing)|done with|last (?:round|dose|session|day) of) (?:(?:your|his|her|their) )?(?:chemo|chemotherapy|radiation|radiotherapy|treatment|immunotherapy|dialysis|rehab|cardiac rehab)\b|\b(?:ring(?:ing|s)?|rang) (?:the|that) bell\b|\b(?:cancer[- ]free|in remission|post-?transplant|transplant (?:anniversary|day)|discharge day|going home today)\b/i;

// Handles of colleagues and organisations are not patients.
const PROFESSIONAL = /^@(?:dr|doc|prof|md|rn|np|pa|nurse|medic|ambo|paramedic|pharm|midwife)[_A-Z0-9]|(?:md|do|rn|np|phd|doc|dr|med|health|hosp|hospital|clinic|care|mem|plan|uni|univ|news|gov|org|cdc|who|fda|nih|ama|aap|acc|aha|asco|official)s?$/i;

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
    // (None of these matches an empty string.)
    const found = (re: RegExp) => re.test(doc.text);
    if (found(OWN_CARE) || found(OWN_CARE_MORE))
      return mentions.map((e) => ({ start: e.start, end: e.end, message: 'Patient or family @handle in a post about their care', fix: { replacement: '' }, floor: 'block' as const }));
    if (found(MILESTONE)) return mentions.map((e) => ({ start: e.start, end: e.end, message: "@handle beside a milestone of someone's treatment", fix: { replacement: '' } }));
    return [];
  },
};
