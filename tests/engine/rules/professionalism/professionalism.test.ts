import { rule as claim } from '../../../../lib/engine/rules/professionalism/absolute-claim.ts';
import { rule as advice } from '../../../../lib/engine/rules/professionalism/medical-advice.ts';
import { rule as profanity } from '../../../../lib/engine/rules/professionalism/profanity.ts';
import { rule as stigma } from '../../../../lib/engine/rules/professionalism/stigmatizing-language.ts';
import { rule as promo } from '../../../../lib/engine/rules/professionalism/undisclosed-promotion.ts';
import { testRule } from '../../rule-tester.ts';

testRule(advice, {
  valid: [
    "@tired_mama_of3 So sorry. I can't give advice about a specific situation online, but call your pediatrician.",
    'Reminder: talk to your doctor before you stop your statin.',
    'Great question from @DrAisha about central lines.',
  ],
  invalid: [
    { text: '@jane_r you should double your dose of metformin tonight', errors: [{ text: 'you should double your dose', severity: 'warn' }] },
    { text: 'Sarah, stop taking your lithium until we talk.', errors: [{ text: 'stop taking your lithium' }] },
  ],
});

testRule(stigma, {
  valid: ["Can we stop calling patients 'frequent flyers'? Words matter.", 'She has been adherent to every dose.'],
  invalid: [
    { text: 'Frequent flyer back in bay 4 again.', errors: [{ text: 'Frequent flyer', severity: 'warn', fix: 'patient with frequent visits' }] },
    { text: 'Noncompliant with insulin, again.', errors: [{ text: 'Noncompliant', fix: 'nonadherent' }] },
    { text: 'Another drug seeker at 3am.', errors: [{ text: 'drug seeker' }] },
  ],
});

testRule(profanity, {
  valid: ['Finger prick glucose was 54.', 'Passed the boards!', 'Assessment and plan below.'],
  invalid: [{ text: 'This shift was shit. What the f*ck, prior auth.', errors: [{ text: 'shit' }, { text: 'f*ck' }] }],
});

testRule(claim, {
  valid: ['Hodgkin lymphoma cure rates are now over 85% for most stages.', 'There is no miracle cure for long COVID.', 'Vaccines are safe and effective.'],
  invalid: [
    { text: 'This supplement cures diabetes and is 100% safe!', errors: [{ text: 'cures' }, { text: '100% safe' }] },
    { text: 'A miracle drug with no side effects.', errors: [{ text: 'miracle drug' }, { text: 'no side effects' }] },
  ],
});

testRule(promo, {
  valid: ['Disclosure: I consult for Acme Pharma. Our sponsored study results are out.', 'Thanks to our nurses for a great shift!'],
  invalid: [{ text: 'Loving this new glucose app, use my code DRJ20 for 20% off!', errors: [{ text: 'use my code' }] }],
});
