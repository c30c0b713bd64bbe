import { rule } from '../../../../lib/engine/rules/professionalism/undisclosed-promotion.ts';
import { testRule } from '../../rule-tester.ts';
import { analyze } from '../../../../lib/engine/index.ts';

testRule(rule, {
  valid: [
    // A wage in a job post is no price of a sale.
    'Now hiring EMTs and paramedics! $24–$32/hr, full benefits. DM me.',
    // Disclosed sponsorship, critique of industry, a trial recruiting, education.
    'Loving this glucose app, use my code DRJ20 for 20% off! #ad',
    '#ad Paid partnership with Somnira. I tested their tracker for 6 weeks: decent, not a sleep study.',
    "Disclosure: I'm on the speakers' bureau for Nervexa's maker. The phase 3 data: about 2 fewer migraine days a month.",
    "Reminder to trainees: industry lunch isn't free. Bring your own sandwich.",
    'Now enrolling: phase 2 trial of colchicine after stroke, 12 US sites. Referrals welcome, criteria at the link.',
    // A registered trial that pays its visits, and a fundraiser for a patient, sell nothing.
    'Now recruiting: teens 12–17 with moderate-severe eczema, NCT05511223. Paid visits, study drug at no cost. Link in bio.',
    "Please help if you can 💛 GoFundMe for our patient's chemo and travel: gofundme.com/f/kofi-fights-on",
    // A patient's referral to a clinic is care, not a referral scheme.
    'Headache clinic has new patient slots Jan–Feb! Referral required. Northfield Neurology, 3300 Glenn Ave.',
  ],
  invalid: [
    // One's own service at a price; an affiliate link on a short host; a tracking link under a subdomain.
    {
      text: 'Booking now open for my Saturday virtual menopause consults, $149, slots go fast',
      errors: [{ text: 'Booking now open for my Saturday virtual menopause consults', fix: '#ad Booking now open for my Saturday virtual menopause consults' }, { text: '$149' }, { text: 'slots go fast' }],
    },
    { text: 'every paramedic needs the TrauMate shears. honestly game changing. amzn.to/3xPq9Lk', errors: [{ text: 'every', fix: '#ad every' }, { text: 'amzn.to/3xPq9Lk' }] },
    { text: "@derm_nerd_ana the Lumina LED mask is legit, I'm obsessed. shop.luminaskin.com/?ref=drkate", errors: [{ text: '@derm_nerd_ana', fix: '#ad @derm_nerd_ana' }, { text: 'shop.luminaskin.com/?ref=drkate' }] },
    {
      // "#ad" at the start of the post, offered on its first word.
      text: 'Been using these drops every night 😴 20% off with code DRJESS20 👉 somnira.co/jess',
      errors: [{ text: 'Been', severity: 'warn', fix: '#ad Been' }, { text: '20% off with code DRJESS20' }, { text: 'somnira.co/jess' }],
    },
    {
      text: 'Ask your doctor about Glyvanta® — once-weekly control that fits your life.',
      errors: [{ text: 'Ask your doctor about Glyvanta', fix: '#ad Ask your doctor about Glyvanta' }],
    },
    {
      text: 'Link in bio for my online course — use code HEALTHYDOC for 30% off 🎉',
      errors: [{ text: 'Link in bio for my online course', fix: '#ad Link in bio for my online course' }, { text: 'use code HEALTHYDOC for 30% off' }],
    },
  ],
});

it('raises no promotion finding once its fix is applied: "#ad" at the start is a whole disclosure', () => {
  for (const text of [
    'Been using these drops every night 😴 20% off with code DRJESS20 👉 somnira.co/jess',
    'Ask your doctor about Glyvanta® — once-weekly control that fits your life.',
    'Link in bio for my online course — use code HEALTHYDOC for 30% off 🎉',
  ]) {
    const promotion = (t: string) => analyze(t).findings.filter((f) => f.rule === rule.id);
    const f = promotion(text).find((x) => x.fix)!;
    const fixed = text.slice(0, f.start) + f.fix!.replacement + text.slice(f.end);
    expect(fixed.startsWith('#ad ')).toBe(true);
    expect(promotion(fixed)).toEqual([]);
  }
});
