import { rule as handle } from '../../../../lib/engine/rules/privacy/patient-handle.ts';
import { rule as photo } from '../../../../lib/engine/rules/privacy/patient-photo.ts';
import { rule as rare } from '../../../../lib/engine/rules/privacy/rare-condition.ts';
import { rule as notable } from '../../../../lib/engine/rules/privacy/notable-person.ts';
import { rule as event } from '../../../../lib/engine/rules/privacy/local-event.ts';
import { rule as features } from '../../../../lib/engine/rules/privacy/distinctive-features.ts';
import { rule as watch } from '../../../../lib/engine/rules/privacy/watch-terms.ts';
import { testRule } from '../../rule-tester.ts';

testRule(handle, {
  valid: [
    "@tired_mama_of3 So sorry. I can't give advice about a specific situation online, but call your pediatrician.",
    'Great question from @DrAisha: does anyone use ultrasound for every central line?',
  ],
  invalid: [
    { text: "Thrilled for @SunnyRunsMarathons: your latest scan shows no evidence of disease! Proud to be your oncologist.", errors: [{ text: '@SunnyRunsMarathons', severity: 'block' }] },
    { text: 'Reminder @jlopez_77: your A1c came back at 9.2, let us talk meds at your next visit', errors: [{ text: '@jlopez_77' }] },
  ],
});

testRule(photo, {
  valid: ['Selfie with my co-fellows at #ACC24 📸', 'Graves disease: diffuse uptake on scan.'],
  invalid: [
    { text: 'Stage 4 pressure injury on a pt from a nursing home. Photo attached.', errors: [{ text: 'Photo attached', severity: 'warn' }] },
    { text: 'Dog bite to the face. Swipe for before/after 📸', errors: [{ text: 'Swipe for before/after' }] },
  ],
});

testRule(rare, {
  valid: ['Pearl: Wilson disease causes Kayser-Fleischer rings.'],
  invalid: [{ text: 'Diagnosed a 5yo with Duchenne this morning.', errors: [{ text: 'Duchenne', severity: 'info' }] }],
});

testRule(notable, {
  valid: ["I'm a paramedic turned doctor.", 'The mayor announced a new vaccine clinic downtown.'],
  invalid: [
    { text: 'Treated the Marlow Bend mayor for a kidney stone. He asked me not to tell.', errors: [{ text: 'mayor' }] },
    { text: 'Saw a patient yesterday who is the only professional alpaca shearer in the area.', errors: [{ text: 'alpaca shearer', severity: 'info' }] },
  ],
});

testRule(event, {
  valid: ['Fire safety tips for the holidays.'],
  invalid: [{ text: 'Treated two firefighters from the Granger Mill fire overnight.', errors: [{ text: 'Granger Mill fire', severity: 'warn' }] }],
});

testRule(features, {
  valid: ['Tattoo removal is a growing field.'],
  invalid: [{ text: "Pt with the 'MOM' heart tattoo on his left forearm came back.", errors: [{ text: 'tattoo', severity: 'warn' }] }],
});

testRule(watch, {
  valid: [{ text: 'Nothing local here.', settings: { watchTerms: ['Kestrelvale'] } }],
  invalid: [{ text: 'Pt admitted to Kestrelvale 4W overnight.', settings: { watchTerms: ['Kestrelvale'] }, errors: [{ text: 'Kestrelvale', severity: 'block' }] }],
});
