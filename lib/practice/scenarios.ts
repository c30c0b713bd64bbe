// Ready-made drafts for live demos: each shows one thing the coach catches (all people are fictional).
export type Topic = 'privacy' | 'length' | 'clarity' | 'professionalism' | 'hashtags';

/** The picker's groups, in the order a training session covers them, with the names shown on screen. */
export const TOPICS: { id: Topic; title: string }[] = [
  { id: 'privacy', title: 'Patient privacy' },
  { id: 'length', title: 'Length' },
  { id: 'clarity', title: 'Clarity' },
  { id: 'professionalism', title: 'Professionalism' },
  { id: 'hashtags', title: 'Hashtags' },
];

export interface Scenario {
  id: string;
  topic: Topic;
  /** A human title: the only name the picker shows (rule ids never reach the screen). */
  title: string;
  /** The engine rule the draft demonstrates; 'hashtags' for a suggestion, 'clean' for a good post. */
  rule: string;
  text: string;
  /** One line for the trainer to say. */
  lesson: string;
  /** Every warn and block finding the draft must raise, as "rule:severity", in text order (tested). */
  serious: string[];
  /** The identifiers in the draft: none of them may reach storage (saved reviews) or a review note. */
  identifiers?: string[];
}

export const SCENARIOS: Scenario[] = [
  { id: 'patient-name', topic: 'privacy', serious: ['privacy/patient-name:block', 'privacy/encounter-date:warn'], identifiers: ['Delia', 'Okafor'],
    title: 'A patient’s name', rule: 'privacy/patient-name',
    text: 'So proud of Mrs. Delia Okafor, who walked out of our ICU today after three weeks on the vent!',
    lesson: 'A name is the most direct identifier: even a proud, kind post needs consent or no name.' },
  { id: 'encounter-date', topic: 'privacy', serious: ['privacy/encounter-date:block', 'privacy/exact-age:warn', 'privacy/notable-person:warn'], identifiers: ['March 14'],
    title: 'The date of the visit', rule: 'privacy/encounter-date',
    text: 'On March 14 I admitted a 34-year-old teacher with chest pain that turned out to be a dissection.',
    lesson: 'Dates of care are identifiers under Safe Harbor; “recently” tells the same story.' },
  { id: 'age-over-89', topic: 'privacy', serious: ['privacy/age-over-89:block'], identifiers: ['97-year-old'],
    title: 'An age over 89', rule: 'privacy/age-over-89',
    text: 'My 97-year-old patient still drives herself to every appointment. Goals!',
    lesson: 'Ages over 89 are rare enough to identify, even as “in her 90s”: say “over 90”, Safe Harbor’s one group for them.' },
  // An exact age with the night of admission and a job is the combination the lesson warns about.
  { id: 'exact-age', topic: 'privacy', serious: ['privacy/encounter-date:block', 'privacy/exact-age:block', 'privacy/notable-person:block'],
    title: 'An exact age in a case', rule: 'privacy/exact-age',
    text: 'Last night I admitted a 43 yo teacher with new onset seizures. MRI pending.',
    lesson: 'An exact age plus a few details narrows a case quickly; a decade is enough.' },
  { id: 'room-number', topic: 'privacy', serious: ['privacy/room-number:block'], identifiers: ['412'],
    title: 'A room number', rule: 'privacy/room-number',
    text: 'The family in room 412 brought the whole night shift cookies. Best patients ever.',
    lesson: 'Room and bed numbers point colleagues and visitors straight to one person.' },
  { id: 'record-number', topic: 'privacy', serious: ['privacy/record-number:block'], identifiers: ['00482913'],
    title: 'A record number', rule: 'privacy/record-number',
    text: 'Can anyone help find the outside films for MRN 00482913? Radiology says they never arrived.',
    lesson: 'Record numbers never belong in a post, even in a question to colleagues.' },
  { id: 'contact', topic: 'privacy', serious: ['privacy/contact:block'], identifiers: ['555-201-8834'],
    title: 'Contact details', rule: 'privacy/contact',
    text: 'Patient’s daughter asked me to share her number 555-201-8834 with anyone who knew her mom.',
    lesson: 'Phone numbers and emails identify a family directly.' },
  { id: 'place', topic: 'privacy', serious: ['privacy/place:block', 'privacy/place:block'], identifiers: ['Larch Avenue', 'Millbrook'],
    title: 'Where the patient lives', rule: 'privacy/place',
    text: 'He told me he had walked from his house on Larch Avenue in Millbrook to the ED with a broken hip.',
    lesson: 'Street, town and small places narrow a story to one household.' },
  // A disease a town has one case of, seen "today": the combination the lesson is about.
  { id: 'rare-condition', topic: 'privacy', serious: ['privacy/rare-condition:block', 'privacy/rare-condition:block', 'privacy/encounter-date:block', 'privacy/exact-age:block'],
    title: 'A rare condition with details', rule: 'privacy/rare-condition',
    text: 'Saw my first case of fibrodysplasia ossificans progressiva today, a 14-year-old girl from a small town nearby.',
    lesson: 'A rare disease in a small place may describe only one person.' },
  { id: 'quasi-combination', topic: 'privacy', serious: ['privacy/encounter-date:block', 'privacy/notable-person:block', 'privacy/bare-age:block', 'privacy/local-event:block'],
    title: 'Details that add up', rule: 'privacy/local-event',
    text: 'Last night a local firefighter in his 50s came in after the warehouse fire downtown. Tough case.',
    lesson: 'No single detail names him, but the job, the age and the event together do.' },
  { id: 'patient-photo', topic: 'privacy', serious: ['privacy/patient-photo:warn'],
    title: 'A photo of a patient', rule: 'privacy/patient-photo',
    text: 'Photo of my patient’s rash attached, wild presentation! Guess the diagnosis.',
    lesson: 'Photos can show faces, tattoos, wristbands and screens: get consent and check every corner.' },
  { id: 'patient-handle', topic: 'privacy', serious: ['privacy/patient-handle:block'], identifiers: ['jenna_runs'],
    title: 'Replying to a patient by handle', rule: 'privacy/patient-handle',
    text: '@jenna_runs so glad your knee surgery went well last week, see you at your follow-up visit!',
    lesson: 'A warm public reply still tells the world she is your patient: move it to a private channel.' },
  { id: 'distinctive-features', topic: 'privacy', serious: ['privacy/distinctive-features:block', 'privacy/encounter-date:block'],
    title: 'A tattoo or unique mark', rule: 'privacy/distinctive-features',
    text: 'Our patient with the dragon tattoo across his back went home this morning after his fall. Lucky guy.',
    lesson: 'Anyone who knows him knows the tattoo: leave out marks, scars and striking features.' },
  { id: 'jargon', topic: 'clarity', serious: [],
    title: 'Jargon for the public', rule: 'clarity/jargon',
    text: 'Reminder: if you have SOB or CP on exertion, don’t wait. Get seen, even if it is just dyspnea.',
    lesson: 'Plain words reach patients: “shortness of breath”, “chest pain”.' },
  { id: 'reading-grade', topic: 'clarity', serious: [],
    title: 'Hard to read', rule: 'clarity/reading-grade',
    text: 'Pharmacological optimization of guideline-directed medical therapy substantially diminishes hospitalization frequency among individuals experiencing cardiomyopathy-associated decompensation.',
    lesson: 'Short words and short sentences: aim for a grade 8 reader.' },
  { id: 'long-sentence', topic: 'clarity', serious: [],
    title: 'One very long sentence', rule: 'clarity/long-sentence',
    text: 'When you come to clinic please bring every medicine you take including vitamins and supplements and anything a friend gave you and the list from your pharmacy and any notes from other doctors so that we can check for interactions and make sure the plan fits your life.',
    lesson: 'Break it up: one idea per sentence.' },
  { id: 'shouting', topic: 'clarity', serious: [],
    title: 'Shouting', rule: 'clarity/shouting',
    text: 'PLEASE GET YOUR FLU SHOT THIS YEAR, IT REALLY MATTERS FOR EVERYONE AROUND YOU.',
    lesson: 'All caps reads as shouting and is harder to read.' },
  { id: 'bare-link', topic: 'clarity', serious: [],
    title: 'A link with no context', rule: 'clarity/bare-link',
    text: 'https://example.org/guidelines/2026-heart-failure-update',
    lesson: 'Say what the link is and why it matters before people click.' },
  { id: 'hashtag-count', topic: 'hashtags', serious: [],
    title: 'Too many hashtags', rule: 'clarity/hashtag-count',
    text: 'Great talk today! #MedEd #Cardiology #HeartFailure #MedTwitter #Residency #FOAMed #Physicians',
    lesson: 'One to three hashtags: more looks like spam and buries the message.' },
  { id: 'hashtag-case', topic: 'hashtags', serious: [],
    title: 'Hashtags in one case', rule: 'clarity/hashtag-case',
    text: 'Join us Thursday for our journal club on new therapies for #breastcancer',
    lesson: 'CamelCase (#BreastCancer) lets screen readers read the words.' },
  { id: 'length-overflow', topic: 'length', serious: ['length/over-limit:warn'],
    title: 'Too long for one post', rule: 'length/over-limit',
    text: 'Three things I tell every new intern on their first night. First, ask for help early, because nobody expects you to know everything and the nurses have seen far more than you. Second, write down every plan you make, with a time to check back. Third, eat something and drink water, because a tired, hungry doctor makes mistakes. You will be fine.',
    lesson: 'Past 280 characters: cut it or turn it into a thread.' },
  { id: 'hashtag-suggestion', topic: 'hashtags', serious: [],
    title: 'Reach the right community', rule: 'hashtags',
    text: 'New heart failure trial: people who walked 30 minutes a day had fewer hospital stays over a year. A small study, but a cheap habit worth talking about with your care team.',
    lesson: 'A clean post on a specialty topic: the coach suggests the hashtags that community follows.' },
  // A public reply about her child's dose ties the parent's handle to the child's care: the handle
  // warns, and "tonight" joins it (the model reads it as a time beside a story; it is when to act).
  { id: 'medical-advice', topic: 'professionalism', serious: ['professionalism/medical-advice:warn'],
    title: 'Individual medical advice', rule: 'professionalism/medical-advice',
    text: '@worried_mom you should double the dose and stop the antibiotic if the rash spreads.',
    lesson: 'General education is fine; advice to one person without an exam is not.' },
  { id: 'stigmatizing-language', topic: 'professionalism', serious: ['professionalism/stigmatizing-language:warn', 'professionalism/stigmatizing-language:warn', 'professionalism/stigmatizing-language:warn'],
    title: 'Stigmatising words', rule: 'professionalism/stigmatizing-language',
    text: 'Another frequent flyer in the ED tonight, a drug abuser who was noncompliant with everything.',
    lesson: 'Person-first words: “a person with a substance use disorder”.' },
  { id: 'absolute-claim', topic: 'professionalism', serious: ['professionalism/absolute-claim:warn'],
    title: 'An absolute claim', rule: 'professionalism/absolute-claim',
    text: 'This supplement cures anxiety and is 100% safe for everyone. Science!',
    lesson: 'Evidence has limits: “may help”, “for many people”.' },
  { id: 'undisclosed-promotion', topic: 'professionalism', serious: ['professionalism/undisclosed-promotion:warn', 'professionalism/undisclosed-promotion:warn'],
    title: 'Promotion without disclosure', rule: 'professionalism/undisclosed-promotion',
    text: 'Loving the new Cardiozen monitor, use my code DRJ20 for 20% off your order!',
    lesson: 'Say when you are paid or given something: #ad, “I consult for…”.' },
  { id: 'profanity', topic: 'professionalism', serious: ['professionalism/profanity:warn'],
    title: 'Profanity', rule: 'professionalism/profanity',
    text: 'What a shitty night on call, the pager would not stop.',
    lesson: 'Everything you post reflects on you and your employer.' },
  { id: 'clean-teaching', topic: 'clarity', serious: [],
    title: 'A good teaching post', rule: 'clean',
    text: 'Teaching point: a normal troponin early after chest pain does not rule out a heart attack. Repeat it a few hours later.',
    lesson: 'General, accurate, useful, and about no one in particular.' },
  { id: 'clean-announcement', topic: 'privacy', serious: [],
    title: 'A good clinic announcement', rule: 'clean',
    text: 'Our clinic now has evening hours on Tuesdays and Thursdays until 8 pm. Call the front desk to book.',
    lesson: 'A practice’s own news is safe to share.' },
  { id: 'clean-conference', topic: 'hashtags', serious: [],
    title: 'A good conference live-post', rule: 'clean',
    text: 'Live from #ASCO26: the plenary trial showed longer survival with the new combination in lung cancer. My notes below. No conflicts to disclose.',
    lesson: 'The conference hashtag, one finding in plain words, and a disclosure: a model live-post.' },
];

/** The scenarios of one topic, in library order. */
export function scenariosOf(topic: Topic): Scenario[] {
  return SCENARIOS.filter((s) => s.topic === topic);
}
