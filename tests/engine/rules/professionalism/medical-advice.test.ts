import { rule } from '../../../../lib/engine/rules/professionalism/medical-advice.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    "@tired_mama_of3 So sorry. I can't give advice about a specific situation online, but call your pediatrician.",
    'Reminder: talk to your doctor before you stop your statin.',
    'Great question from @DrAisha about central lines.',
    '@bob you should get screened, talk to your doctor',
    'Chest pain? Call 911. Do not drive yourself.',
    'Patients: start your day with a walk. @AHA',
    '@cdc Great thread on flu shots',
  ],
  invalid: [
    { text: '@jane_r you should double your dose of metformin tonight', errors: [{ text: 'you should double your dose', severity: 'warn' }] },
    { text: 'Sarah, stop taking your lithium until we talk.', errors: [{ text: 'stop taking your lithium' }] },
    { text: 'Sarah, increase your insulin by 2 units', errors: [{ text: 'increase your insulin' }] },
  ],
});
