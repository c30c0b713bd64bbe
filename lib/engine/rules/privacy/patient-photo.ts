// A post that mentions an attached photo, scan or screenshot of a patient.
import { Coverage, matches } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { gate, holds } from '../../privacy/text-facts.ts';

const MEDIA = '(?:pics?|pictures?|photos?|images?|imaging|x-?rays?|radiographs?|films?|screenshots?|screen ?grabs?|videos?|clips?|ecgs?|ekgs?|ct|mri|scans?|before/after|before and after|before-and-after|slides? of (?:the|her|his|this))';
// The media word, then within a few words a locator: below, attached, here, an arrow, swipe.
const ATTACHED = new RegExp(
  `\\b${MEDIA}(?:[ \\t]+[A-Za-z\\u00C0-\\u024F0-9'’/(),-]+){0,7}?[ \\t]*(?:below|attached|here|in (?:the )?(?:thread|replies|comments)|👇|⬇️|⤵️|📸|📷)`,
  'gi',
);
const SWIPE = /\b(?:swipe|scroll|see|check out) (?:for|to see|through|the|this|my|these)? ?(?:the )?(?:before\/after|before and after|pics?|photos?|images?|x-?rays?|scans?|ecg|ekg)(?![A-Za-z\u00C0-\u024F])/gi;
const POST_VERB = /\b(?:posting|sharing|attached|attaching|here's|here is|look at|check out) (?:the |this |her |his |a |an )?(?:pics?|photos?|images?|x-?rays?|scans?|ecg|ekg|ct|mri|rash|lesion|wound|radiograph)(?![A-Za-z\u00C0-\u024F])/gi;
// Selfies and group photos are of the author and colleagues.
const NOT_PATIENT = /\b(?:selfie|group photo|team photo|our team|co-fellows|colleagues)\b/i;
// What every match of the three patterns holds: SWIPE's and POST_VERB's verb, ATTACHED's locator (or its emoji).
const NEEDS = gate('swipe|scroll|see|check|posting|sharing|attached|attaching|here|look|below|thread|replies|comments');

export const rule: Rule = {
  id: 'privacy/patient-photo',
  category: 'privacy',
  severity: 'warn',
  description: 'Mentions of an attached photo, scan, ECG or screenshot of a patient.',
  why: 'Images carry faces, tattoos, wristbands and names or dates burned into scans; check them before posting.',
  check(doc: Document): RawFinding[] {
    if (doc.context.announcement && !doc.context.patientCase) return [];
    if ((!holds(doc, NEEDS) && !/[\u2B07\u2935\uD83D]/.test(doc.text)) || NOT_PATIENT.test(doc.text)) return [];
    const out: RawFinding[] = [];
    const cover = new Coverage(doc.text.length);
    for (const re of [SWIPE, POST_VERB, ATTACHED]) {
      for (const m of matches(doc.text, re)) {
        const s = m.index;
        const e = m.index + m[0].length;
        // The media word and its locator belong to one sentence.
        if (/[.!?]\s/.test(m[0])) continue;
        if (!cover.take(s, e)) continue;
        out.push({ start: s, end: e, message: 'Attached image of a patient', floor: 'warn' });
      }
    }
    return out;
  },
};
