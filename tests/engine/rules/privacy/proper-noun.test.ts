import { rule } from '../../../../lib/engine/rules/privacy/proper-noun.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: ['Happy Monday! The best time to get a flu shot is now.', 'the night shift was calm.', 'Read more at #NephTwitter or @NephJC'],
  invalid: [
    { text: 'Marisol from the bakery on 3rd came in again.', errors: [{ text: 'Marisol', fix: 'A patient' }] },
    { text: 'Saw Joy today with her mom.', errors: [{ text: 'Joy', fix: 'a patient' }] },
    { text: 'Referral from a GP in Tullyvreen about a farmer.', errors: [{ text: 'Tullyvreen', fix: 'nearby' }] },
  ],
});
