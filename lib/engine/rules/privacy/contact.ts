// Phone and fax numbers, e-mail addresses, IP addresses and links that point at a person.
import { Coverage, digitCount, entityAt, matchesNotAfter, wordIndexAt } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { hasDigitRun } from '../../privacy/text-facts.ts';

const PHONE = /(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])?\d{3}[.-]\d{4}(?![\d/-])/g;
// Numbers outside North America start with a trunk 0 or a +country code: "0412 887 306",
// "07700 900123", "+44 20 7946 0958", "+91 98765 43210". 9 to 13 digits in all (checked in code).
const INTL_PHONE = /(?:\+\d{1,3}[ .-]?\(?\d{1,4}\)?|\b0\d{1,4})[ .-]\d{3,8}(?:[ .-]\d{3,4})?(?![\d/.-]?\d)/g;
const IP = /(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
// Paths and hosts of fundraisers, personal pages and profiles.
const PERSON_URL =
  /gofundme|caringbridge|fundrais|givesendgo|spot\.fund|mealtrain|\/fund\/|\/give\/|\/donate\/|\/help-|\/u\/|\/user\/|\/profile|\/people\/|linkedin\.com\/in\/|facebook\.com\/(?!groups|events)|instagram\.com\/|tiktok\.com\/@/i;
// Role addresses of a practice or an organisation, fine in a notice.
const ROLE_MAILBOX =
  /^(?:info|careers?|jobs|hr|contact|admin|socialmedia|social|press|media|help|support|office|clinic|appointments?|billing|hello|team|news|events?|rsvp|frontdesk|referrals?|noreply|no-reply|marketing|comms|communications|education|residency|fellowship|gme|cme|research|recruit(?:ing|ment)?)$/i;
const CLINIC_LINE = new Set(['nurse', 'line', 'office', 'clinic', 'call', 'questions', 'book', 'appointments', 'appointment', 'front', 'desk', 'us', 'fax', 'main', 'scheduling', 'text', 'hotline']);

// Someone's family or household near a number (not "her patients": a doctor's list, in a clinic's
// notice, "Dr. Nguyen will see her patients. Call …"). Beside a clinic's line it makes the line theirs.
const RELATIVE = 'family|neighbou?r|wife|husband|son|daughter|mom|dad';
const FAMILY = `(?:his|her|their)(?! patients)|${RELATIVE}`;
const FAMILY_NEAR = new RegExp(`\\b(?:${FAMILY})\\b`, 'i');
// ... and a parent or the patient: the number is tied to a person.
const PARENT_OR_PATIENT = "mother|father|(?:patient|pt)(?:'s)?";
const PERSONAL = new RegExp(`\\b(?:${FAMILY}|${PARENT_OR_PATIENT})\\b`, 'i');
// ... a relative or the patient by that word (not "his", "her": a notice gives a doctor's own address).
const RELATIVE_OR_PATIENT = new RegExp(`\\b(?:${RELATIVE}|${PARENT_OR_PATIENT})\\b`, 'i');
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const EMAIL_AT = /@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}/uy;

/** E-mail addresses, found from each '@' outwards so the scan stays linear on any text. */
function* emails(text: string): Generator<{ 0: string; index: number }> {
  let last = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > last && at - s < 64 && LOCAL_CHAR.test(text[s - 1]!)) s--;
    if (s === at) continue;
    EMAIL_AT.lastIndex = at;
    const m = EMAIL_AT.exec(text);
    if (!m) continue;
    last = at + m[0].length;
    yield { 0: text.slice(s, last), index: s };
  }
}

/** Where the sentence before the one holding `at` starts (at most 200 characters back). */
function sentenceBefore(doc: Document, at: number): number {
  const s = doc.words[wordIndexAt(doc, at)]?.sentence ?? 0;
  const start = doc.sentences[Math.max(0, s - 1)]?.start ?? 0;
  return Math.max(start, at - 200);
}

export const rule: Rule = {
  id: 'privacy/contact',
  category: 'privacy',
  severity: 'block',
  description: 'Phone, fax, e-mail, IP address or a link to a person (fundraiser, profile).',
  why: 'Contact details and personal pages identify a patient or their family directly (HIPAA Safe Harbor).',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    const { patientCase, announcement } = doc.context;
    const quiet = announcement && !patientCase;
    // North American numbers first; a number in another format only where none was found.
    const cover = new Coverage(doc.text.length);
    // Phone numbers and IP addresses hold three digits in a run: none in a text without one.
    const digits = hasDigitRun(doc);
    const intl = [...(digits ? matchesNotAfter(doc.text, INTL_PHONE, /[\d/.,-]/) : [])].filter((m) => {
      const n = digitCount(m[0]);
      return n >= 9 && n <= 13;
    });
    const phones = [...(digits ? matchesNotAfter(doc.text, PHONE, /[\d/.-]/) : []), ...intl].filter((m) => cover.take(m.index, m.index + m[0].length));
    for (const m of phones) {
      if (entityAt(doc, m.index, m.index + m[0].length)) continue;
      // The four words before the number.
      const wi = wordIndexAt(doc, m.index);
      const clinicLine = doc.words.slice(Math.max(0, wi - 4), wi).some((w) => CLINIC_LINE.has(w.lower)) && !FAMILY_NEAR.test(doc.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40));
      if (quiet || (clinicLine && !patientCase)) continue;
      // A number tied to a person ("her number", "call his neighbor") is a direct identifier in any story,
      // also when the person is named in the sentence before ("His wife gave me her number. … 0412 887 306").
      const personal = PERSONAL.test(doc.text.slice(sentenceBefore(doc, m.index), m.index + m[0].length + 40));
      out.push({ start: m.index, end: m.index + m[0].length, message: 'Phone number', severity: patientCase ? 'block' : 'warn', ...(!announcement && personal ? { floor: 'block' as const } : {}), fix: { replacement: '[phone removed]' } });
    }
    for (const m of emails(doc.text)) {
      const local = m[0].slice(0, m[0].indexOf('@'));
      const before = doc.text.slice(Math.max(0, m.index - 40), m.index);
      // A notice's address is its staff's, unless a relative's or the patient's ("a family keeps emailing me from …").
      if ((quiet && !RELATIVE_OR_PATIENT.test(before)) || (ROLE_MAILBOX.test(local) && !patientCase)) continue;
      // In a patient's story, or as someone's own ("her email was …"), an address is a direct identifier.
      const personal = PERSONAL.test(before);
      out.push({ start: m.index, end: m.index + m[0].length, message: 'E-mail address', severity: patientCase ? 'block' : 'warn', ...((patientCase || personal) && !announcement ? { floor: 'block' as const } : {}), fix: { replacement: '[email removed]' } });
    }
    for (const m of digits ? matchesNotAfter(doc.text, IP, /[\d.]/) : []) {
      if (m[0].split('.').some((o) => Number(o) > 255)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, message: 'IP address', floor: 'block', fix: { replacement: '[IP removed]' } });
    }
    for (const e of doc.entities) {
      if (e.kind !== 'url' || !PERSON_URL.test(e.text)) continue;
      out.push({ start: e.start, end: e.end, message: 'Link to a personal page or fundraiser', fix: { replacement: '' } });
    }
    return out;
  },
};
