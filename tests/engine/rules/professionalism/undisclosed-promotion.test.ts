import { rule } from '../../../../lib/engine/rules/professionalism/undisclosed-promotion.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    // Disclosed sponsorship, critique of industry, a trial recruiting, education.
    'Loving this glucose app, use my code DRJ20 for 20% off! #ad',
    '#ad Paid partnership with Somnira. I tested their tracker for 6 weeks: decent, not a sleep study.',
    "Disclosure: I'm on the speakers' bureau for Nervexa's maker. The phase 3 data: about 2 fewer migraine days a month.",
    "Reminder to trainees: industry lunch isn't free. Bring your own sandwich.",
    'Now enrolling: phase 2 trial of colchicine after stroke, 12 US sites. Referrals welcome, criteria at the link.',
  ],
  invalid: [
    {
      // "Disclosure: " at the start of the post, offered on its first word.
      text: 'Been using these drops every night 😴 20% off with code DRJESS20 👉 somnira.co/jess',
      errors: [{ text: 'Been', severity: 'warn', fix: 'Disclosure: Been' }, { text: '20% off with code DRJESS20' }, { text: 'somnira.co/jess' }],
    },
    {
      text: 'Ask your doctor about Glyvanta® — once-weekly control that fits your life.',
      errors: [{ text: 'Ask your doctor about Glyvanta', fix: 'Disclosure: Ask your doctor about Glyvanta' }],
    },
    {
      text: 'Link in bio for my online course — use code HEALTHYDOC for 30% off 🎉',
      errors: [{ text: 'Link in bio for my online course', fix: 'Disclosure: Link in bio for my online course' }, { text: 'use code HEALTHYDOC for 30% off' }],
    },
  ],
});
