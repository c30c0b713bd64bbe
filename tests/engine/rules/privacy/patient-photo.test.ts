import { rule as photo } from '../../../../lib/engine/rules/privacy/patient-photo.ts';
import { testRule } from '../../rule-tester.ts';

testRule(photo, {
  valid: ['Selfie with my co-fellows at #ACC24 📸', 'Graves disease: diffuse uptake on scan.'],
  invalid: [
    { text: 'Stage 4 pressure injury on a pt from a nursing home. Photo attached.', errors: [{ text: 'Photo attached', severity: 'warn' }] },
    { text: 'Dog bite to the face. Swipe for before/after 📸', errors: [{ text: 'Swipe for before/after' }] },
  ],
});
