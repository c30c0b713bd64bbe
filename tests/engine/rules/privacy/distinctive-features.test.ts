import { rule as features } from '../../../../lib/engine/rules/privacy/distinctive-features.ts';
import { testRule } from '../../rule-tester.ts';

testRule(features, {
  valid: ['Tattoo removal is a growing field.'],
  invalid: [{ text: "Pt with the 'MOM' heart tattoo on his left forearm came back.", errors: [{ text: 'tattoo', severity: 'warn' }] }],
});
