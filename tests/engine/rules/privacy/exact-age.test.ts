import { rule as exactAge } from '../../../../lib/engine/rules/privacy/exact-age.ts';
import { testRule } from '../../rule-tester.ts';

testRule(exactAge, {
  valid: [
    // The author's own child, and an age before the author's relative.
    'My 8yo asked what I do at work. I said I help people who are very sick.',
    'My 85-year-old dad called to brag about his new knee.',
    // A span of time in Portuguese and Spanish, no age.
    'Mamografia a cada 2 anos para mulheres de 50 a 69 anos, pelo SUS.',
    'Hoy hace 10 años me diagnosticaron un linfoma de Hodgkin. Hoy soy hematóloga.',
    // A threshold in brackets is who a rule is for, not anyone's age; so are Arabic, Korean and Japanese ones.
    'حملة التطعيم ضد الإنفلونزا لمن هم ٦٥ سنة فأكثر', '독감 예방접종 시작! 65세 이상은 무료입니다.', '65歳以上は公費助成あり。',
    'RSV admissions in infants (<6 mo) fell by half this season.',
    // A threshold of a group, in French and Spanish.
    'Sans rendez-vous pour les 75 ans et plus.', 'Vacunación para mayores de 65 años.',
    // A pay band is no age.
    "We're hiring: Staff Nurse Band 5, Ward 12 (Acute Medicine).",
    'Got my colonoscopy at 45 like the guidelines say.',
    "We're extrapolating from 65-year-olds.",
    'Start mammograms at 40, every 2 years through 74.',
    'NO honey before age 1!',
    'Screening for all fifty-year-olds starts next month.',
    'Gave her a 3 mo supply and a 6 wk course.',
    // A range of ages in Portuguese.
    'Outubro Rosa: mulheres de 50 a 69 anos devem fazer mamografia a cada dois anos.',
    // A crew's number.
    'EMS Week shoutout to Medic 14 & Engine 3, who brought us 11 pts last night.',
    // A pet's age.
    'Our cat Mango (14) had a thyroidectomy today, more stable post-op than my patients.',
  ],
  invalid: [
    // "my" before a child's age with a condition, or an adult's age: a patient.
    { text: 'my 8 yo w/ CF told me today he wants to be a pulmonologist.', errors: [{ text: '8 yo' }] },
    { text: 'My 54yo with sarcoid is a retired physicist.', errors: [{ text: '54yo' }] },
    { text: 'Saw a 44yo glassblower with silicosis.', errors: [{ text: '44yo', severity: 'info' }] },
    { text: 'HPI: 24F, presented with syncope.', errors: [{ text: '24F' }] },
    { text: 'Fallbericht: 31-jährige Patientin, heute aufgenommen.', errors: [{ text: '31-jährige' }] },
    { text: 'Caso clínico: una niña de 4 años ingresó ayer.', errors: [{ text: '4 años' }] },
    // The m of "m'a" is no sex after the age.
    { text: "Mon patient de 78 ans m'a apporté du sirop d'érable.", errors: [{ text: '78 ans' }] },
    { text: 'Diagnosed a 3-month-old with infant botulism.', errors: [{ text: '3-month-old' }] },
    // After the date of a visit, "a" opens the age (not a range's "12 a 17 años").
    { text: 'Seen 9/14 a 16yo from the county with DKA.', errors: [{ text: '16yo' }] },
    { text: 'Pt came in with chest pain. He was 34, a welder.', errors: [{ text: 'He was 34' }] },
    { text: 'Pt is a seventy-four-year-old man with chest pain.', errors: [{ text: 'seventy-four-year-old' }] },
    { text: 'Our seven-year-old patient was so brave.', errors: [{ text: 'seven-year-old' }] },
    { text: 'Have a 4mo from the valley with a coronary aneurysm.', errors: [{ text: '4mo' }] },
    { text: 'my son Eli, 8 mo, still not rolling', errors: [{ text: '8 mo' }] },
    { text: 'Our little guy in bed 4 (9 mo, first Xmas, RSV) got a visit from Santa.', errors: [{ text: '9 mo' }] },
    // Ages in Persian, Korean and Vietnamese.
    { text: 'امروز در اورژانس شیراز پسر ۱۶ ساله‌ای از روستای قلات آمد', errors: [{ text: '۱۶ ساله' }] },
    { text: '오늘 소아과에 온 하늘이, 6살, 유치원 다니는 친구.', errors: [{ text: '6살' }] },
    { text: 'Mùng 2 Tết, bé trai 7 tuổi ở xã Tân Lập bị bỏng pháo.', errors: [{ text: '7 tuổi' }] },
    { text: 'peds derm zebra: 5mo with harlequin ichthyosis this week.', errors: [{ text: '5mo' }] },
  ],
});
