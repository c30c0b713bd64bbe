import { rule as event } from '../../../../lib/engine/rules/privacy/local-event.ts';
import { testRule } from '../../rule-tester.ts';

testRule(event, {
  valid: ['Fire safety tips for the holidays.'],
  invalid: [{ text: 'Treated two firefighters from the Granger Mill fire overnight.', errors: [{ text: 'Granger Mill fire', severity: 'warn' }] }],
});
