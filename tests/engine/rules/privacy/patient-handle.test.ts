import { rule as handle } from '../../../../lib/engine/rules/privacy/patient-handle.ts';
import { testRule } from '../../rule-tester.ts';

testRule(handle, {
  valid: [
    "@tired_mama_of3 So sorry. I can't give advice about a specific situation online, but call your pediatrician.",
    'Great question from @DrAisha: does anyone use ultrasound for every central line?',
    '@kimwrites see you at the conference next week, your talk on sepsis bundles looks great',
    // A nurse's handle is a colleague's.
    'Thanks to our practice nurse @NurseAmaraK, who just completed her diabetes diploma. Our patients are in great hands.',
  ],
  invalid: [
    // A treatment milestone cheered beside a handle: proposed, without a floor, for the model to weigh.
    { text: 'Congrats @jamie_runs on finishing chemo and ringing the bell today!', errors: [{ text: '@jamie_runs', fix: '' }] },
    { text: "Thrilled for @SunnyRunsMarathons: your latest scan shows no evidence of disease! Proud to be your oncologist.", errors: [{ text: '@SunnyRunsMarathons', severity: 'block' }] },
    // Thanks for the consent to tell the reader's own story: the handle is the patient's.
    { text: 'Thank you @Marco_1_Year_Clean for letting me share your story: a year sober and a new job. You did that.', errors: [{ text: '@Marco_1_Year_Clean', severity: 'block', fix: '' }] },
    { text: 'Okay @JennaLynnBakes your cupcakes were 🔥 thank you for thinking of us during your own treatment', errors: [{ text: '@JennaLynnBakes', severity: 'block' }] },
    { text: 'Reminder @jlopez_77: your A1c came back at 9.2, let us talk meds at your next visit', errors: [{ text: '@jlopez_77' }] },
    // An appointment to come, a stay on the author's unit, a treatment they started, the reader's body.
    { text: '@sam_bakes_bread so glad you are home. See you Tues for the recheck!', errors: [{ text: '@sam_bakes_bread', output: ' so glad you are home. See you Tues for the recheck!' }] },
    { text: 'big shoutout to @TrailMixTina who was in our pulmonary rehab program last year and just hiked a 14er', errors: [{ text: '@TrailMixTina' }] },
    { text: '@k_moves_daily look at your skin now compared to March! proud of you', errors: [{ text: '@k_moves_daily' }] },
    { text: '@OwenPlaysBass thanks! since we started the new inhaler you sound like a different person', errors: [{ text: '@OwenPlaysBass' }] },
    // A handle after "pt", and a reply about the reader's own operation.
    { text: 'pt @tyler_b_fitness just slid into my DMs. nope.', errors: [{ text: '@tyler_b_fitness' }] },
    { text: '@jessie_runs_26 so glad to see you cross that finish line 4 months after your ACL reconstruction!!', errors: [{ text: '@jessie_runs_26' }] },
  ],
});
