import { rule as notable } from '../../../../lib/engine/rules/privacy/notable-person.ts';
import { testRule } from '../../rule-tester.ts';

testRule(notable, {
  valid: ["I'm a paramedic turned doctor.", 'Join us: the mayor opens our new vaccine clinic downtown on Friday.'],
  invalid: [
    // Only mentioned: still a candidate; the candidate model keeps it below a warning (analyze.test.ts).
    { text: 'The mayor announced a new vaccine clinic downtown.', errors: [{ text: 'mayor' }] },
    { text: 'Treated the Marlow Bend mayor for a kidney stone. He asked me not to tell.', errors: [{ text: 'mayor' }] },
    { text: 'Saw a patient yesterday who is the only professional alpaca shearer in the area.', errors: [{ text: 'alpaca shearer', severity: 'info' }] },
  ],
});
