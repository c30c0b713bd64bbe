import { rule } from '../../../../lib/engine/rules/privacy/unit-location.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: ['We moved to the new tower last year.', 'Our unit has great nurses.', 'in 2023 we opened 12 beds'],
  invalid: [
    { text: 'Sweetest lady on 3 South.', errors: [{ text: '3 South', fix: 'the unit' }] },
    { text: "lil man in PICU 5 told the attending he's a dinosaur", errors: [{ text: 'PICU 5' }] },
    { text: 'Two pts, same last name, beds 3 and 4. Fix your UI.', errors: [{ text: 'beds 3 and 4' }] },
    { text: 'the gentleman in 9B brought tamales', errors: [{ text: '9B' }] },
    { text: 'Mi paciente de la cama 6 cumplió 90', errors: [{ text: 'cama 6' }] },
  ],
});
