import { rule } from '../../../../lib/engine/rules/clarity/hashtag-count.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: ['Great talk #MedEd #FOAMed #CardioTwitter', 'No tags at all', 'Issue #4 of our newsletter: C# and F# are not hashtags'],
  invalid: [
    { text: 'Great talk #MedEd #FOAMed #CardioTwitter #EPeeps #MedTwitter', errors: [{ text: '#EPeeps', severity: 'info' }, { text: '#MedTwitter' }] },
  ],
});
