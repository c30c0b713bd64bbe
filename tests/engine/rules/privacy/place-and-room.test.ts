import { rule as place } from '../../../../lib/engine/rules/privacy/place.ts';
import { rule as room } from '../../../../lib/engine/rules/privacy/room-number.ts';
import { testRule } from '../../rule-tester.ts';

testRule(place, {
  valid: [
    'Packed hall for the #ASCO24 plenary in Chicago. Phase 3 data.',
    'Starting Nov 4, the Ashby Mills urgent care is open 7 days. 218 Larch Ave.',
    "After 14 wonderful years at Stellhaven University Hospital, I'm moving my practice. Current patients: records transfer automatically.",
    'Now hiring: medical receptionist, Pomeroy Flats office.',
    'Saw a patient from Boston with a weird rash.',
  ],
  invalid: [
    { text: 'Discharged a 103-year-old from Fernmoor today.', errors: [{ text: 'Fernmoor' }] },
    { text: 'Shoutout to Keisha, 7th grader at Wrenfield Middle, who came into clinic Tuesday wheezing.', errors: [{ text: 'Wrenfield Middle' }] },
    { text: 'We took 3 from the apartment fire on Quince St in Yarrowby, treated in our PICU.', errors: [{ text: 'Quince St' }, { text: 'Yarrowby' }] },
    { text: 'Pt crashed on Hwy 12 outside town.', errors: [{ text: 'Hwy 12' }] },
  ],
});

testRule(room, {
  valid: ['Session in Room 6C at the conference, 2pm. Come moderate with us at our poster session.', 'Cancer Center Conf Rm 3 at noon for the workshop session.'],
  invalid: [
    { text: 'He came in to room 412 with chest pain.', errors: [{ text: 'room 412', fix: 'the ward' }] },
    { text: 'Theo in bed 3 asked me this morning about his echo.', errors: [{ text: 'bed 3', severity: 'block', fix: '' }] },
    { text: 'Mrs. X (MICU bed 7) finally extubated.', errors: [{ text: 'MICU bed 7' }] },
    { text: 'Mr. Halvard Brenneman in 412 just told me he smokes.', errors: [{ text: 'in 412' }] },
    { text: 'Room 5 in our ED has been waiting 19 hours for a psych bed.', errors: [{ text: 'Room 5' }] },
  ],
});
