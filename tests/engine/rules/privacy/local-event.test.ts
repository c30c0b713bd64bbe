import { rule as event } from '../../../../lib/engine/rules/privacy/local-event.ts';
import { testRule } from '../../rule-tester.ts';

testRule(event, {
  valid: [
    'Fire safety tips for the holidays.',
    'Fire safety at Christmas: keep candles away from the tree.',
    // An event word that names a thing or an illness.
    'We lost the former fire chief tonight. Forty years of running into burning buildings.',
    'My patient, the retired judge, said the sunset was worth the heart attack.',
  ],
  invalid: [
    { text: 'Treated two firefighters from the Granger Mill fire overnight.', errors: [{ text: 'Granger Mill fire', severity: 'warn' }] },
    // Patients from one group or place.
    { text: 'Saskatoon folks: 3 teens from the same hockey team at Lakewood Arena with MRSA skin infections this month.', errors: [{ text: 'from the same hockey team' }] },
    // A viral video is the news.
    { text: "The kid in the viral 'backflip fail' video from the county fair only had a clavicle fx. So polite in the ED too", errors: [{ text: "viral 'backflip fail' video" }] },
    // Plain words between "the" and the event.
    { text: 'Who else treated one of the curlers from the bonspiel collapse last weekend?', errors: [{ text: 'bonspiel collapse' }] },
    { text: 'That rugby club bus crash last month? Half the lads I see from it still do not sleep.', errors: [{ text: 'rugby club bus crash' }] },
    // The place's name after the event.
    { text: 'The explosion at the Halvorsen feed mill sent us 6 burn pts in an hour.', errors: [{ text: 'The explosion at the Halvorsen' }] },
  ],
});
