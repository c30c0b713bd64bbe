import { rule as over89 } from '../../../../lib/engine/rules/privacy/age-over-89.ts';
import { describe, expect, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';
import { runRule } from '../../run-rule.ts';

testRule(over89, {
  valid: [
    // A hospital's or a town's anniversary.
    'Happy 100th to our hospital! Founded 1925.', "The town's 150th parade is on Saturday.",
    // Money, not a man of 100: "$100M".
    'The ice bucket challenge raised >$100M and helped fund the work that found NEK1.',
    // A helpline's number and its menu option.
    'Recuerda: la Línea 113, opción 5, del MINSA es gratuita, las 24 horas.',
    // A colleague's birthday.
    'Happy 90th birthday to Dr. Ruth Adler, who founded our clinic in 1972.',
    'A patient (90+) came in with a hip fracture.',
    // The author's own relative, in a sentence about no patient.
    'My grandpa turned 95 today and still mows his own lawn. My nani turned 90 this week.',
    // A relative named as only the family names them.
    "Mum's 91st birthday today and she still beat us all at cards.",
    'Between 90 and still more: the ward took 95 and sharp turns. Ages 90 and still rising.',
    // A measure or a count before "and still" is no age.
    'Mr. Lee: BP 94 and still dropping after 2L, sats 92 and still falling. Day 100 and still on the vent.',
    // A vital sign or a lab value in apposition is a measure, not an age.
    'Composite case: 34F, pleuritic pain, HR 118, SpO2 91% on room air.',
    'Sodium 118, potassium 6.8, INR 7.4: the bleep list from one night.',
    'Very few RCTs enroll anyone 90 or older, yet nonagenarians are the fastest-growing group we admit.',
    'Before you post a case, strip names, dates, ages over 89, places and photos.',
    'RSV vaccine is recommended for all adults 75+ and for adults 60–74 at increased risk.',
    '5-yr survival in classic Hodgkin lymphoma is now ~89%.',
    'Fever of 101F in a toddler.',
    // A poster's board, a seat or a page is numbered, not aged.
    'Our poster is Board 112, Hall A, Sat 31 May. Page 104, row 95.',
    // A spelled number that is a count or a measure, or the start of a longer number, is no age.
    'She was ninety minutes late. He was a hundred and ten percent sure it was the traffic.',
    'The oldest hospital in the country was founded in 1751; the oldest of its 3 wings is 1,000 feet long.',
    // A hospital or a procedure turns 100, not a person.
    'Our hospital turns 100 on Saturday! Open house 10–2 in the main lobby.',
    'The Whipple procedure turns 90 this year.',
  ],
  invalid: [
    // An age after "age" that a comma or a stop ends; a birthday by its ordinal alone.
    { text: 'My patient asked me to share this: Dorothy, age 91, just finished her first 5K!', errors: [{ text: 'age 91', fix: 'age over 90' }] },
    { text: 'Happy 90th to Mr. Kwan on 7 East, the nurses made him a crown.', errors: [{ text: '90th', output: 'Happy milestone birthday to Mr. Kwan on 7 East, the nurses made him a crown.' }] },
    { text: 'Visited my long-time pt at the memory care home for her 95th.', errors: [{ text: '95th', fix: 'milestone birthday' }] },
    // An age in Arabic digits and words.
    { text: 'الحاج أبو خالد، ٩٣ سنة، من كفر الدوار، خرج اليوم من العناية.', errors: [{ text: '٩٣ سنة', fix: '90+ سنة' }] },
    // Traditional Chinese writes the age 歲.
    { text: '今日喺急症室見到一位伯伯，98歲，自己搭小巴落嚟睇心口痛。', errors: [{ text: '98歲', fix: '90+歲' }] },
    // "N and still…" is an age, in digits or in words.
    { text: 'Our patient is 101 and sharper than me.', errors: [{ text: '101', fix: 'over 90' }] },
    { text: 'Ninety-four and still driving herself to dialysis.', errors: [{ text: 'Ninety-four', fix: 'Over 90' }] },
    { text: 'My patient Ruth, 96, still gardens every morning.', errors: [{ text: '96', severity: 'block' }] },
    // A pronoun's age that a comma or a stop ends.
    { text: 'My first DNR talk as an intern: she was 93, a retired Latin teacher.', errors: [{ text: 'she was 93', fix: 'she was over 90' }] },
    // "years young" is an age as "years old" is, in digits or in words.
    { text: 'Ninety-four years young and she still corrects my blood pressure technique.', errors: [{ text: 'Ninety-four years young' }] },
    { text: 'Grateful for patients like Sister Agnes, 91 yrs young, who prays for every nurse.', errors: [{ text: '91 yrs young' }] },
    // Years in Hindi and Urdu ("saal") as in Spanish or French ("años", "ans").
    { text: 'Aaj ek 102 saal ki dadi ji aayi OPD mein, Rampur se.', errors: [{ text: '102 saal', fix: '90+ saal' }] },
    // "Oldest" makes the number after it an age.
    { text: 'Our oldest TAVR patient ever, 101, went home POD 1.', errors: [{ text: '101', severity: 'block', fix: 'over 90' }] },
    { text: 'Our oldest flu shot recipient this season is 104 and drove herself here.', errors: [{ text: '104', fix: 'over 90' }] },
    // A kin word that titles a name is how a patient is called, not the author's own relative.
    { text: 'Grateful to Mama Wanjiru from Kibera, 92, who lets our students examine her murmur.', errors: [{ text: '92', fix: '90+' }] },
    { text: 'A patient (93) came in with a hip fracture.', errors: [{ text: '93', fix: '90+' }] },
    { text: 'Discharged a 103-year-old today.', errors: [{ text: '103-year-old', severity: 'block', fix: '90+-year-old' }] },
    { text: 'ED bay 14 right now: 94yo more worried about her cat.', errors: [{ text: '94yo', fix: '90+yo' }] },
    { text: "She's 91 and still draws up her own insulin.", errors: [{ text: "She's 91", fix: "She's over 90" }] },
    // An age in words after the words that tell one: the number alone is replaced.
    { text: "She's one hundred and two. Came in for a UTI.", errors: [{ text: 'one hundred and two', severity: 'block', fix: 'over 90' }] },
    { text: 'Miss Constance turned ninety-four on our unit yesterday.', errors: [{ text: 'ninety-four', fix: 'over 90' }] },
    { text: 'Happy 100th birthday to my patient!', errors: [{ text: '100th birthday', fix: 'milestone birthday' }] },
    { text: 'Nonagenarian with a new hip, walking on POD1.', errors: [{ text: 'Nonagenarian' }] },
    // "centenarian" holds no "nonagenarian": its own gate word.
    { text: 'Our resident centenarian had her hip pinned today.', errors: [{ text: 'centenarian', fix: 'patient over 90' }] },
    { text: 'A supercentenarian on the ward this week!', errors: [{ text: 'supercentenarian' }] },
    { text: 'My 97 y/o pt this afternoon asked about TikTok.', errors: [{ text: '97 y/o' }] },
    // Japanese, Chinese and Malay ages.
    { text: '今日の外来で、田中トメさん（98歳）が笑っていた。', errors: [{ text: '98歳' }] },
  ],
});

describe('age-over-89 floors', () => {
  // A colleague's age in a death notice is no block by itself: the model weighs it with the notice.
  it('leaves a titled colleague\'s age to the model, and blocks a patient\'s', () => {
    expect(runRule(over89, 'Sad news: Prof. Thabo Mokoena, former Dean, passed away yesterday aged 91.').map((f) => [f.text, f.floor])).toEqual([['aged 91', undefined]]);
    expect(runRule(over89, 'Dr. Okafor asked me to see her patient, age 94, in clinic today.').map((f) => [f.text, f.floor])).toEqual([['age 94', 'block']]);
  });
});
