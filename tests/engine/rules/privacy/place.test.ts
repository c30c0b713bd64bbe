import { rule as place } from '../../../../lib/engine/rules/privacy/place.ts';
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
