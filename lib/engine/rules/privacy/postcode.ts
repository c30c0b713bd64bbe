// Postcodes: UK and Irish (Eircode), Canadian, and numbers a postcode word introduces
// ("ZIP 46279", "PIN 411038", "postcode 2031"). The privacy model weighs them with the story.
import { Coverage, matchesNotAfter } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { gate, gated } from '../../privacy/text-facts.ts';

// UK: outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA).
const UK = /[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}(?![A-Za-z\d])/g;
// Eircode: routing key (letter, two digits, or D6W) and a four-character identifier.
const EIRCODE = /(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}(?![A-Za-z\d])/g;
const CANADA = /[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d(?![A-Za-z\d])/g;
const LABELLED = /\b(?:zip(?: ?code)?|post ?code|postal code|pin(?: ?code)?|eircode)[:\s#]{1,3}(\d{4,6}|[A-Z\d]{3} ?[A-Z\d]{3,4})(?![A-Za-z\d])/iy;
// A word of each of LABELLED's labels, in its first word (text-facts.ts gated).
const LABEL = gate('zip|post|pin|eircode');

export const rule: Rule = {
  id: 'privacy/postcode',
  category: 'privacy',
  severity: 'block',
  description: 'Postcodes: UK, Eircode, Canadian, and numbers after ZIP, PIN or postcode.',
  why: 'A postcode narrows a story to a few streets (Safe Harbor allows at most the first three digits of a ZIP).',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    const cover = new Coverage(doc.text.length);
    const push = (start: number, end: number, message: string) => {
      if (!cover.take(start, end)) return;
      out.push({ start, end, message, fix: { replacement: 'nearby' } });
    };
    for (const m of gated(doc, LABELLED, LABEL)) push(m.index, m.index + m[0].length, 'Postcode');
    // UK, Irish and Canadian codes hold digits (a labelled one may be letters only).
    // Each of these opens with a capital before a digit (checked for its capital and digit below).
    for (const re of /[A-Z]\d/.test(doc.text) ? [UK, EIRCODE, CANADA] : []) {
      for (const m of matchesNotAfter(doc.text, re, /[A-Za-z\d]/)) {
        // A code needs a digit and a letter in each half ("L8 4UN"), not "COVID 19".
        if (!/\d/.test(m[0]) || !/[A-Z]/.test(m[0])) continue;
        push(m.index, m.index + m[0].length, 'Postcode');
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
