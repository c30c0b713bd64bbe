import { rule } from '../../../../lib/engine/rules/privacy/bare-age.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    // A pet's age after its name.
    'My dog Biscuit, 14, had her dental today.', 'Our cat Mango (14) still rules the house.',
    'Fell from 94 to 41 minutes after the change.', 'Clinique de 8 h 30 à 16 h.', 'Rare Disease Day, 28 Feb, every year.', 'Gave 40 mg of furosemide to 3 patients in 2 hours.', 'Mastografía gratuita en Av. Juárez 115, lunes a viernes.', 'She was 34-year-old in the chart.', 'BP 120/80, HR 72bpm, temp 38.5', 'Hb 62, sodium 118, glucose 41, all on one shift.', 'Hemoglobin 62 and platelets 40 in a lad from Cardiff.', "It's free for under 5s and over 65s, and for anyone aged 40.", 'Two weeks of steroids and one of them relapsed.', 'the constructor, and the valueOf.', 'Medic 9 crew and Engine 3 brought him in, Station 4 stayed.',
    // Age groups as the fixes write them.
    'A patient over 90, walked out to a mariachi band.', 'Flare in a 90+yo nursing-home resident.',
    // An age the age rules find ("oldest" makes the number one) is theirs.
    'Our oldest patient ever, 101, went home today.',
    // A span of years is a career or a tie, not an age.
    'Sister Doyle retires after 41 years on Ward 4.', 'My patient for 12 yrs, and our midwife for 35 years.', 'Congrats to our NP on 25 years at the clinic!',
    // A numbered list's markers.
    "Pearls from M&M: 1. Don't anchor 2. Re-examine the abdomen 3. When a nurse worries, go.", 'Steps: 1) wash 2) glove 3) prep.'],
  invalid: [
    { text: 'Our best patient ever, 101, went home today.', errors: [{ text: '101', fix: '90+' }] },
    { text: 'Ninety-four, sharper than me.', errors: [{ text: 'Ninety-four', fix: 'Over 90' }] },
    // ("he was 34." is a pronoun's age: exact-age's.)
    { text: 'Our crossword champ (14) — he was 34.', errors: [{ text: '14' }] },
    { text: 'The lady from Cork, 41 years, in bed 3.', errors: [{ text: '41' }] },
    // A number before a period that no other item's number follows ends a sentence: it may be an age.
    { text: 'My patient in bay 4 is 94. Still drives herself.', errors: [{ text: '94' }] },
    { text: 'Saw a lady of 94 years in clinic today.', errors: [{ text: '94', fix: '90+' }] },
    // One word of a longer number: replacing it alone would not read.
    { text: 'The copay came to a hundred and ten.', errors: [{ text: 'hundred', fix: null }, { text: 'ten' }] },
  ],
});
