import { describe, expect, it } from 'vitest';
import { applyEdit, fixEdit } from '../../../lib/edits.ts';
import type { Finding } from '../../../lib/engine/index.ts';
import { fitFix } from '../../../lib/engine/privacy/fit-fix.ts';
import { analyze } from '../../../lib/engine/index.ts';

/** The post after the fitted fix of `span` (its first occurrence), or null when no fix fits. */
function fixed(text: string, span: string, replacement: string): string | null {
  const start = text.indexOf(span);
  const end = start + span.length;
  const fix = fitFix(text, start, end, { replacement });
  if (!fix) return null;
  const f: Finding = { rule: 'privacy/x', category: 'privacy', severity: 'block', start, end, message: '', fix };
  return applyEdit(text, fixEdit(text, f)!);
}

describe('fitFix', () => {
  it.each([
    // A removal takes its preposition and leaves no separator or space before punctuation.
    ['Our Mrs Ifans in bed 9 turned 100 today.', 'bed 9', '', 'Our Mrs Ifans turned 100 today.'],
    ['Pt (J.K., DOB 04/11/1961) has gout.', 'DOB 04/11/1961', '', 'Pt (J.K.) has gout.'],
    // All a bracket held goes with its brackets; its first item with the comma after it.
    ['Mr. Yoshida (room 412) gave me permission.', 'room 412', '', 'Mr. Yoshida gave me permission.'],
    ['Pt D. Lund (DOB 7-22-58): late-peaking murmur.', 'DOB 7-22-58', '', 'Pt D. Lund: late-peaking murmur.'],
    ['(bed 3) stable overnight, thanks team', 'bed 3', '', 'stable overnight, thanks team'],
    ['Mrs. Fernandes (bed 7, ward 3) asked for her rosary.', 'bed 7', '', 'Mrs. Fernandes (ward 3) asked for her rosary.'],
    ['Dolores Santos, DOB 04/19/1951, came in on warfarin.', 'DOB 04/19/1951', '', 'Dolores Santos, came in on warfarin.'],
    ['Patient born 02.29.1932, a leap-day baby.', 'born 02.29.1932', '', 'Patient, a leap-day baby.'],
    ['She arrived at 1845 by ambulance.', '1845', '', 'She arrived by ambulance.'],
    // Between two words the span leaves with one of the spaces.
    ['pt @tyler_b_fitness just slid into my DMs.', '@tyler_b_fitness', '', 'pt just slid into my DMs.'],
    ['DUI rollover at 5th & Juniper, 0217. Driver 19.', '0217', '', 'DUI rollover at 5th & Juniper. Driver 19.'],
    ['MRN 40-118-227 — DOB 02/09/1961, I know, fixing it.', 'DOB 02/09/1961', '', 'MRN 40-118-227, I know, fixing it.'],
    // A bracketed mask reads anywhere, before a date too.
    ['ECG attached (header: HALVERSON, REIDUN 04/12/1958).', 'HALVERSON, REIDUN', '[name removed]', 'ECG attached (header: [name removed] 04/12/1958).'],
    // Adverbs take the preposition's place.
    ['The man whose angio you did on 3rd March is asking for a copy.', '3rd March', 'recently', 'The man whose angio you did recently is asking for a copy.'],
    ['Walks to the masjid in Sparkhill five times a day.', 'Sparkhill', 'nearby', 'Walks to the masjid nearby five times a day.'],
    ['A fire captain from Glenrock, diagnosed in March.', 'Glenrock', 'nearby', 'A fire captain from nearby, diagnosed in March.'],
    ['The family just moved to Esker Lake last year.', 'Esker Lake', 'nearby', 'The family just moved nearby last year.'],
    ['He walked from his house nearby in Millbrook to the ED.', 'Millbrook', 'nearby', 'He walked from his house nearby to the ED.'],
    // A place ending the subject, before its verb: the adverb reads there.
    ['Two kids from Little Sprouts Daycare came in with the same rash.', 'Little Sprouts Daycare', 'nearby', 'Two kids from nearby came in with the same rash.'],
    ['A roofer from Glenrock collapsed on site.', 'Glenrock', 'nearby', 'A roofer from nearby collapsed on site.'],
    // A removal that would take a sentence's subject is no fix; a whole sentence goes with its stop;
    // a handle that opens the post goes with its space.
    ['bay 3 just tried to leave AMA at 0400.', 'bay 3', '', null],
    ['ICU update: bed 9 is a 34yo from out of town.', 'bed 9', '', null],
    ["His dad's jello was red. Room 8. Pray for me.", 'Room 8', '', "His dad's jello was red. Pray for me."],
    ['@KyleTheRoofer man you PROMISED to rest.', '@KyleTheRoofer', '', 'man you PROMISED to rest.'],
    // Part of a name, or a place in the possessive: no fix.
    ['Congrats to Grace Amoah, 16, our youngest recipient.', 'Amoah', 'a patient', null],
    ['😀 Saw Mrs. Jane Hollis in clinic today.', 'Mrs. Jane Hollis', 'a patient', '😀 Saw a patient in clinic today.'],
    ["My pt, goalie on Quarry Hill High's state title team, is in remission.", "Quarry Hill High's", 'nearby', null],
    // An adverb cannot replace a noun's modifier.
    ['Bonfire Night burns tally so far: a 9 year old.', 'Bonfire Night', 'recently', null],
    // A name joined to another before it: no fix.
    ['The son is a partner at Keller & Vance downtown.', 'Vance', 'a patient', null],
    // A title right before the span would be left dangling: no fix.
    ["Chickenpox in Ms. Greer's kindergarten class.", "Greer's kindergarten", 'nearby', null],
    // A possessive keeps its 's.
    ["Ward party for Mrs. Goldfarb's 92nd today!", "Mrs. Goldfarb's", 'a patient', "Ward party for a patient's 92nd today!"],
    // A preposition goes with what it introduced.
    ['Ma\'am, the profile with DOB 04-17-1962 is not you.', 'DOB 04-17-1962', '', "Ma'am, the profile is not you."],
    // A name after the relative it names goes alone.
    ["It's your sister-in-law Bernice.", 'Bernice', 'a patient', "It's your sister-in-law."],
    ['Found down at home by his wife Hanna. Third MI this year.', 'Hanna', 'a patient', 'Found down at home by his wife. Third MI this year.'],
    ['Her great-grandson Elijah made a card.', 'Elijah', 'a patient', 'Her great-grandson made a card.'],
    // A name addressed at the end goes with its comma.
    ["We'll miss your laugh, Bernie.", 'Bernie', 'a patient', "We'll miss your laugh."],
    // Replacements that read where they stand are kept as they are.
    ['Saw Mrs. Alvarez today.', 'Mrs. Alvarez', 'a patient', 'Saw a patient today.'],
    ['My patient, a 94-year-old man, was seen.', '94-year-old', '90+-year-old', 'My patient, a 90+-year-old man, was seen.'],
  ])('%s', (text, span, replacement, expected) => {
    expect(fixed(text, span, replacement)).toBe(expected);
  });

  it.each([
    // After a determiner a noun phrase no longer fits; nor does a name that goes on past the span.
    ['It still has the Mercy West portable stamp.', 'Mercy West', 'a patient'],
    ['Celebrated today on our Geriatric Unit with cake.', 'Geriatric Unit', 'our hospital'],
    ['Senior partner at Kessler & Moyo LLP, found down.', 'Kessler', 'nearby'],
    ['Please switch to LED ones this year.', 'LED', 'our hospital'],
    ['Plays prop for Otahuhu every Saturday.', 'Otahuhu', 'nearby'],
    ['A matatu overturned near Kikuyu, 11 in.', 'Kikuyu', 'a patient'],
    // A span cut inside a word.
    ['Mrs. Kowalczyk bakes for the ward.', 'Mrs. K', 'a patient'],
    // A removal that would leave a sentence opening with its punctuation.
    ['0215: stabbing, 17 yr old, came in by private car.', '0215', ''],
    // An adverb before a part of the day, or in a sentence's first place.
    ["Treated a steel pan player for heat stroke on J'ouvert morning.", "J'ouvert", 'recently'],
    ['Hogmanay in A&E: a 19yo with a fireworks injury.', 'Hogmanay', 'recently'],
    ['Eircode D08 XY54 on the ambulance sheet, fall on the stairs.', 'Eircode D08 XY54', 'nearby'],
    // "To" after thanks names a person, not a place.
    ['Huge thanks to Aiyana and her mom for letting us share her story.', 'Aiyana', 'nearby'],
  ])('offers no fix: %s', (text, span, replacement) => {
    expect(fixed(text, span, replacement)).toBeNull();
  });

  it('offers no English replacement in a post in another language', () => {
    const text = "Intervention ce matin rue des Lilas pour un homme de 83 ans tombé dans sa cuisine. Merci à sa voisine Josiane d'avoir appelé le 15 !";
    const privacy = analyze(text, { now: '2026-11-22T12:00:00Z' }).findings.filter((f) => f.category === 'privacy' && f.severity !== 'info');
    expect(privacy.length).toBeGreaterThan(0);
    expect(privacy.filter((f) => f.fix && /^\p{L}/u.test(f.fix.replacement))).toEqual([]);
  });
});
