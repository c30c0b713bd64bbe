// Hospital units, wards, bays and beds written without the usual "room": "on 4 West", "PICU 5",
// "Ward 30", "in 9B", "beds 3 and 4", "cama 6", "chambre 212", "leito 12".
import { matches } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { gate, gated, hasDigit } from '../../privacy/text-facts.ts';
import { KNOWN_ACRONYMS } from '../../privacy/name-lexicon.ts';

const UNIT = /\b(?:\d{1,2} ?(?:North|South|East|West|[NSEW])\b|(?:[A-Z]{2,5}|Ward|Wards|Beds?|Rooms?|Bays?|Chairs?|Pods?|Cubicles?|[Cc]ama|[Cc]hambre|[Cc]uarto|Habitación|[Ll]eito|[Qq]uarto|Zimmer|Seats?|beds|rooms|bays|chairs|ward|seat) (?:[A-Z]?\d{1,4}[A-Z]?)(?: (?:and|&) \d{1,4}[A-Z]?)?\b|\b(?:in|on) \d{1,2}[A-Z](?:-\d{1,3})?\b|\bin \d{1,3}(?= (?:right|is|was|who)\b))/g;

// A bay, pod, ward, wing or block named by a letter ("Bay C", "NICU Pod C", "C wing", "cellblock D"):
// as local as a numbered one. Letters A to H name such spots; "A wing" is too often an article.
const LETTER_UNIT = /\b(?:(?:[A-Z]{2,5} )?(?:[Bb]ay|[Pp]od|[Ww]ard|[Ww]ing|[Bb]lock|[Cc]ell ?block) [A-H]|[B-H] (?:[Ww]ing|[Bb]lock|[Pp]od))(?![\p{L}\p{N}'’-])/uy;
// LETTER_UNIT's words (text-facts.ts gated).
const LETTER_UNIT_WORDS = gate('bay|pod|ward|wing|block|cellblock|cell');

// A known test, score or organisation before a number is a value ("GCS 6", "MRI 2"), not a unit,
// unless it names a unit itself: those end in U for unit ("PICU 5", "CCU 3", "HDU 2").
const KNOWN = new Set([...KNOWN_ACRONYMS].filter((a) => !a.endsWith('U')));
const LEADING_CAPS = /^[A-Z]{2,5}(?= )/;
// A number that goes on as a decimal or a measure ("BAC 0.31", "EF 35%") is a value.
const MEASURE_AFTER = /^(?:[.,]\d|%|\/| ?(?:mg|mcg|g|kg|ml|mL|mmol|mmHg|bpm|%))/;

export const rule: Rule = {
  id: 'privacy/unit-location',
  category: 'privacy',
  severity: 'warn',
  description: 'Units, wards, bays and beds: "on 4 West", "PICU 5", "Ward 30", "in 9B", "beds 3 and 4".',
  why: 'A unit and a bed place one patient at one time for everyone who works there.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    for (const m of gated(doc, LETTER_UNIT, LETTER_UNIT_WORDS, 1)) out.push({ start: m.index, end: m.index + m[0].length, message: 'Unit or bed', fix: { replacement: 'the unit' } });
    // Every branch of UNIT holds a number.
    if (!hasDigit(doc)) return out;
    for (const m of matches(doc.text, UNIT)) {
      const caps = LEADING_CAPS.exec(m[0]);
      if (caps && KNOWN.has(caps[0])) continue;
      if (MEASURE_AFTER.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      const s = m[0].startsWith('in ') || m[0].startsWith('on ') ? m.index + 3 : m.index;
      out.push({ start: s, end: m.index + m[0].length, message: 'Unit or bed', fix: { replacement: 'the unit' } });
    }
    return out;
  },
};
