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
    'Great thread @x on when to start a statin in older adults.',
    '@joe take your time, no rush on the slides.',
    '@bob talk to your doctor before you stop a statin.',
  ],
  invalid: [
    { text: '@jane_r you should double your dose of metformin tonight', errors: [{ text: 'you should double your dose', severity: 'warn' }] },
    { text: 'Sarah, stop taking your lithium until we talk.', errors: [{ text: 'stop taking your lithium' }] },
    { text: '@amy Dont take your Eliquis before surgery', errors: [{ text: 'Dont take your Eliquis' }] },
    { text: 'Thanks all. @bob you need to start a statin.', errors: [{ text: 'you need to start a statin' }] },
    { text: 'Sarah, increase your insulin by 2 units', errors: [{ text: 'increase your insulin' }] },
  ],
});
