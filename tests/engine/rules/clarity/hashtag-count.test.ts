import { rule } from '../../../../lib/engine/rules/clarity/hashtag-count.ts';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: ['Great talk #MedEd #FOAMed #CardioTwitter', 'No tags at all', 'Issue #4 of our newsletter: C# and F# are not hashtags'],
  invalid: [
    { text: 'Great talk #MedEd #FOAMed #CardioTwitter #EPeeps #MedTwitter', errors: [{ text: '#EPeeps', severity: 'info' }, { text: '#MedTwitter' }] },
  ],
});

describe('clarity/hashtag-count messages', () => {
  it('numbers the extra hashtags and suggests two or three', () => {
    const got = runRule(rule, '#A #B #C #D #E');
    expect(got.map((f) => f.message)).toEqual(['Hashtag 4 of 5: keep two or three', 'Hashtag 5 of 5: keep two or three']);
  });
});
