import { rule as watch } from '../../../../lib/engine/rules/privacy/watch-terms.ts';
import { testRule } from '../../rule-tester.ts';

testRule(watch, {
  valid: [{ text: 'Nothing local here.', settings: { watchTerms: ['Kestrelvale'] } }],
  invalid: [{ text: 'Pt admitted to Kestrelvale 4W overnight.', settings: { watchTerms: ['Kestrelvale'] }, errors: [{ text: 'Kestrelvale', severity: 'block' }] }],
});
