import { rule } from '../../../../lib/engine/rules/privacy/proper-noun.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    // A colleague: a role in apposition, or a credential, as patient-name reads them.
    'Congrats to Priya Raman, our chief resident, on her fellowship match!',
    'Shoutout to Ana, RN, who caught a med error before it reached the patient.',
    // An article opening a sentence of a French post.
    'La clinique sera fermée le 24 juin pour la fête nationale. Bonne fête à tous !',
    // A pet's name with a title.
    'Our practice cat, Mr Pickles, has retired from reception duties.',
    // A crew's unit and its number.
    'Christmas Day shift tally: 6 falls, 2 chest pains. Merry Christmas from Medic 3 and Engine 7',
    // History's full names stand for no patient, whatever the surname also means.
    "Henrietta Lacks' cells are behind nearly every biomedical advance of the last 70 years.","GCS 10 on arrival. Yes I'm still shaking, and I've seen a lot. I'll be fine.", 'Honestly, the night was calm. Tomorrow from 8 we start again.', 'Happy Monday! The best time to get a flu shot is now.', 'the night shift was calm.', 'Read more at #NephTwitter or @NephJC', 'His congregation noticed in Feb, and again since Oct.', "our ED switched from 'Doe, John' to color aliases for unidentified pts.", 'The John Doe board in our trauma bay is down to zero for the first time this week.', 'Case report out in BMJ Case Reports today: a 45-year-old with an Addisonian crisis after stopping steroids.', 'In 1846 at Massachusetts General, William Morton demonstrated ether in the Ether Dome.', 'Therapy dog Max visited the oncology ward today and my patients loved him.'],
  invalid: [
    // A title with its full stop is no name of its own: the name after it is.
    { text: 'We lost Dr. Harriet Pemberton-Oyelaran this week.', errors: [{ text: 'Harriet Pemberton-Oyelaran' }] },
    // A greeting opening the run is no part of the name.
    { text: 'Congrats Priya on the new baby, born Sunday at our hospital!', errors: [{ text: 'Priya' }] },
    { text: 'Marisol from the bakery on 3rd came in again.', errors: [{ text: 'Marisol', fix: 'A patient' }] },
    { text: 'Saw Joy today with her mom.', errors: [{ text: 'Joy', fix: 'a patient' }] },
    { text: 'Referral from a GP in Tullyvreen about a farmer.', errors: [{ text: 'Tullyvreen', fix: 'nearby' }] },
    // A saint's name is one name with its abbreviation.
    { text: "Thank you to the 3rd floor ICU at St. Columba's for saving him.", errors: [{ text: "St. Columba's", fix: 'nearby' }] },
    // Name or place, with no place word before it: "nearby" would be a guess, so no fix.
    { text: 'The 34yo pt plays prop for the Tullyvreen Rovers.', errors: [{ text: 'Tullyvreen Rovers', fix: null }] },
    // A word that opens a sentence counts when it is addressed or described right after.
    { text: 'Godswill, the 9 yo from the ward, finished cycle 6.', errors: [{ text: 'Godswill', fix: 'A patient' }] },
    { text: 'It is fine. Terry, I have an MRCP.', errors: [{ text: 'Terry', fix: 'A patient' }] },
    // A rank's full stop ends no sentence, and the rank goes with the name.
    { text: 'Sgt. Ramos from Fort Carlin came in with a hip fracture.', errors: [{ text: 'Sgt. Ramos' }, { text: 'Fort Carlin' }] },
    // A name that is also a word, opening a sentence, placed in a room or set off as the patient.
    { text: "Grace in 412 told me she's been married 71 years.", errors: [{ text: 'Grace', fix: 'A patient' }] },
    { text: 'Faith (the patient, not the concept) is still waiting on a bed.', errors: [{ text: 'Faith', output: 'A patient (the patient, not the concept) is still waiting on a bed.' }] },
  ],
});
