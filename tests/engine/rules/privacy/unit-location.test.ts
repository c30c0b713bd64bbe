import { rule } from '../../../../lib/engine/rules/privacy/unit-location.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'We moved to the new tower last year.',
    'Our unit has great nurses.',
    'in 2023 we opened 12 beds',
    // A score or a measure before a number is a value, not a unit.
    '17 yo, quad bike rollover, GCS 6 on arrival.',
    '23M, BAC 0.31, went through the glass door.',
    // An article, a vitamin and a word that goes on are no lettered unit.
    'A wing of the hospital closed for repairs.',
    'Vitamin D levels in the ward were low across the board.',
    'Block Ads are the worst, said the pod Editor.',
  ],
  invalid: [
    { text: 'Sweetest lady on 3 South.', errors: [{ text: '3 South', fix: 'the unit' }] },
    { text: "lil man in PICU 5 told the attending he's a dinosaur", errors: [{ text: 'PICU 5' }] },
    { text: 'Two pts, same last name, beds 3 and 4. Fix your UI.', errors: [{ text: 'beds 3 and 4' }] },
    { text: 'the gentleman in 9B brought tamales', errors: [{ text: '9B' }] },
    { text: 'Sat with her in 6B-19 while she died.', errors: [{ text: '6B-19' }] },
    { text: 'Mi paciente de la cama 6 cumplió 90', errors: [{ text: 'cama 6' }] },
    { text: 'Dona Maria, do leito 12, recebeu alta hoje.', errors: [{ text: 'leito 12' }] },
    { text: 'my 94yo pt on 6B asked me to dance', errors: [{ text: '6B', output: 'my 94yo pt on the unit asked me to dance' }] },
    { text: 'The 3 yo in ward C3 whose parents travelled.', errors: [{ text: 'ward C3' }] },
    { text: 'Mr Patel in Bay C had photos of his allotment marrows.', errors: [{ text: 'Bay C', output: 'Mr Patel in the unit had photos of his allotment marrows.' }] },
    { text: 'the 24-weeker in NICU Pod C, bed 6, did not make it', errors: [{ text: 'NICU Pod C' }] },
    { text: 'Lad on C wing, 19, fourth self-harm this month', errors: [{ text: 'C wing' }] },
    { text: 'Index case is in cellblock D, 50s, diabetic.', errors: [{ text: 'cellblock D' }] },
    { text: 'flight to SFO, seat 23C, man in his 60s', errors: [{ text: 'seat 23C' }] },
  ],
});
