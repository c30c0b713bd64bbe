import { rule } from '../../../../lib/engine/rules/professionalism/undisclosed-promotion.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'Disclosure: I consult for Acme Pharma. Our sponsored study results are out.',
    'Thanks to our nurses for a great shift!',
    'Loving this glucose app, use my code DRJ20 for 20% off! #ad',
    'Proud of our team. Paid partnership with Acme Health. ',
    'Check out our new residency website, link below.',
  ],
  invalid: [
    { text: 'Loving this new glucose app, use my code DRJ20 for 20% off!', errors: [{ text: 'use my code', severity: 'warn' }] },
    { text: 'This post is sponsored by Acme Therapeutics. Ask about it!', errors: [{ text: 'sponsored by' }] },
  ],
});
