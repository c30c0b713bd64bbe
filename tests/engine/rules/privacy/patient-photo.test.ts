import { rule as photo } from '../../../../lib/engine/rules/privacy/patient-photo.ts';
import { testRule } from '../../rule-tester.ts';

testRule(photo, {
  valid: [
    // An image of the author's own things, or a slide said to carry no labels.
    '[photo of my own sad desk salad next to a pager] the glamorous life',
    'OK #PathTwitter is this a signet ring or am I hallucinating at hour 11? [photo of H&E, 40x, no labels]',
    // A label's words are not a name.
    'The label says Do Not Crush, so please do not crush it.',
    'Selfie with my co-fellows at #ACC24 📸',
    'Graves disease: diffuse uptake on scan.',
    'Scottish GPs: worth knowing before you post a screenshot of anything. Crop it. Then crop it again.',
    'Ignore the name of the drug, the mechanism is what matters.',
    // Advice to crop what an image shows, and a face or a label with no image in the draft.
    'Before you post that ECG, crop the name and DOB in the corner.',
    "Her face is showing all the signs of Bell's palsy. The labels are all legible now.",
    // A described image of a mannequin.
    'Pelvic binders go over the greater trochanters, not the iliac crests (pic is a training mannequin 📸)',
    // Pictures of no patient: colleagues, a pet, a new machine, the view, the author's own poster.
    'Graduation day! Photo below with my co-residents 🎓',
    'Photo attached of my dog wearing my stethoscope 🐶',
    'New ultrasound machine arrived, pics below 👇',
    'Sunrise from the helipad this morning (photo) 🌅',
    "Pic from our team dinner, I'll crop my ex out later 😂",
    'Conference poster photo below — our names are visible at the top, come say hi!',
  ],
  invalid: [
    { text: 'Stage 4 pressure injury on a pt from a nursing home. Photo attached.', errors: [{ text: 'Photo attached', severity: 'warn' }] },
    { text: 'Dog bite to the face. Swipe for before/after 📸', errors: [{ text: 'Swipe for before/after' }] },
    // An image said to still show who it is.
    { text: '[photo: CXR, name and DOB in the corner] Look at this pneumothorax!', errors: [{ text: 'name and DOB in the corner', severity: 'warn' }] },
    // The author will crop it, or asks to ignore what it shows: as posted, the image shows it.
    { text: "Subdural 👇 screenshot straight off our PACS, name's in the corner but nobody reads those.", errors: [{ text: "name's in the corner" }] },
    { text: 'Pic of the size of this staghorn!! (jar label says the name, whoops, cropping now)', errors: [{ text: 'cropping' }] },
    { text: "Pic from the OR today: first solo lap chole! (ignore the patient sticker on the monitor, I'll crop it)", errors: [{ text: 'ignore the patient sticker' }, { text: "I'll crop" }] },
    { text: 'Screenshot of the msg my pt sent (full name visible, too tired to crop) 😂', errors: [{ text: 'full name visible' }, { text: 'too tired to crop' }] },
    // An image described in brackets is the one the post will carry.
    { text: "Something's off with the QTc 👀 [image: ECG printout, header 'GARCIA, MATEO 07/22/2019 M']", errors: [{ text: '[image', severity: 'warn' }] },
    { text: 'Our whiteboard today lol (pic) someone drew the whole team as cats', errors: [{ text: '(pic' }] },
    // In a notice too.
    { text: "Slides for tomorrow's grand rounds: the X-ray still has her name visible, fixing it.", errors: [{ text: 'her name visible' }] },
    // A name (and a date) the image is said to show is on the post too.
    {
      text: "Posting the CXR from this morning (wristband says JOSEPHINE WANJIKU in the corner, I'll crop it later lol)",
      errors: [{ text: 'JOSEPHINE WANJIKU', output: "Posting the CXR from this morning (wristband says the patient's name in the corner, I'll crop it later lol)" }, { text: "I'll crop" }],
    },
    {
      text: 'Coffee bean sign (pic attached, sorry the header still shows HARMON, GLEN 07/19/1948, will crop)',
      errors: [{ text: 'pic attached' }, { text: 'HARMON, GLEN 07/19/1948', output: "Coffee bean sign (pic attached, sorry the header still shows the patient's name, will crop)" }, { text: 'will crop' }],
    },
  ],
});
