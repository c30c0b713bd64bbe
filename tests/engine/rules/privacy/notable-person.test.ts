import { rule as notable } from '../../../../lib/engine/rules/privacy/notable-person.ts';
import { testRule } from '../../rule-tester.ts';

testRule(notable, {
  valid: ["I'm a paramedic turned doctor.", 'The mayor announced a new vaccine clinic downtown.'],
  invalid: [
    { text: 'Treated the Marlow Bend mayor for a kidney stone. He asked me not to tell.', errors: [{ text: 'mayor' }] },
    { text: 'Saw a patient yesterday who is the only professional alpaca shearer in the area.', errors: [{ text: 'alpaca shearer', severity: 'info' }] },
  ],
});
