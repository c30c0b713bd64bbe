import { rule as bareLink } from '../../../../lib/engine/rules/clarity/bare-link.ts';
import { rule as hashtagCount } from '../../../../lib/engine/rules/clarity/hashtag-count.ts';
import { rule as shouting } from '../../../../lib/engine/rules/clarity/shouting.ts';
import { testRule } from '../../rule-tester.ts';

testRule(shouting, {
  valid: ['Check the ECG and the CBC in the ICU today.', 'NO honey before age 1!', 'CHECK YOUR images, people.'],
  invalid: [{ text: 'PLEASE STOP DOING THIS to your patients.', errors: [{ text: 'PLEASE STOP DOING THIS', fix: 'Please stop doing this' }] }],
});

testRule(hashtagCount, {
  valid: ['Great talk #MedEd #FOAMed #CardioTwitter'],
  invalid: [{ text: 'Great talk #MedEd #FOAMed #CardioTwitter #EPeeps #MedTwitter', errors: [{ text: '#EPeeps' }, { text: '#MedTwitter' }] }],
});

testRule(bareLink, {
  valid: ['Our new guide to flu shots for families: https://example.org/flu'],
  invalid: [{ text: 'https://example.org/flu', errors: [{ text: 'https://example.org/flu' }] }, { text: 'Read: https://example.org/x', errors: [{ text: 'https://example.org/x' }] }],
});
