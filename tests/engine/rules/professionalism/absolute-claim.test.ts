import { rule } from '../../../../lib/engine/rules/professionalism/absolute-claim.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    // A number or a negation qualifies the absolute; a question asks; a quoted claim is reported.
    'The new antiviral cures 95% of cases.',
    'New antivirals: treatment cures hepatitis C in 95% of patients.',
    "No drug is 100% safe, and this one isn't either.",
    'There is no miracle cure for long COVID.',
    'Is there a cure for this? Not yet.',
    "The clinic down the road says its drip 'cures fatigue, guaranteed'. It does not.",
    'Hodgkin lymphoma cure rates are now over 85% for most stages.',
    'Vaccines are safe and effective.',
    // About no treatment or product.
    'Proud of our team for 100% hand hygiene compliance this month!',
    'We never fail to be amazed by our nurses.',
    "I can't guarantee anything, but the data look good.",
    // A colleague's handle or a brand of toy is no treatment to make a claim about.
    '@DrJessWu 100%. the "just 5 min on the ladder" guy is the backbone of every ortho practice',
    'Christmas Eve: 3yo w/ a Lego piece up her nose. her dad, still in his Santa suit, cried more than she did. I will remember this forever',
  ],
  invalid: [
    // A treatment by its abbreviations.
    { text: "High-dose vit C IV cures sepsis. Why aren't ICUs doing this?", errors: [{ text: 'High-dose vit C IV cures sepsis' }] },
    {
      text: 'This supplement cures diabetes and is 100% safe!',
      errors: [{ text: 'This supplement cures diabetes and is 100% safe', severity: 'warn', fix: 'This supplement can help diabetes and is 100% safe' }],
    },
    { text: 'Intermittent fasting cures type 2 diabetes. Full stop.', errors: [{ text: 'Intermittent fasting cures type 2 diabetes', fix: 'Intermittent fasting can help type 2 diabetes' }] },
    { text: 'A miracle drug with no side effects.', errors: [{ text: 'A miracle drug with no side effects' }] },
    { text: 'Results guaranteed, risk-free.', errors: [{ text: 'Results guaranteed' }, { text: 'risk-free' }] },
    { text: 'This protocol never fails.', errors: [{ text: 'This protocol never fails' }] },
    { text: 'Our new patch is 100% effective.', errors: [{ text: 'Our new patch is 100% effective' }] },
    // "everything" and "anything" make a cure universal, as "every" and "any" do.
    { text: 'My supplements cure everything.', errors: [{ text: 'My supplements cure everything' }] },
    { text: 'This oil heals anything.', errors: [{ text: 'This oil heals anything' }] },
    { text: "Ketamine for depression: I've never had a patient not respond to it.", errors: [{ text: "I've never had a patient not respond to it" }] },
  ],
});
