import { rule as place } from '../../../../lib/engine/rules/privacy/place.ts';
import { testRule } from '../../rule-tester.ts';

testRule(place, {
  valid: [
    // An acronym after "of" is a disease, not a hospital.
    'Just diagnosed my first case of CJD today. Still processing.',
    // A month's short name before a year is a date, not a town after "in".
    'My patient was first seen in Nov 2023 for the rash.',
    // "On this day in 1854" tells history in every sentence.
    'On this day in 1854, John Snow had the handle removed from the Broad Street pump. Epidemiology was born in Soho.',
    // A credential or a scan is no state code; a big city is no small place.
    'Head CT clear, Chest CT too. Thanks, Sarah, MD. She moved to Austin, TX last year.',
    // State codes that are also clinical abbreviations are no state after a list item.
    'Mr. Lee: Labs, CT and echo all normal. Troponin, MI ruled out. Fluids, NS at 125. Cultures, BC x2.',
    // A weekday in the possessive is the day.
    "Mr. Lee tore his ACL at Friday's game and came in at Monday's clinic.",
    // An ultrasound or a creatinine is no road.
    'Mr. Lee: abd US 2 days ago was fine, CR 2.1 today.',
    'Packed hall for the #ASCO24 plenary in Chicago. Phase 3 data.',
    'Starting Nov 4, the Ashby Mills urgent care is open 7 days. 218 Larch Ave.',
    "After 14 wonderful years at Stellhaven University Hospital, I'm moving my practice. Current patients: records transfer automatically.",
    'Now hiring: medical receptionist, Pomeroy Flats office.',
    'Saw a patient from Boston with a weird rash.',
    // Five digits that open a longer hyphenated number are no ZIP code.
    "CNIC 42101-4567891-3 was written next to a 17 year old's name.",
    // Known acronyms after "in" or "to" are tests and units, not hospitals.
    'Pt went to CT and then in ICU overnight, LFTs pending.',
    // An exit without a number is a door.
    'Pt tried to leave by the fire exit at 3am in a gown.',
    // A practice's name before its address is no person's name.
    'Headache clinic has new slots! Northfield Neurology, 3300 Glenn Ave. Referral required.',
  ],
  invalid: [
    // A place told by how few live there.
    { text: 'Today I told a 16yo in our town of 900 people that she is pregnant.', errors: [{ text: 'town of 900 people', output: 'Today I told a 16yo in our small town that she is pregnant.' }] },
    { text: 'My patient has lived in our little town of 900 his whole life.', errors: [{ text: 'town of 900', output: 'My patient has lived in our little town his whole life.' }] },
    // An address right after a person's full name is theirs, in any post.
    { text: "Friday vibes: 'please see Peter Kowalski, 27 Elmtree Road, who has had a cough.' Triage is a joke.", errors: [{ text: '27 Elmtree Road', fix: 'nearby' }] },
    // A highway in any post: the crash near it names the patients' town.
    { text: 'Pileup on I-95 tonight, we got 6 of them, 2 to the OR.', errors: [{ text: 'I-95', severity: 'warn', fix: 'a highway' }] },
    // A town with its state code, in any post: the code is part of the place.
    { text: '70s bloke, retired shearer, Hay NSW, Q fever. Took 3 weeks to get the dx.', errors: [{ text: 'Hay NSW', fix: 'nearby' }] },
    { text: 'Her aunt drove in from Keller, TX with the chart.', errors: [{ text: 'Keller, TX' }] },
    { text: 'Discharged a 103-year-old from Fernmoor today.', errors: [{ text: 'Fernmoor' }] },
    { text: 'Shoutout to Keisha, 7th grader at Wrenfield Middle, who came into clinic Tuesday wheezing.', errors: [{ text: 'Wrenfield Middle' }] },
    { text: 'We took 3 from the apartment fire on Quince St in Yarrowby, treated in our PICU.', errors: [{ text: 'Quince St' }, { text: 'Yarrowby' }] },
    { text: 'Pt crashed on Hwy 12 outside town.', errors: [{ text: 'Hwy 12' }] },
    // A numbered exit is as local as the road.
    { text: 'Picked up a trucker at the truck stop off exit 42 with a STEMI.', errors: [{ text: 'exit 42', output: 'Picked up a trucker at the truck stop off a highway with a STEMI.' }] },
    { text: 'Diwali night casualty at KEM: 11yo boy with burns.', errors: [{ text: 'KEM', severity: 'warn', fix: 'our hospital' }] },
    // A saint's hospital after "at" is one place, not "St" alone.
    { text: "Saw a 45M with chest pain this morning at St. Mary's, cath lab activated.", errors: [{ text: "St. Mary's", severity: 'warn', fix: 'our hospital' }] },
    // After "the", the kind of place stands for it.
    { text: 'Worker from the Tyson plant came in today with a crushed hand.', errors: [{ text: 'Tyson plant', output: 'Worker from the local plant came in today with a crushed hand.' }] },
    { text: 'My patient was hurt at the Iron Temple Gym last night.', errors: [{ text: 'Iron Temple Gym', output: 'My patient was hurt at the local gym last night.' }] },
    { text: 'Trail rescue at 44.3102, -71.2234 today: hiker w/ a broken ankle, 61.', errors: [{ text: '44.3102, -71.2234', output: 'Trail rescue at nearby today: hiker w/ a broken ankle, 61.' }] },
    // A street named the Spanish or Portuguese way.
    { text: 'Hoy en urgencias: niña de 6 años mordida por el perro del vecino en la calle Cruz de Mayo, Jaén.', errors: [{ text: 'calle Cruz de Mayo' }] },
    { text: 'Chegou pelo SAMU o rapaz do acidente de moto na Rua Augusta ontem à noite.', errors: [{ text: 'Rua Augusta' }] },
  ],
});
