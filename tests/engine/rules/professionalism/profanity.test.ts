import { rule } from '../../../../lib/engine/rules/professionalism/profanity.ts';
import { testRule } from '../../rule-tester.ts';

testRule(rule, {
  valid: [
    'Finger prick glucose was 54.',
    'Absolute clown show tonight, bed management says no beds.',
    'I swear to god if one more person calls her hysterical I will scream.',
    'Day 5 of 7 on call. My houseplants think I have died.',
    'The pass rate was 100% this year!',
    // Plural nouns with a literal sense are no insult as a subject.
    'Life hacks that save time on nights. Myoclonic jerks that wake her. Parasites that cause malaria.',
  ],
  invalid: [
    // Masked forms of words the list holds, and insults made of a simile.
    { text: 'To whoever parked in the ambulance bay: you absolute dipsh*t.', errors: [{ text: 'dipsh*t' }] },
    { text: 'antivaxxers in my mentions are dumb as rocks. blocking all of you', errors: [{ text: 'dumb as rocks' }] },
    { text: '47 minutes on hold for a f***ing inhaler.', errors: [{ text: 'f***ing', severity: 'warn' }] },
    { text: 'wtf is this rota', errors: [{ text: 'wtf' }] },
    { text: 'FML, nights again', errors: [{ text: 'FML' }] },
    { text: 'holy sh*t what a night', errors: [{ text: 'sh*t' }] },
    { text: "@contrarian_md you're a moron. read the paper.", errors: [{ text: 'moron' }] },
    { text: 'The pharma rep was a greedy prick', errors: [{ text: 'prick' }] },
    { text: 'This shift is bullshit.', errors: [{ text: 'bullshit' }] },
    // An insult as what a sentence says something about, and an insult closing one.
    { text: "Idiots who don't vaccinate their kids deserve what they get.", errors: [{ text: 'Idiots' }] },
    { text: 'Anti-vax morons are filling our ICU.', errors: [{ text: 'morons' }] },
    { text: 'Our CMO is a spineless coward.', errors: [{ text: 'coward' }] },
    // A swear with its g dropped, as typed; an insult of another English.
    { text: 'three hours on hold to get a bed. feckin disgrace of a system', errors: [{ text: 'feckin' }] },
    { text: 'whoever wrote this rota is a flamin drongo', errors: [{ text: 'drongo' }] },
  ],
});
