import { rule } from '../../../../lib/engine/rules/privacy/postcode.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: ['COVID 19 and H1N1 rates are up.', 'Our ICU has 24 beds.', 'A1C 7.2 and LDL 90'],
  invalid: [
    { text: 'The block is at 7 Cedar Court, L8 4UN.', errors: [{ text: 'L8 4UN', fix: 'nearby' }] },
    { text: 'Farmer, 84, Eircode H91 X2K7, had ?TIA x2.', errors: [{ text: 'Eircode H91 X2K7' }] },
    { text: 'Three cases of lead poisoning from ZIP 46279 this month.', errors: [{ text: 'ZIP 46279' }] },
    { text: 'Home delivery at Kothrud, PIN 411038.', errors: [{ text: 'PIN 411038' }] },
    { text: 'Lives near M5V 2T6 with her son.', errors: [{ text: 'M5V 2T6' }] },
  ],
});
