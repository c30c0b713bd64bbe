import { rule as event } from '../../../../lib/engine/rules/privacy/local-event.ts';
import { testRule } from '../../rule-tester.ts';

testRule(event, {
  valid: ['Fire safety tips for the holidays.', 'Fire safety at Christmas: keep candles away from the tree.'],
  invalid: [
    { text: 'Treated two firefighters from the Granger Mill fire overnight.', errors: [{ text: 'Granger Mill fire', severity: 'warn' }] },
    // The place's name after the event.
    { text: 'The explosion at the Halvorsen feed mill sent us 6 burn pts in an hour.', errors: [{ text: 'The explosion at the Halvorsen' }] },
  ],
});
