import { rule } from '../../../../lib/engine/rules/privacy/mention.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: ['Great talk by @DrSmithMD at #ACC25', 'Thanks @MayoClinic and @CDCgov for the update.'],
  invalid: [
    { text: 'shoutout to @RunningWithRosie who finished cardiac rehab!', errors: [{ text: '@RunningWithRosie', fix: '' }] },
  ],
});
