// Room, bed, bay, chair and trauma-bay numbers: with a unit name they place one patient. Beds and
// rooms in the languages clinicians post in too ("cama 6", "leito 12", "letto 5", "Zimmer 12").
import { Coverage, matches } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { gate, hasDigit, holds } from '../../privacy/text-facts.ts';

const UNIT = '(?:(?:[A-Z]{2,5}|\\d{1,2} ?(?:North|South|East|West|[NSEW])|[A-Z][a-z]+ \\d[A-Z]?) )?';
const ROOM = new RegExp(
  `\\b${UNIT}(?:[Tt]rauma [Bb]ay|[Ee]xam [Rr]oom|[Rr]oom|[Rr]m\\.?|[Bb]ed|[Bb]ay|[Cc]hair|[Tt]rauma|[Rr]esus|[Cc]ubicle|[Pp]od|[Ss]tall|OR|[Tt]ent|[Hh]all(?:way)? (?:[Ss]pot|[Bb]ed)|[Hh]allway|[Cc]orridor (?:[Ss]pot|[Bb]ed)|[Ss]tretcher|[Tt]rolley|[Cc]ama|[Ll]eito|[Ll]etto|[Bb]ett|[Zz]immer|[Cc]hambre|[Kk]atil|[Hh]abitaci[oó]n|[Qq]uarto|[Bb]ox)\\s?#?([A-Z]?\\d{1,4}[A-Za-z]?)(?![A-Za-z\\u00C0-\\u024F\\d]|:\\d)(?: (?:on|in) (?:\\d{1,2} ?(?:North|South|East|West)|[A-Z]{2,5}|\\d[A-Z]))?`,
  'g',
);
// "Mr. Brenneman in 412": a bare room number right after a name or "pt".
// "in 2023", "in 1848" after a name is a year, not a room.
const IN_ROOM = /\bin (?!(?:1[5-9]|20)\d\d\b)(?:\d{3,4}|\d{1,3}[A-Z])(?![\dA-Za-z\u00C0-\u024F%:])(?! (?:years?|days?|patients|people|mg|kg))/g;
const AFTER_NAME = /\b(?:Mrs?\.?|Ms\.?|[Pp]t|[A-Z][a-z]+) (?:[A-Z][\p{L}'.-]* )?$/u;
// "Stellhaven 7E", "Mercy 4 West": a named hospital's unit.
const UNIT_CODE = /\b[A-Z][a-z]{2,} \d{1,2}(?:[NSEW]|North|South|East|West)\b/g;
// Meeting rooms, suites and halls belong to events and offices, not patients ("session in Room 6C").
// Any other room is proposed, in a notice too: the candidate model weighs the notice.
const NOT_PATIENT = /(?:conf(?:erence)?\.?|meeting|poster|lecture|class|suite|hall|ballroom|breakout|session|workshop)\s*(?:(?:in|at)\s+)?$/i;
// What every ROOM match holds: a word of its room (a gate of text-facts.ts) or "OR".
const ROOM_WORDS = gate('room|rm|bed|bay|chair|trauma|resus|cubicle|pod|stall|tent|hall|corridor|stretcher|trolley|cama|leito|letto|bett|zimmer|chambre|katil|habitación|habitacion|quarto|box');

export const rule: Rule = {
  id: 'privacy/room-number',
  category: 'privacy',
  severity: 'block',
  description: 'Room, bed, bay, chair and trauma-bay numbers, in other languages too: "room 412", "MICU bed 7", "ED bay 14", "cama 6".',
  why: 'A bed or room number places one patient at one time for anyone on the unit.',
  check(doc: Document): RawFinding[] {
    const { patientCase, announcement } = doc.context;
    const out: RawFinding[] = [];
    // Every pattern here holds a number.
    if (!hasDigit(doc)) return out;
    const cover = new Coverage(doc.text.length);
    for (const re of holds(doc, ROOM_WORDS) || doc.text.includes('OR') ? [ROOM, IN_ROOM, UNIT_CODE] : [IN_ROOM, UNIT_CODE]) {
      for (const m of matches(doc.text, re)) {
        const before = doc.text.slice(Math.max(0, m.index - 14), m.index);
        if (NOT_PATIENT.test(before)) continue;
        // In a notice, "Room 204B" written as a place name is a meeting room; a patient's room is "room 508".
        if (announcement && !patientCase && /^(?:Room|Rm\.?) /.test(m[0])) continue;
        if (re === IN_ROOM && !AFTER_NAME.test(doc.text.slice(Math.max(0, m.index - 40), m.index))) continue;
        if (!cover.take(m.index, m.index + m[0].length)) continue;
        // The fix removes the number with the space before it ("Theo in bed 3 asked" -> "Theo asked" is too much;
        // keep the sentence readable by dropping only the location words).
        const start = m.index;
        const end = m.index + m[0].length;
        // "came in to room 412 with" -> "came in to the ward with"; "Theo in bed 3 asked" -> "Theo asked".
        const replacement = /\b(?:to|into|at|from|on)\s$/i.test(before) && !/^in /.test(m[0]) ? 'the ward' : '';
        out.push({ start, end, message: 'Room or bed number', fix: { replacement } });
      }
    }
    return out;
  },
};
