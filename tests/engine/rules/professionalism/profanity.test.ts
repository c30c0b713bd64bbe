import { rule } from '../../../../lib/engine/rules/professionalism/profanity.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'Finger prick glucose was 54.',
    'Passed the boards!',
    'Assessment and plan below.',
    'Scunthorpe General has a new class of residents.',
    'Email me at dr@clinic.org or #sh1ft tag',
    'Dose was 1.0 mg, then 10 mg.',
  ],
  invalid: [
    { text: 'This shift was shit. What the f*ck, prior auth.', errors: [{ text: 'shit', severity: 'warn' }, { text: 'f*ck' }] },
    { text: 'Total sh!t show, and the fax machine is a$$.', errors: [{ text: 'sh!t' }, { text: 'a$$' }] },
  ],
});
