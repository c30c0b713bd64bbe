import { rule } from '../../../../lib/engine/rules/professionalism/stigmatizing-language.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    "Can we stop calling patients 'frequent flyers'? Words matter.",
    'Don\'t call people addicts.',
    'She has been adherent to every dose.',
    'The patient is diabetic and hypertensive.',
    'Diabetic foot care matters.',
    'He is a diabetic patient on insulin.',
    'The diabetic diet myth, again.',
    'Finally used my frequent flyer miles for the conference.',
    'We say "nonadherent", never "noncompliant".',
  ],
  invalid: [
    { text: 'Frequent flyer back in bay 4 again.', errors: [{ text: 'Frequent flyer', severity: 'warn', fix: 'patient with frequent visits' }] },
    { text: 'Noncompliant with insulin, again.', errors: [{ text: 'Noncompliant', fix: 'nonadherent' }] },
    { text: 'Another drug seeker at 3am.', errors: [{ text: 'drug seeker' }] },
    { text: 'Two addicts and a gomer overnight.', errors: [{ text: 'addicts', fix: 'people with a substance use disorder' }, { text: 'gomer', fix: 'older patient' }] },
    { text: 'A diabetic who skips insulin.', errors: [{ text: 'A diabetic', fix: 'A person with diabetes' }] },
    { text: 'Saw an epileptic in clinic today.', errors: [{ text: 'an epileptic', fix: 'a person with epilepsy' }] },
    { text: 'Diabetics need foot checks every visit.', errors: [{ text: 'Diabetics', fix: 'people with diabetes' }] },
  ],
});
