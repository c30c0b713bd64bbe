import { rule } from '../../../../lib/engine/rules/professionalism/undisclosed-promotion.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'Disclosure: I consult for Acme Pharma. Our sponsored study results are out.',
    'Thanks to our nurses for a great shift!',
    'Loving this glucose app, use my code DRJ20 for 20% off! #ad',
    'Proud of our team. Paid partnership with Acme Health. ',
    'Check out our new residency website, link below.',
    'Thanks to our nurses, and Pfizer trial data look good.',
    'Check out this NEJM paper on Merck’s new drug.',
    'Thanks to Lilly for organising the journal club!',
    'Thanks to Pfizer for the research grant. Disclosure: I receive research funding from Pfizer.',
  ],
  invalid: [
    { text: 'Loving this new glucose app, use my code DRJ20 for 20% off!', errors: [{ text: 'use my code', severity: 'warn' }] },
    { text: 'Huge thanks to Pfizer for supporting tonight’s dinner!', errors: [{ text: 'thanks to' }] },
    { text: 'Check out Dexcom’s new sensor, it changed my practice.', errors: [{ text: 'Check out' }] },
    { text: 'This post is sponsored by Acme Therapeutics. Ask about it!', errors: [{ text: 'sponsored by' }] },
  ],
});
