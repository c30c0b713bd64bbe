import { rule } from '../../../../lib/engine/rules/clarity/long-sentence.ts';
import { testRule } from '../../rule-tester.ts';

const LONG =
  'When you come to the clinic for your yearly visit we will check your blood pressure and your weight and your blood sugar and we will talk about your sleep and your mood and your diet and how you are doing';

testRule(rule, {
  valid: [
    'New guide for families on flu shots https://example.org/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z @CDCgov #FluSeason','Short and clear. Another short one.', 'Dr. Smith, Mr. Jones and St. Mary’s staff met at 3 p.m. today to plan the flu clinic.'],
  invalid: [
    { text: `${LONG}.`, errors: [{ text: `${LONG}.`, severity: 'info' }] },
    { text: `Flu shots today. ${LONG}!`, errors: [{ text: `${LONG}!` }] },
  ],
});
