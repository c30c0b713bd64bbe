import { rule } from '../../../../lib/engine/rules/privacy/patient-name.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    // History told with a year before 1970 and a first or a prize.
    "Gerty Cori, 1947: first American woman to win the Nobel in Physiology or Medicine. She worked as her husband's assistant.",
    // A Spanish PSA's first word before an article or a clitic and a plain word; a function word.
    'Ola de calor esta semana: beba agua y llame a sus vecinos mayores.',
    'Si tu hijo cumple 4 años este año, necesita sus refuerzos de DTaP y polio.',
    'El cribado de cáncer colorrectal es para personas de 50 a 69 años. Si te llega la carta, ¡hazlo!',
    // A role set off by a comma before a courtesy title: a colleague. A French doctor's title.
    'Congrats to our nursing director, Ms. Aisha Al-Balushi, on the award!',
    'Bonne retraite à la Dre Sylvie Bouchard après 30 ans !',
    // A post's time in Spanish or Portuguese opening a sentence, not a given name.
    'Hoy, 7 de abril, Día Mundial de la Salud. Orgullosa de trabajar en la sanidad pública.',
    'Ontem, plantão tranquilo no pronto-socorro.',
    // A credential after a titled name: a colleague (British surgeons are "Mr").
    'Happy retirement to Mr Rajiv Menon FRCS: 31 years of hips and knees.',
    // A number and a month after an awareness day is its date; a month range is a period.
    'Rare Disease Day, 28 Feb: screening before marriage saves families.',
    'Time to antibiotics fell (n=212, Jan–Jun 2024).',
    // A doctor addressed with the honorific is the author.
    "OPD mein har doosra patient: 'Doctor sahab, Google pe padha...'",
    // Placeholder names stand for no one.
    'John Doe 1 and John Doe 2 from the trauma bay are both stable now.',
    'Baby Girl Doe in the NICU is feeding well today.',
    // Named after a person; history dated before 1900.
    'New grant today! $2.1M from the Robert Wood Johnson Foundation for our community health worker program.',
    'In 1846 at Massachusetts General, William Morton demonstrated ether anesthesia on a patient.',
    // A pet's name; the author.
    'Medic 9 crew pulled a golden retriever named Duke out of an icy pond today.',
    'Had my own colonoscopy yesterday. Respect to every pt I\'ve ever told it\'s not that bad.',
    'Our cat Mango (14) had a thyroidectomy today, more stable post-op than my patients.',
    'Station dog Biscuit just finished her therapy dog certification and visits the peds floor today.',
    // A hall of a venue, not a name with an initial.
    'Great to see everyone at #ASCO2025! Our poster is in Hall A.',
    'Hope came back negative on the biopsy, great news.',
    // A full name with a credential is a colleague, as a given name with one is.
    "Rest in peace Bernadette O'Keefe, RN, who spent 40 years in our ED and trained half the nurses in this county.",
    // An author cited, something named after a person, an acronym in quotes.
    'Kernig and Brudzinski had ~5% sensitivity in Thomas et al. (Clin Infect Dis 2002).',
    'Congrats on the Walter J. McDonald Award for Early Career Physicians! The Ruth Lilly Center opens Monday.',
    'Writing just "CHF" gets you I50.9 and erases documented severity.',
    "He kept calling me 'nurse' despite my badge.",
    // A number no one is old enough to be is no age beside a name: an address, an area code.
    'Dental emergency? Call (555) 015-2200 for the on-call dentist. Smiles Family Dentistry, 401 Ridge Rd.',
    // A festival named like a person is a date (the occasion rule's), not a name.
    'Delivered a baby in Kothrud at 2am during Ganesh Chaturthi.',
    "Pearl: in Parkinson's disease the rest tremor usually starts on one side.",
    "Crohn's disease can show up anywhere from mouth to anus.",
    "Graves' disease = TSI antibodies → diffuse uptake.",
    'Life expectancy for people with Down syndrome is now 60+.',
    'Apgar score of 9 at five minutes, Babinski upgoing, Whipple done.',
    "Classic Hodgkin lymphoma survival keeps improving. Bell's palsy: steroids within 72 hours.",
    'Congrats to Dr. Jonah Crohnfeld on his first paper!',
    'Huge congrats to Dr. Imani Castellane-Reyes on being named Chief of Cardiology!',
    'Shoutout to our MA Rosa, who has kept the front desk running for 25 years!',
    'Loved @DrMariaVossberg teaching on Kussmaul vs Cheyne-Stokes breathing.',
    'As Osler said, listen to your patient. Nightingale would agree.',
    'Reading William Osler again: a patient story from 1892 still teaches.',
    'My daughter Emma asked why I work nights.',
    'Grace under pressure is a skill. Hope is not a plan.',
    'Will you join our grand rounds?',
    "'Dr. Google and Dr. TikTok disagree about my rash.'",
    // Capitals that are common words or too short are no surname: "CBC, E coli".
    'Labs: CBC, E coli grew in the urine, BMP normal.',
    // A month's short name before a day is a date, though Jan and Aug are names too.
    'Started warfarin on Jan 5, 2024 for my patient; INR 4.8 today.',
    'Admitted Aug. 12th with a GI bleed, our patient is home now.',
    // A holiday is no surname, nor a holiday named after a saint a name ("Valentine's").
    'Merry Christmas from 4 West, our patients made cards for the night shift.',
    "Faith, hope and love, and a lunch break. Happy Valentine's Day from L&D 💘",
    // A quiz's letter for a name, and history's full names.
    "Fictional case for the quiz: 'Mr. X,' 55, crushing chest pain. Which artery?",
    "Henrietta Lacks' cells are behind nearly every biomedical advance of the last 70 years.",
    'Auguste Deter was the first documented case of the disease Alzheimer described.',
    // A sentence that an old date puts in history names no patient, initials and all.
    'On 16 October 1846, William T.G. Morton demonstrated ether anaesthesia at Massachusetts General Hospital.',
    // A time after a weekday is no age after a name.
    'Reception: 01 555 0187. Mondays & Thursdays, 09:00–13:00.',
    // Capitals with an initial that no label prints beside: a board question's options, a shout.
    'Next best step? A) ERCP B) CT pancreas protocol C) EUS',
    "Yelling 'THAT IS NOT HOW YOU HOLD A LARYNGOSCOPE' at the TV again.",
    // An honorific after a kinship word addresses, names no one.
    'NEET PG result out and 400 unread msgs from aunties asking my rank. Aunty ji I am already a consultant',
    // Twins in order, as a teaching case names them.
    'Teaching case: Baby A and Baby B, born at 31 weeks with TTTS.',
  ],
  invalid: [
    // A name in capitals with its accents, as an ECG header prints it.
    { text: "En la cabecera del ECG sale 'GARCÍA LÓPEZ, M. 03/05/1961'. Recortad antes de compartir.", errors: [{ text: 'LÓPEZ, M', fix: '[name removed]' }] },
    // A name before a verb still opens a French patient story.
    { text: "Constance est rentrée à la maison aujourd'hui après 4 mois aux soins palliatifs pédiatriques.", errors: [{ text: 'Constance' }] },
    // "patient, Mrs. Patel, 88," goes whole, commas and all: the sentence reads on.
    { text: 'Our new patient, Mrs. Patel, 88, came in today.', errors: [{ text: ', Mrs. Patel, 88,', fix: '', output: 'Our new patient came in today.' }] },
    // Kinship prefixes of the Caribbean and Indonesia.
    { text: 'Tanty Rosie from up the hill, pressure 200 again.', errors: [{ text: 'Tanty Rosie' }] },
    // After someone's relative, a name no list of given names holds.
    { text: 'It was her daughter Tamsin who spotted the facial droop mid pub quiz and rang 999.', errors: [{ text: 'Tamsin' }] },
    // A family by a surname with an apostrophe.
    { text: "The O'Driscoll family out in Schull have now had three members with the same HCM variant.", errors: [{ text: "The O'Driscoll family", fix: 'The family' }] },
    // A given name that is also a word, doing what patients do ("Hope came back negative" is a result).
    { text: 'Joy came back to clinic today, her A1c is finally down.', errors: [{ text: 'Joy', fix: 'A patient' }] },
    // A given name's possessive on a lab value or an illness is a patient's.
    { text: "Update: Maria's A1c went from 11.2 to 6.8 and she told the whole choir.", errors: [{ text: "Maria's" }] },
    // Siblings by their surname, in a patient's story: the fix keeps who they are.
    { text: 'Separated at birth here in 1999, the Abernethy-Cole sisters came to visit the patient today.', errors: [{ text: 'the Abernethy-Cole sisters', fix: 'the sisters' }] },
    // A family by its surname outside a case's wording: proposed, for the model to weigh.
    { text: 'Spent an hour with the Okafor family tonight going over goals of care.', errors: [{ text: 'the Okafor family', fix: 'the family', output: 'Spent an hour with the family tonight going over goals of care.' }] },
    // Nicknames in quotes in a story about someone; a compound name in a prayer hashtag.
    { text: "shoutout to 'Sunny' (84 and still flirting) for getting extubated today, she did it", errors: [{ text: "'Sunny'", fix: 'a patient' }] },
    { text: "the 'sock guy' is back!! you know him, always brings socks", errors: [{ text: "'sock guy'" }] },
    { text: 'Spoke about the #PrayForLilyRose case at rounds today.', errors: [{ text: '#PrayForLilyRose', fix: '' }] },
    // A surname that is also a word belongs to the name when the age follows it.
    { text: 'Jane Hollis, 58, in room 9 was discharged today.', errors: [{ text: 'Jane Hollis', fix: 'A patient' }] },
    // Initials without a patient cue are still proposed, for the model to weigh.
    { text: 'R.B. on 4 West keeps asking for the chaplain.', errors: [{ text: 'R.B.', fix: 'A patient' }] },
    { text: 'Saw my patient Mrs. Alvarez today for her follow-up.', errors: [{ text: ' Mrs. Alvarez', fix: '' }] },
    { text: 'Mrs. Corinne Vasquez-Tolliver died peacefully at home.', errors: [{ text: 'Mrs. Corinne Vasquez-Tolliver', severity: 'block', fix: 'A patient' }] },
    { text: 'Seen today: Mrs. Alvarez, 93, with chest pain.', errors: [{ text: 'Mrs. Alvarez, 93,', fix: 'a patient,', output: 'Seen today: a patient, with chest pain.' }] },
    // A surname that is also an English word still belongs to the name after a title and a given name.
    { text: 'Saw Mrs. Jane Hollis in room 412 today.', errors: [{ text: 'Mrs. Jane Hollis', severity: 'block' }] },
    // A surname's particle goes with the name, so the fix leaves none of it behind; courtesy titles of other languages.
    { text: 'Saw Mr. Juan de la Cruz in clinic today.', errors: [{ text: 'Mr. Juan de la Cruz', output: 'Saw a patient in clinic today.' }] },
    { text: 'Dona Maria da Penha recebeu alta hoje depois de 40 dias de UTI.', errors: [{ text: 'Dona Maria da Penha', fix: 'A patient' }] },
    { text: 'Happy birthday to my patient Grace, who is doing great.', errors: [{ text: ' Grace', fix: '' }] },
    { text: 'Will, 8, came in with a broken arm.', errors: [{ text: 'Will' }] },
    { text: 'Hope, our 6yo leukemia fighter, rang the bell!', errors: [{ text: 'Hope' }] },
    { text: 'Jolene finished her last fraction today and took her mask home.', errors: [{ text: 'Jolene' }] },
    { text: 'Shoutout to J.T., the 34yo firefighter I saw last month.', errors: [{ text: 'J.T.' }] },
    { text: 'Nana Bea on Alder Lane made the team empanadas again.', errors: [{ text: 'Nana Bea' }] },
    { text: 'Shoutout to Eulalie Marchbanks, who told me at her checkup she is voting.', errors: [{ text: 'Eulalie Marchbanks' }] },
    { text: "Just saw one with 'HALVERSON, REIDUN DOB 04/12/1958' on it", errors: [{ text: 'HALVERSON, REIDUN' }] },
    { text: 'Please pray for my patient #PrayForJake', errors: [{ text: '#PrayForJake' }] },
    { text: 'Admitted her husband too; his neighbor Dot drove him in.', errors: [{ text: 'Dot' }] },
    { text: "Janeway lesions 👇 (the wristband reads 'VANTERPOOL, E  MRN 00728815', re-cropping)", errors: [{ text: 'VANTERPOOL, E', fix: '[name removed]' }] },
    // A surname in capitals with an initial, known by what the label prints after it.
    { text: 'Board at 9pm: HARGREAVES T 78F Resus 2, waiting 19h for a bed.', errors: [{ text: 'HARGREAVES T', fix: '[name removed]' }] },
    { text: "Guess the dx [img: PA chest, corner label 'MERCER D  M 54y  ACC# 88310274']", errors: [{ text: 'MERCER D' }] },
    { text: 'Ulcer photo, hope the wristband is not too visible: K. OYELARAN 12/05/1961', errors: [{ text: 'K. OYELARAN' }] },
    // A newborn named by the family's initial or name.
    { text: 'Baby G (33 wk, mom is 16) is off CPAP today!', errors: [{ text: 'Baby G' }] },
    { text: 'Welcome Baby boy Pemberton, 9lb 14oz, born this morning on our unit.', errors: [{ text: 'Baby boy Pemberton' }] },
    // A family name with an elder's honorific after it; a kinship title before a name.
    { text: 'Sharma aunty ko aaj discharge kiya, 3 hafte ICU mein rehne ke baad.', errors: [{ text: 'Sharma aunty' }] },
    { text: 'Khala Rukhsana came in for dialysis today.', errors: [{ text: 'Khala Rukhsana' }] },
    // A titled name with its age, in French too.
    { text: 'Garde de nuit : Mme Diatta, 61 ans, arrivée ce matin avec une éclampsie.', errors: [{ text: 'Mme Diatta, 61 ans,' }] },
  ],
});
