import { rule } from '../../../../lib/engine/rules/length/over-limit.ts';
import { testRule } from '../../rule-tester.ts';

const fits = 'a'.repeat(280);
const over = `${'a'.repeat(280)}bcd`;
// CJK characters weigh 2 each: 141 of them overflow by one.
const cjk = '漢'.repeat(141);

testRule(rule, {
  valid: [fits, 'Short post with a link https://example.org/a/very/long/path/that/counts/as/twenty-three', { text: over, settings: { premium: true } }],
  invalid: [
    { text: over, errors: [{ text: 'bcd', severity: 'warn' }] },
    { text: cjk, errors: [{ text: '漢', start: 140 }] },
  ],
});
