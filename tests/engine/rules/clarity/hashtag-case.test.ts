import { rule } from '../../../../lib/engine/rules/clarity/hashtag-case.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'Join us for #hcsm tonight',
    'Palliative care chat #hpm and #hcldr',
    'See you at #ASCO24',
    'Off to #asco24 next week',
    'Early #sepsis care saves lives',
    'Already CamelCase: #BreastCancer #MedEd',
    '#lcsm chat this Tuesday',
    'Tonight: #nephjc and #rheumjc journal clubs',
  ],
  invalid: [
    { text: 'October is #breastcancer awareness month', errors: [{ text: '#breastcancer', severity: 'info', fix: '#BreastCancer' }] },
    { text: 'Shout out to #nursetwitter and #longcovid clinics', errors: [{ text: '#nursetwitter', fix: '#NurseTwitter' }, { text: '#longcovid', fix: '#LongCovid' }] },
    { text: 'New #meded resource', errors: [{ text: '#meded', fix: '#MedEd' }] },
  ],
});
