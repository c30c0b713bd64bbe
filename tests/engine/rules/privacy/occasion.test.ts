import { rule } from '../../../../lib/engine/rules/privacy/occasion.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'In 2019 we opened a new wing.',
    // Earlier years that "in" or "since" introduce: history, not a clock.
    'Laennec rolled up a sheet of paper in 1816; Semmelweis died in 1865. Open since 1894.',
    // A year after its month.
    'On 16 October 1846, Morton demonstrated ether; on Oct 16, 1846 the Ether Dome was full.',
    'Dose 2500 units, INR 2.1, 1,200 mL',
    'Sunday Funday at the clinic picnic? No: Sunday service.',
    // Opening a sentence before a lower-case word, "Sat" is a verb.
    'Sat with Ms. Bertha while she died. Sun came out after.',
  ],
  invalid: [
    // The school's calendar dates a visit as a festival does.
    { text: 'Mid-term break and 2 teens from the estate with ketamine bladder.', errors: [{ text: 'Mid-term break', fix: 'recently' }] },
    { text: 'She arrived at 1845 by ambulance.', errors: [{ text: '1845', fix: '' }] },
    { text: 'DUI rollover at 5th & Juniper, 0217. Driver 19.', errors: [{ text: '0217', fix: '' }] },
    { text: 'Car vs ped on Ridgeview Ave, 1612 hrs.', errors: [{ text: '1612 hrs' }] },
    { text: 'Case 1 in OR 3 at 0700: lap appy.', errors: [{ text: '0700' }] },
    { text: 'Holi emergency: 19 yo girl with eye burns.', errors: [{ text: 'Holi', fix: 'recently' }] },
    { text: 'walked into our office Sat with half a molar', errors: [{ text: 'Sat', fix: 'recently' }] },
  ],
});
