import { rule as event } from '../../../../lib/engine/rules/privacy/local-event.ts';
import { testRule } from '../../rule-tester.ts';

testRule(event, {
  valid: ['Fire safety tips for the holidays.', 'Fire safety at Christmas: keep candles away from the tree.'],
  invalid: [
    { text: 'Treated two firefighters from the Granger Mill fire overnight.', errors: [{ text: 'Granger Mill fire', severity: 'warn' }] },
    // The place's name after the event.
    { text: 'The explosion at the Halvorsen feed mill sent us 6 burn pts in an hour.', errors: [{ text: 'The explosion at the Halvorsen' }] },
    // A patient's story that was in the news names its patient: at least block.
    { text: 'Dog bite to the face from the Larch Park attack that was on the news yesterday, 7yo boy.', errors: [{ text: 'Larch Park attack', floor: 'warn' }, { text: 'on the news', floor: 'block' }] },
  ],
});
