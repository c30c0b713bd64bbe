// A post that mentions an attached photo, scan or screenshot of a patient.
import { Coverage, matches } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { gate, holds } from '../../privacy/text-facts.ts';
import { COMMON_WORDS } from '../../privacy/name-lexicon.ts';

const MEDIA = '(?:pics?|pictures?|photos?|images?|imaging|x-?rays?|radiographs?|films?|screenshots?|screen ?grabs?|videos?|clips?|ecgs?|ekgs?|cxrs?|ct|mri|scans?|before/after|before and after|before-and-after|slides? of (?:the|her|his|this))';
// The media word, then within a few words a locator: below, attached, here, an arrow, swipe.
const ATTACHED = new RegExp(
  `\\b${MEDIA}(?:[ \\t]+[A-Za-z\\u00C0-\\u024F0-9'’/(),-]+){0,7}?[ \\t]*(?:below|attached|here|in (?:the )?(?:thread|replies|comments)|👇|⬇️|⤵️|📸|📷)`,
  'gi',
);
const SWIPE = /\b(?:swipe|scroll|see|check out) (?:for|to see|through|the|this|my|these)? ?(?:the )?(?:before\/after|before and after|pics?|photos?|images?|x-?rays?|scans?|ecg|ekg)(?![A-Za-z\u00C0-\u024F])/gi;
const POST_VERB = /\b(?:posting|sharing|attached|attaching|here's|here is|look at|check out) (?:the |this |her |his |a |an )?(?:pics?|photos?|images?|x-?rays?|scans?|ecg|ekg|ct|mri|rash|lesion|wound|radiograph)(?![A-Za-z\u00C0-\u024F])/gi;
// An image said to still show who it is: "name and DOB in the corner", "full name visible",
// "his wristband is in the corner", "forgot to crop"; or that the author will crop or blur it, or
// asks to ignore what it shows ("I'll crop it", "re-cropping", "ignore the patient sticker"): as
// posted, it shows it. Advice to crop or blur them is not.
const SHOWN = new RegExp(
  `\\b(?:(?:(?:full|first|last|pt'?s?|patient'?s?|his|her|their) )?names?(?:['’]s)?|DOBs?|dates? of birth|MRNs?|wristbands?|labels?|stickers?|faces?|headers?)\\b(?:[ \\t]+[\\w'’&,/]+){0,5}?[ \\t]+(?:(?:is|are|was|were|still|clearly|fully|right|all|plainly) )*(?:visible|showing|legible|readable|uncropped|in the (?:top |bottom )?(?:left |right )?corner|burned (?:right )?in(?:to)?)\\b|\\b(?:(?:forgot to|didn'?t|too tired to|I'?ll|will|gonna) (?:crop|blur)|(?:re-?)?cropping)\\b|\\bignore the (?:patient |pt )?(?:name|label|sticker|wristband)s?\\b`,
  'gi',
);
// An image described in brackets, as a draft holds the attachment it will carry: "[photo: CXR, …]",
// "(screenshot: 'Pt: …')", "(alt text: …)", "[pic]".
const DESCRIBED = /[[(](?:pics?|photos?|images?|screenshots?|alt text|videos?)\b/gi;
const IMAGE = new RegExp(`\\b${MEDIA}\\b`, 'i');
// A name the image is said to show: "wristband says JOSEPHINE WANJIKU", "the header still shows HARMON, GLEN".
const NAME_SHOWN = /\b((?:wristband|band|label|sticker|header|tag)s? (?:still )?(?:says|shows|reads|showing)[: ]+['"‘“]?)(\p{Lu}[\p{L}'’-]+),? (\p{Lu}[\p{L}'’-]+)(?:,? \d\d?[/.-]\d\d?[/.-]\d{2,4})?/gu;
const SAYS = gate('says|shows|reads|showing');
const ADVICE_BEFORE = /\b(?:crop|blur|cover|hide|remove|check (?:for|that)|make sure|before you|don'?t post|never post)\b[^.!?\n]*$/i;
// Pictures of no patient: the author and colleagues, their pets, a new place or machine, the view,
// a poster or badge of their own, anything "of my own", a slide said to carry no labels. (Not a
// whiteboard or a ward: patients' names are on those.)
const NOT_PATIENT =
  /\b(?:selfie|group photo|team (?:photo|dinner)|our team|co-?(?:fellows|residents|interns|workers)|colleagues|classmates|graduation|mannequin|manikin|my (?:dog|cat|puppy)|(?:new|renovated) (?:clinic|office|lobby|building|wing|ultrasound|scanner|machine|ED waiting room|waiting room)|sunrise|sunset|conference poster|badge photo|step count|(?:photo|pic|picture|image) of my own|no (?:labels|identifiers|names) (?:on it|visible|shown)|no (?:labels|identifiers)(?=[\])]))\b/i;
// What every match of the three patterns holds: SWIPE's and POST_VERB's verb, ATTACHED's locator (or its emoji).
const NEEDS = gate('swipe|scroll|see|check|posting|sharing|attached|attaching|here|look|below|thread|replies|comments');
const SHOWN_NEEDS = gate('visible|showing|legible|readable|uncropped|corner|burned|crop|blur|ignore');

export const rule: Rule = {
  id: 'privacy/patient-photo',
  category: 'privacy',
  severity: 'warn',
  description: 'Mentions of an attached photo, scan, ECG or screenshot of a patient, or of one that still shows who it is.',
  why: 'Images carry faces, tattoos, wristbands and names or dates burned into scans; check them before posting.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    const cover = new Coverage(doc.text.length);
    // (An image that shows who it is shows it in a notice too: "the slides still show her name".)
    // (In a draft that speaks of an image: "her face is showing the strain" is no photo.)
    for (const m of holds(doc, SAYS) ? matches(doc.text, NAME_SHOWN) : []) {
      // Not a label's words ("the label says Do Not Crush").
      if (COMMON_WORDS.has(m[2]!.toLowerCase()) && COMMON_WORDS.has(m[3]!.toLowerCase())) continue;
      const start = m.index + m[1]!.length;
      cover.fill(start, m.index + m[0].length);
      out.push({ start, end: m.index + m[0].length, message: 'Name shown on the image', fix: { replacement: "the patient's name" }, floor: 'block' });
    }
    const notPatient = NOT_PATIENT.test(doc.text);
    for (const m of holds(doc, SHOWN_NEEDS) && IMAGE.test(doc.text) && !notPatient ? matches(doc.text, SHOWN) : []) {
      // (Not around a name it shows: that finding says it.)
      if (ADVICE_BEFORE.test(doc.text.slice(Math.max(0, m.index - 80), m.index)) || !cover.take(m.index, m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: 'Image still shows who it is', floor: 'warn' });
    }
    const notice = doc.context.announcement && !doc.context.patientCase;
    // (Once it is said to show who it is, that finding says it all.)
    if (!notice && !out.length && !notPatient)
      for (const m of matches(doc.text, DESCRIBED)) {
        if (!cover.take(m.index, m.index + m[0].length)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, message: 'Attached image of a patient', floor: 'warn' });
      }
    if (notice || notPatient || (!holds(doc, NEEDS) && !/[\u2B07\u2935\uD83D]/.test(doc.text))) return out;
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
