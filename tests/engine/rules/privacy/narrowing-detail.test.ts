import { rule as narrowing } from '../../../../lib/engine/rules/privacy/narrowing-detail.ts';
import { testRule } from '../../rule-tester.ts';

testRule(narrowing, {
  valid: [
    // Not a patient story: a colleague and a big city are fine.
    'Great talk by Dr. Okafor in Chicago on heart failure guidelines.',
  ],
  invalid: [
    {
      text: 'My patient Mrs. Lindqvist was admitted under Dr. Okafor in Chicago last night.',
      errors: [{ text: 'Dr. Okafor' }, { text: 'Chicago' }],
    },
  ],
});
