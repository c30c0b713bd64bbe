import { rule } from '../../../../lib/engine/rules/clarity/shouting.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'Check the ECG and the CBC in the ICU today.',
    'NO honey before age 1!',
    'CHECK YOUR images, people.',
    'COPD CHF HTN clinic is open today.',
    'Great session with @ASCO #ASCO24 #WCLC2024 #ESMO24',
    'STOP. THINK. ACT.',
    'New papers in NEJM JAMA BMJ this week.',
    'CDC WHO FDA guidance is out.',
    'RSV COVID HIV testing at the clinic.',
    'IT IS A start.',
  ],
  invalid: [
    { text: 'PLEASE STOP DOING THIS to your patients.', errors: [{ text: 'PLEASE STOP DOING THIS', severity: 'info', fix: 'Please stop doing this' }] },
    { text: 'THIS IS NOT OK.', errors: [{ text: 'THIS IS NOT OK', fix: 'This is not ok' }] },
    { text: 'I LOVE MY JOB', errors: [{ text: 'I LOVE MY JOB', fix: 'I love my job' }] },
    { text: 'Please DO NOT DO THIS again.', errors: [{ text: 'DO NOT DO THIS', fix: 'do not do this' }] },
    { text: 'Flu season is here. GET YOUR SHOT now.', errors: [{ text: 'GET YOUR SHOT', fix: 'Get your shot' }] },
  ],
});
