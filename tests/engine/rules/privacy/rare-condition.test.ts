import { rule as rare } from '../../../../lib/engine/rules/privacy/rare-condition.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rare, {
  valid: ['Pearl: Wilson disease causes Kayser-Fleischer rings.'],
  invalid: [
    { text: 'Diagnosed a 5yo with Duchenne this morning.', errors: [{ text: 'Duchenne', severity: 'info' }] },
    // A superlative or a count that makes the case one of a kind.
    { text: 'Our oldest TAVR patient ever went home today after admission.', errors: [{ text: 'oldest TAVR patient ever' }] },
    { text: 'Admitted a 30yo roofer with tularemia, the first we have seen since 2011.', errors: [{ text: 'tularemia' }, { text: 'first we have seen since 2011' }] },
  ],
});
