import { rule as handle } from '../../../../lib/engine/rules/privacy/patient-handle.ts';
import { testRule } from '../../rule-tester.ts';

testRule(handle, {
  valid: [
    "@tired_mama_of3 So sorry. I can't give advice about a specific situation online, but call your pediatrician.",
    'Great question from @DrAisha: does anyone use ultrasound for every central line?',
  ],
  invalid: [
    { text: "Thrilled for @SunnyRunsMarathons: your latest scan shows no evidence of disease! Proud to be your oncologist.", errors: [{ text: '@SunnyRunsMarathons', severity: 'block' }] },
    { text: 'Reminder @jlopez_77: your A1c came back at 9.2, let us talk meds at your next visit', errors: [{ text: '@jlopez_77' }] },
  ],
});
