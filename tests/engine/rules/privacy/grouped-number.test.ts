import { rule } from '../../../../lib/engine/rules/privacy/grouped-number.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: ['From 2019-2024 our scores went 12-14.', 'Cohort of 1200000 people, 2019-2024.', 'BP 120 80 then 110 70', 'Call 988 any time.'],
  invalid: [
    { text: 'Mrs Boateng (NHS 943 476 5919) went home.', errors: [{ text: '943 476 5919', fix: '[number removed]' }] },
    { text: 'Medicare number on the referral is 2953 41867 1 but it bounces', errors: [{ text: '2953 41867 1' }] },
    { text: 'Her son is on +254 722 418 093.', errors: [{ text: '+254 722 418 093' }] },
    // A national identity card: 5, 7 and 1 digits.
    { text: 'CNIC 42101-4567891-3 was in the register.', errors: [{ text: '42101-4567891-3', fix: '[number removed]' }] },
  ],
});
