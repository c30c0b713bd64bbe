// Tattoos, birthmarks and other unique marks, and striking body descriptions or family details
// ("6'8\", 340 lb", "mom of three", "24-week twins") that single out a patient.
import { Coverage, matchesNotAfter } from '../../phrases.ts';
import type { Document, QuasiKind, RawFinding, Rule } from '../../types.ts';
import { gate, hasDigit, holds } from '../../privacy/text-facts.ts';

const MARKS = /\b(?:tattoos?|tatts?|birthmarks?|port[- ]wine stain|piercings?|branding|scarification|prosthetic eye|glass eye|gold tooth|gold teeth)\b/gi;
const BODY = /(?:\d'\d{1,2}"?|\d{3} ?(?:lb|lbs|pounds)\b|\d ?ft \d{1,2}(?: ?in)?)/g;
const FAMILY = /\b(?:(?:mom|mother|dad|father|mum|parent|grandmother|grandfather|grandma|grandpa) of (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|twins|triplets)|(?:twins|triplets|quadruplets|quintuplets|conjoined)\b|her (?:husband|wife), the\b|his (?:husband|wife), the\b|widow(?:er)? of\b)/gi;
// What every match of FAMILY holds (a gate of text-facts.ts).
const FAMILY_WORDS = gate('mom|mother|dad|father|mum|parent|grand|twins|triplets|quadruplets|quintuplets|conjoined|husband|wife|widow');
const PRETERM = /\b\d{2}[- ]week(?:er)?s?(?: (?:twins|triplets|preemies?|baby|babies|infant|girl|boy))?\b|\bborn at \d{2} weeks\b|\b\d lbs? \d{1,2} oz\b/gi;

export const rule: Rule = {
  id: 'privacy/distinctive-features',
  category: 'privacy',
  severity: 'info',
  description: 'Tattoos, unique marks, striking body descriptions and family details of a patient.',
  why: 'A tattoo or an unusual detail is recognisable to anyone who knows the patient.',
  check(doc: Document): RawFinding[] {
    if (!doc.context.patientCase && doc.context.announcement) return [];
    const out: RawFinding[] = [];
    const cover = new Coverage(doc.text.length);
    const add = (re: RegExp, message: string, quasi: QuasiKind, severity?: 'warn') => {
      for (const m of matchesNotAfter(doc.text, re, re === BODY ? /[\d.]/ : /$^/)) {
        if (!cover.take(m.index, m.index + m[0].length)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, message, quasi, ...(severity ? { severity } : {}) });
      }
    };
    // Each pattern only where the text holds what its every match holds (BODY and PRETERM a digit).
    const digits = hasDigit(doc);
    if (doc.context.patientCase) add(MARKS, 'Tattoo or unique mark', 'description', 'warn');
    if (digits) add(BODY, 'Striking body description', 'description');
    if (holds(doc, FAMILY_WORDS)) add(FAMILY, 'Family detail', 'family');
    if (doc.context.patientCase && digits) add(PRETERM, 'Birth detail', 'age');
    return out.sort((a, b) => a.start - b.start);
  },
};
