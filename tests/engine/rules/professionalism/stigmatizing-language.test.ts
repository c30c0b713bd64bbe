import { rule } from '../../../../lib/engine/rules/professionalism/stigmatizing-language.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    // Criticism of stigma that quotes the words, adjectives that are not labels, air travel.
    "'Frequent flyer' tells me nothing clinical. Say what happened.",
    "Person who uses drugs, not 'junkie'. Words matter.",
    'The diabetic diet myth, again.',
    'Diabetic foot checks save limbs.',
    'Finally used my frequent flyer miles for the conference.',
    'People with obesity get missed diagnoses because of weight stigma.',
    // Fondness laughs too: a patient story with "again", "lol" or 😂 mocks no one.
    'My patient snuck the ferret into 3 West AGAIN 🦦',
    'A patient came in today for his annual and brought me tomatoes from his garden again 😂',
    'lol a pt found my personal email & sent me her BP log. if you are reading this, the portal works too',
    // Venting about the system, and an eye-roll at kindness, aim at no patient.
    'Our manager cancelled our breaks again 🙄',
    'Lovely family in bay 4 brought us biscuits again 😂',
  ],
  invalid: [
    // Contempt for a kind of patient as a group, and slang for a person who was drunk.
    { text: 'My 2pm is a chronic pain patient. You know the type. pray for my schedule', errors: [{ text: 'You know the type' }] },
    { text: '3rd time this month the same pisshead has called for a sore toe.', errors: [{ text: 'pisshead', fix: 'person who was drunk' }] },
    { text: '3am and our frequent flyer is back again 🙄', errors: [{ text: 'frequent flyer', severity: 'warn', fix: 'patient with frequent visits' }] },
    { text: 'A diabetic who skips insulin.', errors: [{ text: 'A diabetic', fix: 'A person with diabetes' }] },
    { text: 'Saw an epileptic in clinic today.', errors: [{ text: 'an epileptic', fix: 'a person with epilepsy' }] },
    // Slang for people who drink, for bodies and for old age.
    { text: 'The alcos always show up on payday weekends. clockwork.', errors: [{ text: 'alcos' }] },
    { text: "Geriatric ward = God's waiting room. half of them don't know what year it is", errors: [{ text: "God's waiting room" }] },
    { text: 'Two addicts and a gomer overnight.', errors: [{ text: 'Two addicts', fix: 'Two people with a substance use disorder' }, { text: 'gomer', fix: 'older patient' }] },
    { text: 'the crazy one in 12 is screaming again', errors: [{ text: 'crazy one' }] },
    { text: 'another junkie rolled in at 4am lol', errors: [{ text: 'junkie', fix: 'person who uses drugs' }] },
    { text: "she's mental, absolutely mental, bay 3 again 🙄", errors: [{ text: "she's mental" }] },
    // No listed word: the sentence mocks the patient.
    {
      text: "Bed 9 has been moaning all night that the tea is cold. Entitled doesn't begin to cover it 🙄",
      errors: [{ text: 'Bed 9 has been moaning all night that the tea is cold.' }],
    },
  ],
});
