import { rule } from '../../../../lib/engine/rules/professionalism/absolute-claim.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'Hodgkin lymphoma cure rates are now over 85% for most stages.',
    'There is no miracle cure for long COVID.',
    'Vaccines are safe and effective.',
    'Admitted for alcohol detox last night.',
    "I can't guarantee anything, but the data look good.",
    "No treatment is risk-free; let's talk about trade-offs.",
    'Is there a cure for this? Not yet.',
    'New antivirals: treatment cures hepatitis C in 95% of patients.',
  ],
  invalid: [
    { text: 'This supplement cures diabetes and is 100% safe!', errors: [{ text: 'cures', severity: 'warn' }, { text: '100% safe' }] },
    { text: 'A miracle drug with no side effects.', errors: [{ text: 'miracle drug' }, { text: 'no side effects' }] },
    { text: 'Herbal tea cures cancer in 2 weeks!', errors: [{ text: 'cures' }] },
    { text: 'Results guaranteed, risk-free.', errors: [{ text: 'guaranteed' }, { text: 'risk-free' }] },
  ],
});
