import { rule as rare } from '../../../../lib/engine/rules/privacy/rare-condition.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rare, {
  valid: ['Pearl: Wilson disease causes Kayser-Fleischer rings.'],
  invalid: [{ text: 'Diagnosed a 5yo with Duchenne this morning.', errors: [{ text: 'Duchenne', severity: 'info' }] }],
});
