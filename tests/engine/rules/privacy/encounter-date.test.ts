import { rule } from '../../../../lib/engine/rules/privacy/encounter-date.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    // A date in a sentence that tells history.
    'Walked past the museum on the way to clinic. First human heart transplant, 3 December 1967. Goosebumps.',
    // "Domingo" capitalised is a name's; German "hier" is "here".
    'Plácido Domingo singt nicht mehr. Wir sind hier.',
    // A month range dates a study's period, not a visit.
    'Time to antibiotics fell (n=212, Jan–Jun 2024).',
    // A named day of the year is no visit's weekday.
    'Mothering Sunday on the labour ward: every mum, you were amazing.',
    // An awareness day's date is the day's, not a visit's.
    'World Sickle Cell Day, 19 June 🩸 Newborn screening saves lives.',
    'World Down Syndrome Day is 3/21: three copies of chromosome 21.',
    '3/21 is World Down Syndrome Day. Rock your socks.',
    // "am" and "pm" only as words: "30 amazing years" holds no time.
    'Thank you for 30 amazing years, team.',
    // A date before 1900 is history.
    'Elizabeth Blackwell graduated on 23 January 1849; Laennec on January 23, 1816, they say.',
    'In 2011 my mom was diagnosed with Hodgkin lymphoma.',
    'BP 120/80, pain 7/10, 2/6 murmur, 5/5 strength, open 24/7, vision 20/20.',
    '1/3 Prior auth horror stories, a thread.',
    'Heading to #AHA24 in Chicago Nov 16–18! Presenting our poster Sun 11/17.',
    'Reminder: our clinic is closed Monday, Sept 2 for Labor Day.',
    'In the 1990s we had no statins like this.',
    // An ordinal with a noun after it is no day of the month.
    'Our unit is on the 4th floor; she is in the 5th percentile.',
    // A date from before anyone alive was born: a placeholder or history.
    'the EHR says my pt is 126 years old because registration left the default DOB of 01/01/1900 again',
    // "the fourth" as a count or an amendment's name is no holiday.
    'Third admission and the fourth time she has pulled her line.',
    'The Fourth Amendment protects you from searches, not your chart.',
  ],
  invalid: [
    // A date of birth after its label in Portuguese.
    { text: 'A foto do exame ainda mostra data de nascimento 22/11/1949 no canto 🤦', errors: [{ text: 'data de nascimento 22/11/1949', fix: '' }] },
    // A day of the week in Spanish as it is written.
    { text: 'Chaval de 17, de las fuerzas básicas, con rotura de LCA el sábado. Ya está operado.', errors: [{ text: 'sábado' }] },
    // A date of birth told in French.
    { text: "Encore un ECG dans un groupe WhatsApp avec 'DUPONT Gérard né le 14/02/1953' en haut.", errors: [{ text: 'né le 14/02/1953', fix: '' }] },
    // A zero-padded day and month, or one after a word that dates, is a date even where a thread's count would stand.
    { text: 'Lad with a hip fracture, seen 03/04.', errors: [{ text: '03/04', fix: 'recently' }] },
    { text: 'Lad with a hip fracture seen on 3/4.', errors: [{ text: '3/4' }] },
    // A clock time's span ends with the time, not the space after it.
    { text: 'Mr. Lee arrived at 03:14 by ambulance.', errors: [{ text: '03:14' }] },
    // A quantity after a date is no year.
    { text: 'Mr. Lee had his drain out on March 3, 1500 mL in total.', errors: [{ text: 'March 3' }] },
    { text: 'Pt presented 2/9 with recurrent syncope.', errors: [{ text: '2/9', severity: 'block', fix: 'recently' }] },
    { text: 'March 14: 31-year-old with sudden branch retinal artery occlusion, diagnosed by us.', errors: [{ text: 'March 14', severity: 'block' }] },
    { text: 'Crop the header: DOB 04/12/1958 right on it', errors: [{ text: 'DOB 04/12/1958', severity: 'block' }] },
    { text: 'Pt coded Sept 18, 3:42am in the CCU.', errors: [{ text: 'Sept 18, 3:42am' }] },
    { text: 'Last night we intubated a 19yo.', errors: [{ text: 'Last night' }] },
    // Relative times in Spanish, French, Portuguese and German posts.
    { text: 'Hoy vino a la clínica con fiebre y tos.', errors: [{ text: 'Hoy' }] },
    // Relative days colleagues mix into English: Hindi, Tagalog, Hindi's pair "kal raat".
    { text: 'Aaj ek 8 saal ka bacha aaya with dengue, platelets 20k.', errors: [{ text: 'Aaj' }] },
    { text: 'Kagabi may dumating na lola from Tondo with a hip fracture.', errors: [{ text: 'Kagabi' }] },
    { text: 'Kal raat ek accident case aaya from the highway.', errors: [{ text: 'Kal raat' }] },
    { text: 'Arrivé aux urgences ce matin avec une douleur thoracique.', errors: [{ text: 'ce matin' }] },
    { text: 'Ontem atendi um senhor de 70 anos.', errors: [{ text: 'Ontem' }] },
    { text: 'Lost a mom of three on Christmas Eve.', errors: [{ text: 'on Christmas Eve' }] },
    // The one day of four years: a birthday told by it.
    { text: 'Leap Day twins in our unit, a first! Mum is doing great.', errors: [{ text: 'Leap Day' }] },
    // The Fourth of July by its short name; an Australian afternoon.
    { text: 'I took care of the driver from the pileup on the Fourth. He says sorry.', errors: [{ text: 'the Fourth' }] },
    { text: 'Our patient passed this arvo with her whole family there.', errors: [{ text: 'this arvo' }] },
    // Weeks and months as notes abbreviate them; not a month's name before its day.
    { text: 'The vet I see at the VA clinic relapsed this wk.', errors: [{ text: 'this wk' }] },
    { text: 'Third forklift driver from that site since Nov. Calling them now.', errors: [{ text: 'since Nov' }] },
    { text: 'Mr. Lomax went from door to balloon in 38 minutes Friday night.', errors: [{ text: 'Friday night' }] },
    { text: 'Saw her the evening of June the third after day camp.', errors: [{ text: 'June the third' }] },
    { text: 'The fourteenth of June, a vet came through our ED.', errors: [{ text: 'The fourteenth of June' }] },
    { text: 'Fireworks injury on the 4th: 17yo, open globe.', errors: [{ text: 'on the 4th' }] },
    { text: 'Delivered a baby at 3:47am on 11/02 for a couple I knew.', errors: [{ text: '3:47am' }, { text: '11/02' }] },
    { text: 'ED at 11pm: 46M with a fish bone.', errors: [{ text: '11pm' }] },
    { text: 'Pt says dad goes home tmrw, she has been here since June.', errors: [{ text: 'tmrw' }, { text: 'since June' }] },
    // A birthday with its year is a date of birth: only the date goes.
    { text: "Patient today told me her birthday is 7/4/1976 so she's a firework.", errors: [{ text: 'today' }, { text: '7/4/1976', output: "Patient today told me her birthday is [date removed] so she's a firework." }] },
  ],
});
