// Any @handle that is not plainly a colleague's or an organisation's: in praise, congratulations
// or a reply, it may be a patient's. The privacy model weighs the post around it.
import type { Document, RawFinding, Rule } from '../../types.ts';

const PROFESSIONAL = /^@(?:dr|doc|prof|dott|em|er|icu)[_A-Z0-9]|(?:md|do|rn|np|phd|doc|dr|med|health|hosp|hospital|clinic|care|mem|plan|uni|univ|news|gov|org|cdc|who|fda|nih|ama|aap|acc|aha|asco|official)s?$|_(?:md|rn|np|do)_/i;
// A clinical word anywhere in the handle: "@ana_cardio_r2", "@RadiologyBrian", "@nursejamie",
// "@fmarinipneumo", "@NSWAmbulance", "@medic_momma"; a council's, a service's or an institution's
// ("@ThornvaleCouncil", "@StJudeResearch", "@CancerSociety").
// (Long enough not to hide in other words.)
const CLINICAL_PART = /nurse|doctor|medic|council|police|rescue|research|institute|foundation|society|association|academy|ministry|radiolog|cardio|neuro|pneumo|pulmo|oncolog|surg|peds|paeds|pharm|paramedic|ambulance|midwife|resident|anest|anaest|gastro|derma|psych|ortho|nephro|endocrin|hospital|clinic|health|nejm|lancet|jama/i;

// "doc" as a part of its own: "@GIdoc_Rosa", "@ERdocMags", "@peds_doc2" (not "@haddock").
const DOC_PART = /[dD]oc(?:[_A-Z\d]|s?$)/;

export const rule: Rule = {
  id: 'privacy/mention',
  category: 'privacy',
  severity: 'warn',
  description: 'An @handle that may be a patient\'s, in praise, congratulations or a reply.',
  why: "Naming a patient's account beside their story discloses that they are a patient.",
  check(doc: Document): RawFinding[] {
    return doc.entities
      .filter((e) => e.kind === 'mention' && !PROFESSIONAL.test(e.text) && !CLINICAL_PART.test(e.text) && !DOC_PART.test(e.text))
      .map((e) => ({ start: e.start, end: e.end, message: '@handle beside a story', fix: { replacement: '' } }));
  },
};
