import { rule } from '../../../../lib/engine/rules/clarity/bare-link.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: ['Our new guide to flu shots for families: https://example.org/flu', 'No link here at all.', 'Why we screen at 45, in plain words https://example.org/crc @ACSgov'],
  invalid: [
    { text: 'https://example.org/flu', errors: [{ text: 'https://example.org/flu', severity: 'info' }] },
    { text: 'Read: https://example.org/x', errors: [{ text: 'https://example.org/x' }] },
    { text: 'Wow https://example.org/a #MedEd @someone', errors: [{ text: 'https://example.org/a' }] },
  ],
});
