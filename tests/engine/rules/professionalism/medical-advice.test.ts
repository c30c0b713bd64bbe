import { rule } from '../../../../lib/engine/rules/professionalism/medical-advice.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    // General education, deferral to their own clinician, doctor-to-doctor dosing.
    'Statins lower heart attack risk in many people. Talk to your own doctor about whether one suits you.',
    "@kim_r sorry you're unwell. I can't advise on your own meds here, please ask your GP.",
    'Never stop a blood thinner on your own: ask whoever prescribed it.',
    '@DrPatelCards we usually drop apixaban to 2.5mg bd in that group',
    'Parents asking about leftover antibiotics: please don’t reuse them. Wrong drug, wrong dose, wrong duration.',
    'Remember to take your own meds on night shift too, colleagues.',
    // A lead-in naming the reader's case makes no advice of a post to everyone.
    'For your heart, take the stairs when you can.',
    'Hey @nina_p, great talk today on heart failure!',
  ],
  invalid: [
    // A brand name as the public writes it is a drug like its generic.
    { text: "@raj_p take 2 of your wife's Xanax and you'll sleep fine.", errors: [{ text: "take 2 of your wife's Xanax and you'll sleep fine" }] },
    {
      text: '@sam_t just halve the metoprolol and skip the follow-up',
      errors: [{ text: 'just halve the metoprolol and skip the follow-up', severity: 'warn', fix: 'changes to your metoprolol depend on your history and other medicines, so please ask your own clinician' }],
    },
    { text: '@jane_r you should double your dose of metformin tonight', errors: [{ text: 'you should double your dose of metformin tonight' }] },
    { text: 'Sarah, stop taking your lithium until we talk.', errors: [{ text: 'stop taking your lithium until we talk' }] },
    { text: 'Thanks all. @bob you need to start a statin.', errors: [{ text: 'you need to start a statin', fix: 'changes to your statin depend on your history and other medicines, so please ask your own clinician' }] },
    // Every instruction and verdict of a reply judged to give advice is pointed out.
    { text: "@mike_k I'd stop the amlodipine, your BP is fine", errors: [{ text: "I'd stop the amlodipine" }, { text: 'your BP is fine' }] },
    {
      text: "@lou_b no need for the MRI, it's just a sprain",
      errors: [{ text: 'no need for the MRI', fix: 'I can’t advise on your own case here, so please ask your own clinician' }],
    },
    // The instruction after a lead-in that names the reader's own case ("for your migraines …").
    {
      text: '@tess_w for your migraines try 400mg of ibuprofen with the sumatriptan',
      errors: [{ text: 'for your migraines try 400mg of ibuprofen with the sumatriptan', fix: 'changes to your ibuprofen depend on your history and other medicines, so please ask your own clinician' }],
    },
    // A reply may open with a greeting before the @handle it answers.
    { text: "hi @ravi_k re your dad's warfarin: hold tomorrow's dose and recheck on Friday", errors: [{ text: "hold tomorrow's dose and recheck on Friday" }] },
  ],
});
